/**
 * Values made on first use. An import of the package builds no zod schema and no large table:
 * each exported schema (`ChildSchema`…) and table (`JURISDICTIONS`…) is a stand-in that makes
 * its value the first time anything reads it, becomes that value, and from then on is it.
 *
 * A stand-in is a `Proxy` over an empty target of the right kind (an object, or an array so
 * that `Array.isArray` holds). Its traps, shared by all stand-ins, first make the value and
 * move it into the target, then drop themselves (the handler's prototype holds them): from
 * then on the proxy has no trap and every operation goes straight to the target, which is
 * the value in full (its prototype, its properties, frozen if the value was). Nothing tells
 * it from the value but `util.types.isProxy`. `util.inspect` makes the value too (through a
 * hook on the target's prototype until then), so a stand-in prints as what it stands for.
 *
 * What a stand-in makes is written as a function declaration (`once(buildEpisodeCriteria)`,
 * `export function FEDERAL_RULES()`), not an arrow function: Node 20's V8 parses an arrow
 * function's body in full when it compiles the module, where a function's is only
 * pre-parsed, about 2.8 times cheaper (measured on rule-shaped literals; docs/performance.md).
 * @module
 */

/** The work left to a stand-in not yet made, by its target and by the stand-in itself. */
const pending = new WeakMap<object, () => void>();

/** Every operation a proxy can trap. */
const TRAPS = [
  "get",
  "set",
  "has",
  "ownKeys",
  "getOwnPropertyDescriptor",
  "defineProperty",
  "deleteProperty",
  "getPrototypeOf",
  "setPrototypeOf",
  "isExtensible",
  "preventExtensions",
] as const;

/** The traps of a stand-in not yet made: make it, then do the operation on the target. */
const MAKING: ProxyHandler<object> = {};
for (const trap of TRAPS) {
  (MAKING as Record<string, unknown>)[trap] = (target: object, ...rest: unknown[]) => {
    pending.get(target)?.();
    return (Reflect[trap] as (...args: unknown[]) => unknown)(target, ...rest);
  };
}

/** Node's `util.inspect` hook, by its registered name (no Node import: the core runs anywhere). */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** The `inspect` Node hands a custom inspection. */
type Inspect = (value: unknown, options: object) => string;

/** A prototype for a target until it is made: `proto`'s, with the inspection hook. */
function inspectable(proto: object | null): object {
  return Object.create(proto, {
    [INSPECT]: {
      value(this: object, depth: number, options: object, inspect: Inspect): string {
        pending.get(this)?.();
        return inspect(this, { ...options, depth });
      },
    },
  });
}
const OBJECT_PROTO = inspectable(Object.prototype);
const ARRAY_PROTO = inspectable(Array.prototype);

/**
 * A stand-in for the value `make` returns: `make` runs on the first operation on the stand-in
 * (with the stand-in still a stand-in: a `make` that reads it throws), then `install` moves
 * the value into `target` (with every operation on the stand-in already going to `target`).
 *
 * @example
 * ```ts
 * const TABLE = standIn([], () => buildTable(), copyInto); // nothing built yet
 * TABLE.length; // builds it
 * ```
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function standIn<T extends object, V>(
  target: T,
  make: () => V,
  install: (target: T, value: V, stand: T) => void,
): T {
  Object.setPrototypeOf(target, Array.isArray(target) ? ARRAY_PROTO : OBJECT_PROTO);
  const handler = Object.create(MAKING) as ProxyHandler<T>;
  const stand = new Proxy(target, handler);
  let making = false;
  const become = (): void => {
    if (making) throw new Error("a stand-in's value reads the stand-in itself while it is made");
    making = true;
    let value: V;
    try {
      value = make();
    } finally {
      making = false;
    }
    pending.delete(target);
    pending.delete(stand);
    Object.setPrototypeOf(handler, null); // no traps from here on
    install(target, value, stand);
  };
  pending.set(target, become);
  pending.set(stand, become);
  return stand;
}

/**
 * A stand-in for plain data (a frozen table: an array or a record): its properties and
 * prototype copied into the target, frozen when the value is.
 *
 * @example
 * ```ts
 * export const JURISDICTIONS = lazyData([], () => Object.freeze(PROFILES().map((p) => p.jurisdiction)));
 * ```
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyData<T extends object>(target: T, make: () => T): T {
  return standIn(target, make, (into, value) => {
    Object.setPrototypeOf(into, Object.getPrototypeOf(value));
    for (const key of Reflect.ownKeys(value)) {
      Object.defineProperty(
        into,
        key,
        Reflect.getOwnPropertyDescriptor(value, key) as PropertyDescriptor,
      );
    }
    if (Object.isFrozen(value)) Object.freeze(into);
  });
}

/**
 * Whether `value` is a stand-in whose value has been made, or no stand-in at all (for the
 * tests: an import makes none).
 *
 * @example
 * ```ts
 * isMade(ChildSchema); // false right after the import
 * ```
 * @internal
 */
export function isMade(value: object): boolean {
  return !pending.has(value);
}

/**
 * A function that makes its value on the first call and returns the same value after: for
 * internal tables that only the library's own functions read (no stand-in needed).
 *
 * @example
 * ```ts
 * const criteria = once(() => frozen([runaway, thrownaway]));
 * criteria() === criteria(); // true
 * ```
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function once<V>(make: () => V): () => V {
  let made = false;
  let value: V;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

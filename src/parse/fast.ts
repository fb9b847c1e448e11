/**
 * A fast path for valid input. Zod's general machinery (a payload and an issue list per
 * node, promise checks, path bookkeeping) dominates the cost of parsing a case that turns
 * out valid. This module compiles a zod schema, once, into plain closures that accept or
 * reject a value and build the same output zod would (fresh objects, keys in schema order,
 * frozen where the schema is `.readonly()`), running the schema's own checks and
 * refinements (`check._zod.check`), so no rule is restated here.
 *
 * It is only ever a shortcut: on anything it rejects, or any construct it does not know,
 * the caller runs zod itself, which makes the issues. So it must never accept what zod
 * rejects (a property test checks that it agrees with zod).
 * @module
 */
import type * as z from "zod";

/** Marks a value the fast path does not accept. @internal */
export const REJECT: unique symbol = Symbol("reject");
type Fast = (value: unknown) => unknown;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type Check = z.core.$ZodCheck;
type Payload = { value: unknown; issues: unknown[] };

const objectProto = Object.prototype;

/** Runs a schema's checks on `value`, as zod does; `false` when one adds an issue. */
function checksPass(checks: readonly Check[], value: unknown, payload: Payload): boolean {
  payload.value = value;
  payload.issues.length = 0;
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when && !when(payload as never)) continue;
    const r = check._zod.check(payload as never) as unknown;
    if (r instanceof Promise) return false; // async checks: leave them to zod
    if (payload.issues.length > 0) return false;
  }
  return true;
}

function withChecks(def: Def, base: Fast): Fast {
  const checks = (def.checks ?? []) as readonly Check[];
  if (checks.length === 0) return base;
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    const out = base(value);
    return out !== REJECT && checksPass(checks, out, payload) ? out : REJECT;
  };
}

function compileObject(def: Def): Fast | undefined {
  const catchall = (def.catchall as z.ZodType | undefined)?._zod.def.type;
  if (catchall !== "never") return undefined; // only strict objects
  // Parallel arrays and index loops: this closure runs once per object of every record.
  const keys: string[] = [];
  const fasts: Fast[] = [];
  const optional: boolean[] = [];
  for (const [key, schema] of Object.entries(def.shape as Record<string, z.ZodType>)) {
    const isOptional = schema._zod.def.type === "optional";
    const fast = compile(isOptional ? ((schema._zod.def as Def).innerType as z.ZodType) : schema);
    if (!fast) return undefined;
    keys.push(key);
    fasts.push(fast);
    optional.push(isOptional);
  }
  const n = keys.length;
  return (input) => {
    if (typeof input !== "object" || input === null) return REJECT;
    const proto = Object.getPrototypeOf(input);
    if (proto !== objectProto && proto !== null) return REJECT;
    const obj = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      const v = obj[key];
      if (v === undefined) {
        // An absent optional field stays absent; an explicit `undefined` goes to zod.
        if (optional[i] && !(key in obj)) continue;
        return REJECT;
      }
      const r = (fasts[i] as Fast)(v);
      if (r === REJECT) return REJECT;
      out[key] = r;
      present++;
    }
    // Strict: every own enumerable key is a field read above (zod's `for…in` also sees
    // inherited keys; `compileFast` rejects all input while any exist).
    return Object.keys(obj).length === present ? out : REJECT;
  };
}

function compileArray(def: Def): Fast | undefined {
  const element = compile(def.element as z.ZodType);
  if (!element) return undefined;
  return (input) => {
    if (!Array.isArray(input)) return REJECT;
    const out = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const r = element(input[i]);
      if (r === REJECT) return REJECT;
      out[i] = r;
    }
    return out;
  };
}

function compileDiscriminated(def: Def): Fast | undefined {
  const key = def.discriminator as string | undefined;
  if (!key) return undefined;
  const byValue = new Map<unknown, Fast>();
  for (const option of def.options as z.ZodType[]) {
    const fast = compile(option);
    const values = option._zod.propValues?.[key];
    if (!fast || !values) return undefined;
    for (const v of values) byValue.set(v, fast);
  }
  return (input) => {
    if (typeof input !== "object" || input === null) return REJECT;
    const fast = byValue.get((input as Record<string, unknown>)[key]);
    return fast ? fast(input) : REJECT;
  };
}

function compileLeaf(def: Def): Fast | undefined {
  switch (def.type) {
    case "string":
      return def.coerce ? undefined : (v) => (typeof v === "string" ? v : REJECT);
    case "number":
      return def.coerce
        ? undefined
        : (v) => (typeof v === "number" && Number.isFinite(v) ? v : REJECT);
    case "boolean":
      return def.coerce ? undefined : (v) => (typeof v === "boolean" ? v : REJECT);
    case "enum": {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => (values.has(v) ? v : REJECT);
    }
    case "literal": {
      const values = new Set(def.values as unknown[]);
      return (v) => (values.has(v) ? v : REJECT);
    }
    default:
      return undefined;
  }
}

/** Whether `Object.prototype` has enumerable keys (polluted): zod sees them as unknown keys. */
function prototypePolluted(): boolean {
  for (const _ in {}) return true;
  return false;
}

/**
 * Compiles `schema` into a function that returns zod's output for a value zod accepts, or
 * {@link REJECT}; `undefined` when the schema uses a construct the fast path does not know.
 * @internal
 */
export function compileFast(schema: z.ZodType): Fast | undefined {
  const fast = compile(schema);
  return fast && ((input) => (prototypePolluted() ? REJECT : fast(input)));
}

function compile(schema: z.ZodType): Fast | undefined {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case "readonly": {
      const inner = compile(def.innerType as z.ZodType);
      if (!inner) return undefined;
      return (v) => {
        const out = inner(v);
        return out === REJECT ? REJECT : Object.freeze(out);
      };
    }
    case "object": {
      const base = compileObject(def);
      return base && withChecks(def, base);
    }
    case "array": {
      const base = compileArray(def);
      return base && withChecks(def, base);
    }
    case "union": {
      const base = compileDiscriminated(def);
      return base && withChecks(def, base);
    }
    default: {
      const base = compileLeaf(def);
      return base && withChecks(def, base);
    }
  }
}

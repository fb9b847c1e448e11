/**
 * A fast path for valid input. Zod's general machinery (a payload and an issue list per
 * node, promise checks, path bookkeeping) dominates the cost of parsing a record that turns
 * out valid. This module compiles a zod schema, once, into generated code that accepts or
 * rejects a value and builds the same output zod would (fresh objects, keys in schema order,
 * frozen where the schema is `.readonly()`).
 *
 * Each object, array and union becomes one generated function, with its leaves (strings,
 * numbers, enums and their checks) written inline, as ajv and zod's own JIT do: every
 * property read, test and `Object.freeze` then has a call site of its own, which V8 can
 * specialise.
 *
 * Generated code only. Where code generation is not allowed (zod's `jitless` setting, or a
 * Content-Security-Policy without 'unsafe-eval') there is no fast path and zod parses
 * everything: an interpreted twin of the same logic would be a second thing to keep equal
 * to zod, for hosts that have already chosen zod's interpreted speed.
 *
 * The constructs and check kinds it knows are fixed here: strict objects, arrays, unions
 * discriminated by string literals, optional fields, `.readonly()`, strings, finite numbers,
 * booleans, enums and literals; regex, length (of strings, in code points as zod counts
 * them, and of arrays), numeric bound and safe-integer checks (`z.int()` included), and
 * refinements (`custom` checks, which never change the value). A schema holding anything
 * else (a transform, a `trim()`, an e-mail or other string format…) gets no fast path at
 * all, and zod parses it whole.
 *
 * It is only ever a shortcut: on anything it rejects, the caller runs zod, which makes the
 * issues. So it must never accept what zod rejects, and must build exactly zod's output (a
 * property test checks both); where it cannot tell (an inherited or non-enumerable key, a
 * class instance, an explicit `undefined`) it rejects and lets zod decide.
 * @module
 */
import type * as z from "zod";
// From zod's core directly: reaching them as `z.core.*` keeps all of zod in a consumer's bundle.
import { globalConfig, util } from "zod/v4/core";
import { rulesOf } from "./rules.js";

/**
 * Marks a value the fast path does not accept.
 *
 * @example
 * ```ts
 * compileFast(ChildSchema)?.({ id: 1 }) === REJECT; // true: zod will say why
 * ```
 * @internal
 */
export const REJECT: unique symbol = Symbol("reject");

/** A compiled schema: zod's output for a value it accepts, or {@link REJECT}. @internal */
export type Fast = (value: unknown) => unknown;

type Check = z.core.$ZodCheck;
type Def = Readonly<Record<string, unknown>> & {
  readonly type: string;
  readonly checks?: readonly Check[];
};

/** A construct or check the fast path does not know: the schema is left to zod whole. */
class Unsupported extends Error {}

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/**
 * The generated code of one schema: its constants (shared by its functions), and one
 * generated function per container schema, each compiled on its own.
 */
class Program {
  readonly constants: unknown[] = [];
  readonly names = new Map<z.ZodType, string>();

  /** `check`: accept or reject only, building no output (what `isCase` runs). */
  constructor(readonly check: boolean) {}

  /** The expression that reads `constant` in the generated code. */
  ref(constant: unknown): string {
    return `c[${this.constants.push(constant) - 1}]`;
  }
}

/** A compiled node: a leaf's test as an expression over a variable, or a container's function. */
type Node = { readonly test: (v: string) => string } | { readonly call: string };

/** A refinement as a predicate: zod's own check run on a fresh payload. */
function refinement(check: Check): (value: unknown) => boolean {
  const def = check._zod.def as Check["_zod"]["def"] & {
    when?: (payload: unknown) => boolean;
  };
  // One payload reused: allocating one per call made V8 pretenure the parse's allocations
  // in some runs (every output object then went to the old generation, three times slower).
  let payload = { value: undefined as unknown, issues: [] as unknown[] };
  return (value) => {
    payload.value = value;
    let ok = true;
    if (!def.when || def.when(payload)) {
      const result: unknown = check._zod.check(payload as never);
      ok = !(result instanceof Promise) && payload.issues.length === 0;
    }
    if (ok)
      payload.value = undefined; // never keep what was checked (it may be the caller's)
    else payload = { value: undefined, issues: [] }; // a fresh one: zod may still hold the old
    return ok;
  };
}

/** Whether a check is a plain `refine(fn)` (zod's `$ZodCustom`), which runs only `fn`. */
const isCustom = (check: Check): boolean =>
  (check._zod as unknown as { traits: ReadonlySet<string> }).traits.has("$ZodCustom");

/** Code-point length, as zod measures strings. */
const codePoints = util.codePointLength;

/** One check of a leaf of type `type`, as an expression over `v`. */
function checkTest(p: Program, check: Check, type: string): (v: string) => string {
  const def = check._zod.def as Check["_zod"]["def"] & Record<string, unknown>;
  const { pattern, value, minimum, maximum, inclusive } = def;
  switch (def.check) {
    case "custom": {
      // A plain `refine(fn)` fails exactly when `fn` returns a falsy value: called inline (a
      // truthy non-boolean is left to zod). Anything else runs zod's check on a payload.
      const fn = def.fn;
      if (typeof fn === "function" && !def.when && isCustom(check)) {
        return (v) => `${p.ref(fn)}(${v}) === true`;
      }
      const test = p.ref(refinement(check));
      return (v) => `${test}(${v})`;
    }
    case "string_format":
      // A global or sticky regex keeps state between tests (zod resets it): not known here.
      if (type !== "string" || def.format !== "regex" || !(pattern instanceof RegExp)) break;
      if (pattern.global || pattern.sticky) break;
      return (v) => `${p.ref(pattern)}.test(${v})`;
    case "max_length":
      if (type !== "string" || typeof maximum !== "number") break;
      // A code point is one or two units: only a string over the bound in units needs counting.
      return (v) => `(${v}.length <= ${maximum} || ${p.ref(codePoints)}(${v}) <= ${maximum})`;
    case "min_length":
      if (type !== "string" || typeof minimum !== "number") break;
      return (v) =>
        `(${v}.length >= ${2 * minimum} || (${v}.length >= ${minimum} && ${p.ref(codePoints)}(${v}) >= ${minimum}))`;
    case "greater_than":
    case "less_than": {
      if (type !== "number" || typeof value !== "number") break;
      const op = `${def.check === "greater_than" ? ">" : "<"}${inclusive ? "=" : ""}`;
      return (v) => `${v} ${op} ${value}`;
    }
    case "number_format":
      if (type !== "number" || def.format !== "safeint") break;
      return (v) => `Number.isSafeInteger(${v})`;
  }
  throw new Unsupported(String(def.check));
}

/** The test of a leaf's type, as an expression over `v`; `undefined` for a container. */
function typeTest(p: Program, schema: z.ZodType, def: Def): ((v: string) => string) | undefined {
  if (def.coerce) throw new Unsupported("coerce");
  switch (def.type) {
    case "string":
      return (v) => `typeof ${v} === "string"`;
    case "number":
      return (v) => `typeof ${v} === "number" && Number.isFinite(${v})`;
    case "boolean":
      return (v) => `typeof ${v} === "boolean"`;
    case "enum":
    case "literal": {
      const values = schema._zod.values;
      if (!values) throw new Unsupported(def.type);
      // A few strings are compared in line (cheaper than hashing the value for a `Set`).
      const list = [...values];
      if (list.length <= 8 && list.every((x) => typeof x === "string")) {
        return (v) => `(${list.map((x) => `${v} === ${JSON.stringify(x)}`).join(" || ")})`;
      }
      const set = p.ref(values);
      return (v) => `${set}.has(${v})`;
    }
    default:
      return undefined;
  }
}

function compileNode(p: Program, schema: z.ZodType): Node {
  const def = defOf(schema);
  const type = typeTest(p, schema, def);
  if (type) {
    // A format schema (`z.email()`, `z.int()`, `z.iso.date()`…) is itself a check, named in
    // its own def: it is compiled like one, or the schema is left to zod.
    const own = typeof def.check === "string" ? [schema as unknown as Check] : [];
    const checks = [...own, ...(def.checks ?? [])].map((c) => checkTest(p, c, def.type));
    return { test: (v) => [type(v), ...checks.map((c) => c(v))].join(" && ") };
  }
  if (def.type === "readonly") {
    const inner = def.innerType as z.ZodType;
    const innerDef = defOf(inner);
    // A frozen leaf is the leaf: primitives do not freeze.
    if (typeTest(p, inner, innerDef)) return compileNode(p, inner);
    return { call: container(p, schema, innerDef, true) };
  }
  return { call: container(p, schema, def, false) };
}

/**
 * The expression that calls the generated function of a container, generating it on first
 * use. Each function is compiled by its own `new Function`: V8 then optimises each on its
 * own (one source holding them all optimised late when other generated code, such as an ajv
 * validator, had been compiled first).
 */
function container(p: Program, schema: z.ZodType, def: Def, freeze: boolean): string {
  const known = p.names.get(schema);
  if (known) return known;
  const body =
    def.type === "object"
      ? objectBody(p, def, freeze)
      : def.type === "array"
        ? arrayBody(p, def, freeze)
        : def.type === "union"
          ? unionBody(p, def, freeze)
          : undefined;
  if (body === undefined) throw new Unsupported(def.type);
  const fn = `${def.type}${p.names.size}`;
  const name = p.ref(compileFunction(p, `return function ${fn}(o) {\n${body}\n};`));
  p.names.set(schema, name);
  return name;
}

/** Compiles one generated function over the program's constants. */
function compileFunction(p: Program, source: string): Fast {
  const make = new Function("c", "R", "OP", `"use strict";\n${source}`);
  return make(p.constants, REJECT, Object.prototype) as Fast;
}

/**
 * Statements that take the value in `v`, or return `R`; `accept(expr)` stores the output
 * (in check mode it only counts: there is no output).
 */
function take(node: Node, accept: (out: string) => string): string {
  if ("test" in node) return `if (!(${node.test("v")})) return R; ${accept("v")}`;
  return `r = ${node.call}(v); if (r === R) return R; ${accept("r")}`;
}

/** Refinements of a container, run on its output, then the output (frozen if readonly). */
function finish(p: Program, def: Def, freeze: boolean, lengthChecks = false): string {
  // In check mode the refinements read the input: each field read there was just accepted.
  const value = p.check ? "o" : "out";
  const tests = (def.checks ?? []).flatMap((check) => {
    const kind = check._zod.def.check;
    if (lengthChecks && (kind === "max_length" || kind === "min_length")) return [];
    if (kind !== "custom") throw new Unsupported(kind);
    // The library's cross-field rules are called directly: they pass when they find nothing
    // (here every field is valid, as their refinement requires).
    const rules = rulesOf(check);
    if (rules) return [`if (${p.ref(rules)}(${value}).length !== 0) return R;`];
    return [`if (!${p.ref(refinement(check))}(${value})) return R;`];
  });
  if (p.check) return `${tests.join(" ")} return o;`;
  return `${tests.join(" ")} return ${freeze ? "Object.freeze(out)" : "out"};`;
}

/**
 * A strict object. Every key `for…in` sees (own and inherited enumerable, as zod's own loop
 * sees them) must be a field, and their number must equal the fields read: a non-enumerable
 * field, an explicit `undefined` or an inherited key makes the counts differ, and zod decides.
 */
function objectBody(p: Program, def: Def, freeze: boolean): string {
  const catchall = (def.catchall as z.ZodType | undefined)?._zod.def.type;
  if (catchall !== "never") throw new Unsupported("non-strict object");
  const shape = def.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  if (keys.includes("__proto__") || Object.getOwnPropertySymbols(shape).length > 0) {
    throw new Unsupported("key");
  }
  const fields = keys.map((key) => {
    const schema = shape[key] as z.ZodType;
    const optional = defOf(schema).type === "optional";
    const node = compileNode(p, optional ? (defOf(schema).innerType as z.ZodType) : schema);
    const k = JSON.stringify(key);
    const took = take(node, (out) => (p.check ? "n++;" : `out[${k}] = ${out}; n++;`));
    return optional
      ? `v = o[${k}]; if (v !== undefined) { ${took} }`
      : `v = o[${k}]; if (v === undefined) return R; ${took}`;
  });
  const cases = keyCases(keys);
  return `if (typeof o !== "object" || o === null) return R;
  const p = Object.getPrototypeOf(o);
  if (p !== OP && p !== null) return R;
  ${p.check ? "" : "const out = {};"} let n = 0; let v; let r;
  ${fields.join("\n  ")}
  for (const k in o) { switch (k.length) { ${cases} default: return R; } if (--n < 0) return R; }
  if (n !== 0) return R;
  ${finish(p, def, freeze)}`;
}

/**
 * The cases of a `switch` on a key's length that reject (`return R`) a key that is not one of
 * `keys`: the few keys of that length compared by name. One `switch` over every name compared
 * a key with half the names on average, which cost as much as the checks of the values.
 */
function keyCases(keys: readonly string[]): string {
  const byLength = new Map<number, string[]>();
  for (const k of keys) byLength.set(k.length, [...(byLength.get(k.length) ?? []), k]);
  return [...byLength]
    .map(([length, names]) => {
      const test = names.map((k) => `k !== ${JSON.stringify(k)}`).join(" && ");
      return `case ${length}: if (${test}) return R; break;`;
    })
    .join(" ");
}

/**
 * An array: its length bounds first (a long array is rejected unread), then each item. A
 * long output grows as items pass: allocating a million slots for an array whose first item
 * fails would cost more than the whole parse.
 */
function arrayBody(p: Program, def: Def, freeze: boolean): string {
  const bounds = (def.checks ?? []).flatMap((check) => {
    const d = check._zod.def as Check["_zod"]["def"] & Record<string, unknown>;
    if (d.check === "max_length" && typeof d.maximum === "number") {
      return [`if (o.length > ${d.maximum}) return R;`];
    }
    if (d.check === "min_length" && typeof d.minimum === "number") {
      return [`if (o.length < ${d.minimum}) return R;`];
    }
    return [];
  });
  const element = compileNode(p, def.element as z.ZodType);
  const item = take(element, (out) => (p.check ? "" : `out[i] = ${out};`));
  return `if (!Array.isArray(o)) return R;
  ${bounds.join(" ")}
  const n = o.length; let v; let r;
  ${p.check ? "" : `${shared(p, def, element, freeze)} const out = n > 64 ? [] : new Array(n);`}
  for (let i = 0; i < n; i++) { v = o[i]; ${item} }
  ${finish(p, def, freeze, true)}`;
}

/**
 * Frozen arrays shared by every output that holds them, built and frozen once: the empty
 * array, and an array of one value of an enum or literal (`race: ["W"]`, `flags: ["CA"]`),
 * of which there are as many as the enum has values. An output is immutable, so nothing can
 * tell a shared one from a fresh one but identity; a freeze costs more than the rest of a
 * short array's parse. Refinements still run on the shared array, as on a fresh one.
 */
function shared(p: Program, def: Def, element: Node, freeze: boolean): string {
  if (!freeze) return "";
  const refined = finish(p, def, false, true).replace(/ return out;$/, "");
  const empty = p.ref(Object.freeze([]));
  const whenEmpty = `if (n === 0) { const out = ${empty}; ${refined} return out; }`;
  const kind = defOf(def.element as z.ZodType).type;
  if (!("test" in element) || (kind !== "enum" && kind !== "literal")) return whenEmpty;
  const ones = p.ref(new Map<unknown, readonly unknown[]>());
  return `${whenEmpty}
  if (n === 1) { v = o[0]; if (!(${element.test("v")})) return R;
    let out = ${ones}.get(v); if (out === undefined) { out = Object.freeze([v]); ${ones}.set(v, out); }
    ${refined} return out; }`;
}

/** A union discriminated by string literals: the option its discriminator names. */
function unionBody(p: Program, def: Def, freeze: boolean): string {
  const key = def.discriminator;
  if (typeof key !== "string" || def.unionFallback || (def.checks ?? []).length > 0) {
    throw new Unsupported("union");
  }
  const cases = (def.options as z.ZodType[]).map((option) => {
    const values = option._zod.propValues?.[key];
    if (!values || [...values].some((v) => typeof v !== "string")) throw new Unsupported(key);
    const node = compileNode(p, option);
    if (!("call" in node)) throw new Unsupported("union option");
    const labels = [...values].map((v) => `case ${JSON.stringify(v)}:`).join(" ");
    return `${labels} r = ${node.call}(o); break;`;
  });
  return `if (typeof o !== "object" || o === null || Array.isArray(o)) return R;
  let r;
  switch (o[${JSON.stringify(key)}]) { ${cases.join(" ")} default: return R; }
  if (r === R) return R;
  return ${freeze && !p.check ? "Object.freeze(r)" : "r"};`;
}

function generate(schema: z.ZodType, check: boolean): Fast | undefined {
  const p = new Program(check);
  try {
    const root = compileNode(p, schema);
    if ("call" in root) return p.constants[Number(root.call.slice(2, -1))] as Fast;
    return compileFunction(
      p,
      `return function (v) { if (!(${root.test("v")})) return R; return v; };`,
    );
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

const compiled = new WeakMap<z.ZodType, Fast | null>();
const checks = new WeakMap<z.ZodType, Fast | null>();

/**
 * Compiles `schema` (once; later calls return the same function) into a function that
 * returns zod's output for a value zod accepts, or {@link REJECT}; `undefined` when the
 * schema uses a construct or check the fast path does not know, or code generation is not
 * allowed. Throws only on a bug of its own.
 *
 * @example
 * ```ts
 * const fast = compileFast(MissingCaseSchema);
 * const value = fast?.(input);
 * if (value === undefined || value === REJECT) return parseWith(MissingCaseSchema, input);
 * ```
 * @internal
 */
export function compileFast(schema: z.ZodType): Fast | undefined {
  return compiledIn(compiled, schema, false);
}

/**
 * Like {@link compileFast}, but the function only checks: it returns {@link REJECT} where
 * {@link compileFast}'s would, and otherwise something else (the input itself), having built
 * nothing, frozen nothing and allocated nothing. The same code, less the output: each field
 * is read once, and the schema's refinements run on the input instead of the output (they
 * read the fields just accepted).
 *
 * @example
 * ```ts
 * const check = compileCheck(MissingCaseSchema);
 * const valid = check !== undefined && check(input) !== REJECT; // else ask zod
 * ```
 * @internal
 */
export function compileCheck(schema: z.ZodType): Fast | undefined {
  return compiledIn(checks, schema, true);
}

function compiledIn(
  cache: WeakMap<z.ZodType, Fast | null>,
  schema: z.ZodType,
  check: boolean,
): Fast | undefined {
  if (globalConfig.jitless || !util.allowsEval.value) return undefined;
  let fast = cache.get(schema);
  if (fast === undefined) {
    fast = generate(schema, check) ?? null;
    cache.set(schema, fast);
  }
  return fast ?? undefined;
}

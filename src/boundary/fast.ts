/**
 * A fast path for valid input. Zod's general machinery (a payload and an issue list per
 * node, promise checks, path bookkeeping) dominates the cost of parsing a case that turns
 * out valid. This module compiles a zod schema, once, into code that accepts or rejects a
 * value and builds the same output zod would (fresh objects, keys in schema order, frozen
 * where the schema is `.readonly()`), running the schema's own checks and refinements
 * (`check._zod.check`), so no rule is restated here.
 *
 * Where code generation is allowed, each object and array becomes one generated function
 * with its leaves (strings, numbers, enums and their checks) written inline, as ajv and
 * zod's own JIT do: every property read, test and `Object.freeze` then has a call site of
 * its own, which V8 can specialise. Elsewhere (a Content-Security-Policy without
 * 'unsafe-eval', or zod's `jitless` setting) the same parts run as closures.
 *
 * It is only ever a shortcut: on anything it rejects, or any construct it does not know,
 * the caller runs zod itself, which makes the issues. So it must never accept what zod
 * rejects (a property test checks that it agrees with zod, with and without generation).
 * @module
 */
import type * as z from "zod";
// From zod's core directly: reaching them as `z.core.*` keeps all of zod in a consumer's bundle.
import { globalConfig, util } from "zod/v4/core";

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
type Fast = (value: unknown) => unknown;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type Check = z.core.$ZodCheck;
type Payload = { value: unknown; issues: unknown[] };

/** A check as a predicate: `true` when the value passes. */
type Test = (value: unknown) => boolean;
/** Registers a constant of generated code and returns the expression that reads it. */
type Ref = (constant: unknown) => string;
/**
 * One test of a leaf, and the same test as a JavaScript expression over the variable `v`
 * (absent when it can only be called).
 */
type Part = { readonly test: Test; readonly code?: (v: string, ref: Ref) => string };
/**
 * A compiled schema: its closure, and for a leaf (whose output is its input) the tests
 * that accept it, for generated code to inline.
 */
type Compiled = { readonly fast: Fast; readonly leaf?: readonly Part[] };

/**
 * One zod check as a test. The two commonest checks of the models, a regex and a minimum
 * string length, are read from their definitions (they are the whole of zod's logic for
 * them); every other check runs zod's own code on a reused payload.
 */
function partOf(check: Check): Part {
  const def = check._zod.def as Check["_zod"]["def"] & Record<string, unknown>;
  const pattern = def.pattern;
  const regex = def.check === "string_format" && def.format === "regex";
  // A global or sticky regex keeps state between tests (zod resets it): leave those to zod.
  if (regex && pattern instanceof RegExp && !pattern.global && !pattern.sticky) {
    return {
      test: (v) => typeof v === "string" && pattern.test(v),
      code: (v, ref) => `${ref(pattern)}.test(${v})`,
    };
  }
  if (def.check === "min_length" && typeof def.minimum === "number") {
    const min = def.minimum;
    return {
      test: (v) => typeof v === "string" && v.length >= min,
      code: (v) => `${v}.length >= ${min}`,
    };
  }
  const bound = def.when ? undefined : boundPart(def);
  if (bound) return bound;
  let payload: Payload = { value: undefined, issues: [] };
  return {
    test: (v) => {
      payload.value = v;
      if (def.when && !def.when(payload as never)) return true;
      const r = check._zod.check(payload as never) as unknown;
      if (r instanceof Promise || payload.issues.length > 0) {
        payload = { value: undefined, issues: [] }; // async checks are left to zod
        return false;
      }
      return true;
    },
  };
}

/**
 * Zod's numeric bounds (`min`, `max`, `positive`, `nonnegative`…) and `int()` (a safe
 * integer), as comparisons: the checks of `core/checks.js`, which push an issue exactly
 * when these are false.
 */
function boundPart(def: Record<string, unknown>): Part | undefined {
  const { check, value, inclusive, format } = def;
  if (check === "number_format" && format === "safeint") {
    return { test: (v) => Number.isSafeInteger(v), code: (v) => `Number.isSafeInteger(${v})` };
  }
  if ((check !== "greater_than" && check !== "less_than") || typeof value !== "number") {
    return undefined;
  }
  const op = `${check === "greater_than" ? ">" : "<"}${inclusive ? "=" : ""}`;
  const test: Test =
    check === "greater_than"
      ? (v) => (inclusive ? (v as number) >= value : (v as number) > value)
      : (v) => (inclusive ? (v as number) <= value : (v as number) < value);
  return { test, code: (v) => `${v} ${op} ${value}` };
}

function testsOf(def: Def): Test[] {
  return ((def.checks ?? []) as readonly Check[]).map((check) => partOf(check).test);
}

/** Whether the output passes every test. */
function passes(tests: readonly Test[], out: unknown): boolean {
  for (let i = 0; i < tests.length; i++) if (!(tests[i] as Test)(out)) return false;
  return true;
}

/** The tests of a leaf whose output is its input: its type, then its checks. */
function leafParts(def: Def): Part[] | undefined {
  if (def.coerce) return undefined;
  const type = typePart(def);
  return type && [type, ...((def.checks ?? []) as readonly Check[]).map(partOf)];
}

function typePart(def: Def): Part | undefined {
  switch (def.type) {
    case "string":
      return { test: (v) => typeof v === "string", code: (v) => `typeof ${v} === "string"` };
    case "number":
      return {
        test: (v) => typeof v === "number" && Number.isFinite(v),
        code: (v) => `typeof ${v} === "number" && Number.isFinite(${v})`,
      };
    case "boolean":
      return { test: (v) => typeof v === "boolean", code: (v) => `typeof ${v} === "boolean"` };
    case "enum":
      return setPart(Object.values(def.entries as Record<string, unknown>));
    case "literal":
      return setPart(def.values as unknown[]);
    default:
      return undefined;
  }
}

function setPart(values: readonly unknown[]): Part {
  const set = new Set(values);
  return { test: (v) => set.has(v), code: (v, ref) => `${ref(set)}.has(${v})` };
}

function leafFast(parts: readonly Part[]): Fast {
  const tests = parts.map((p) => p.test);
  if (tests.length === 1) {
    const test = tests[0] as Test;
    return (v) => (test(v) ? v : REJECT);
  }
  return (v) => (passes(tests, v) ? v : REJECT);
}

/**
 * Generated code for a value in variable `v`: `accept(expr)` is the statement that takes
 * the accepted output; the code returns `R` on rejection.
 */
function childCode(child: Compiled, ref: Ref, accept: (out: string) => string): string {
  if (child.leaf) {
    const test = child.leaf.map((p) => (p.code ? p.code("v", ref) : `${ref(p.test)}(v)`));
    return `if (!(${test.join(" && ")})) return R; ${accept("v")}`;
  }
  return `r = ${ref(child.fast)}(v); if (r === R) return R; ${accept("r")}`;
}

/** The tail of generated code for an object or array built in `out`: checks, then freezing. */
function finishCode(tests: readonly Test[], freeze: boolean, ref: Ref): string {
  const checks = tests.map((t) => `if (!${ref(t)}(out)) return R;`).join(" ");
  return `${checks} return ${freeze ? "Object.freeze(out)" : "out"};`;
}

/**
 * Compiles generated code (`body`, over constants `c` and the marker `R`), or `undefined`
 * where code generation is not allowed.
 */
function generate(build: (ref: Ref) => string): Fast | undefined {
  if (globalConfig.jitless || !util.allowsEval.value) return undefined;
  const constants: unknown[] = [];
  const ref: Ref = (constant) => `c[${constants.push(constant) - 1}]`;
  const body = build(ref);
  try {
    return new Function("c", "R", body)(constants, REJECT) as Fast;
  } catch {
    return undefined;
  }
}

type Field = { readonly key: string; readonly child: Compiled; readonly optional: boolean };

function objectFields(def: Def): Field[] | undefined {
  const catchall = (def.catchall as z.ZodType | undefined)?._zod.def.type;
  if (catchall !== "never") return undefined; // only strict objects
  const fields: Field[] = [];
  for (const [key, schema] of Object.entries(def.shape as Record<string, z.ZodType>)) {
    const optional = schema._zod.def.type === "optional";
    const child = compile(optional ? ((schema._zod.def as Def).innerType as z.ZodType) : schema);
    if (!child) return undefined;
    fields.push({ key, child, optional });
  }
  return fields;
}

function compileObject(def: Def, freeze: boolean): Fast | undefined {
  const fields = objectFields(def);
  if (!fields) return undefined;
  const tests = testsOf(def);
  return objectJit(fields, tests, freeze) ?? objectClosure(fields, tests, freeze);
}

/**
 * The object check as generated code with each key a literal, so that every property
 * access has its own inline cache: a loop would read every key of every object through one
 * megamorphic site.
 */
function objectJit(fields: readonly Field[], tests: readonly Test[], freeze: boolean) {
  return generate((ref) => {
    const lines = fields.map(({ key, child, optional }) => {
      const k = JSON.stringify(key);
      const take = childCode(child, ref, (out) => `out[${k}] = ${out}; n++;`);
      // An own key set to `undefined` is left for the key count below to reject.
      return optional
        ? `v = o[${k}]; if (v !== undefined) { ${take} }`
        : `v = o[${k}]; if (v === undefined) return R; ${take}`;
    });
    return `return function (o) {
    if (typeof o !== "object" || o === null) return R;
    const p = Object.getPrototypeOf(o);
    if (p !== Object.prototype && p !== null) return R;
    const out = {}; let n = 0; let v; let r;
    ${lines.join("\n    ")}
    for (const k in o) if (--n < 0) return R; // the key count, as keyCount()
    if (n !== 0) return R;
    ${finishCode(tests, freeze, ref)}
  };`;
  });
}

const objectProto = Object.prototype;

/**
 * The keys `for…in` sees: own and inherited enumerable ones. Strict objects accept an input
 * when this equals the number of fields read, as zod's own `for…in` then finds no unknown
 * key (an inherited one from a polluted `Object.prototype` included).
 */
function keyCount(obj: object): number {
  let n = 0;
  for (const _ in obj) n++;
  return n;
}

function objectClosure(fields: readonly Field[], tests: readonly Test[], freeze: boolean): Fast {
  // Parallel arrays and index loops: this closure runs once per object of every record.
  const keys = fields.map((f) => f.key);
  const fasts = fields.map((f) => f.child.fast);
  const optional = fields.map((f) => f.optional);
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
    if (keyCount(obj) !== present || !passes(tests, out)) return REJECT;
    return freeze ? Object.freeze(out) : out;
  };
}

function compileArray(def: Def, freeze: boolean): Fast | undefined {
  const element = compile(def.element as z.ZodType);
  if (!element) return undefined;
  const tests = testsOf(def);
  return arrayJit(element, tests, freeze) ?? arrayClosure(element.fast, tests, freeze);
}

function arrayJit(element: Compiled, tests: readonly Test[], freeze: boolean) {
  return generate(
    (ref) => `return function (a) {
    if (!Array.isArray(a)) return R;
    const out = new Array(a.length); let v; let r;
    for (let i = 0; i < a.length; i++) {
      v = a[i]; ${childCode(element, ref, (out) => `out[i] = ${out};`)}
    }
    ${finishCode(tests, freeze, ref)}
  };`,
  );
}

function arrayClosure(element: Fast, tests: readonly Test[], freeze: boolean): Fast {
  return (input) => {
    if (!Array.isArray(input)) return REJECT;
    const out = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const r = element(input[i]);
      if (r === REJECT) return REJECT;
      out[i] = r;
    }
    if (!passes(tests, out)) return REJECT;
    return freeze ? Object.freeze(out) : out;
  };
}

function compileDiscriminated(def: Def): Fast | undefined {
  const key = def.discriminator as string | undefined;
  if (!key) return undefined;
  const byValue = new Map<unknown, Fast>();
  for (const option of def.options as z.ZodType[]) {
    const compiled = compile(option);
    const values = option._zod.propValues?.[key];
    if (!compiled || !values) return undefined;
    for (const v of values) byValue.set(v, compiled.fast);
  }
  const tests = testsOf(def);
  return (input) => {
    if (typeof input !== "object" || input === null) return REJECT;
    const fast = byValue.get((input as Record<string, unknown>)[key]);
    const out = fast ? fast(input) : REJECT;
    return out !== REJECT && passes(tests, out) ? out : REJECT;
  };
}

/**
 * Compiles `schema` into a function that returns zod's output for a value zod accepts, or
 * {@link REJECT}; `undefined` when the schema uses a construct the fast path does not know.
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
  return compile(schema)?.fast;
}

/** A container compiled with or without freezing its output (`.readonly()` freezes). */
function compileContainer(def: Def, freeze: boolean): Fast | undefined {
  switch (def.type) {
    case "object":
      return compileObject(def, freeze);
    case "array":
      return compileArray(def, freeze);
    case "union":
      return freeze ? undefined : compileDiscriminated(def);
    default:
      return undefined;
  }
}

function compile(schema: z.ZodType): Compiled | undefined {
  const def = schema._zod.def as Def;
  if (def.type === "readonly") {
    const innerDef = (def.innerType as z.ZodType)._zod.def as Def;
    const fast = compileContainer(innerDef, true) ?? frozen(def.innerType as z.ZodType);
    return fast && { fast };
  }
  const fast = compileContainer(def, false);
  if (fast) return { fast };
  const leaf = leafParts(def);
  return leaf && { fast: leafFast(leaf), leaf };
}

/** Any other schema made read-only: its output frozen after the fact. */
function frozen(inner: z.ZodType): Fast | undefined {
  const fast = compile(inner)?.fast;
  return (
    fast &&
    ((v) => {
      const out = fast(v);
      return out === REJECT ? REJECT : Object.freeze(out);
    })
  );
}

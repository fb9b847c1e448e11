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

const objectProto = Object.prototype;

/** A check as a predicate: `true` when the value passes. */
type Test = (value: unknown) => boolean;

/**
 * One zod check as a predicate. The two commonest checks of the models, a regex and a
 * minimum string length, are read from their definitions (they are the whole of zod's
 * logic for them); every other check runs zod's own code on a reused payload.
 */
function testOf(check: Check): Test {
  const def = check._zod.def as Check["_zod"]["def"] & Record<string, unknown>;
  const pattern = def.pattern;
  const regex = def.check === "string_format" && def.format === "regex";
  // A global or sticky regex keeps state between tests (zod resets it): leave those to zod.
  if (regex && pattern instanceof RegExp && !pattern.global && !pattern.sticky) {
    return (v) => typeof v === "string" && pattern.test(v);
  }
  if (def.check === "min_length" && typeof def.minimum === "number") {
    const min = def.minimum;
    return (v) => typeof v === "string" && v.length >= min;
  }
  let payload: Payload = { value: undefined, issues: [] };
  return (v) => {
    payload.value = v;
    if (def.when && !def.when(payload as never)) return true;
    const r = check._zod.check(payload as never) as unknown;
    if (r instanceof Promise || payload.issues.length > 0) {
      payload = { value: undefined, issues: [] }; // async checks are left to zod
      return false;
    }
    return true;
  };
}

function withChecks(def: Def, base: Fast): Fast {
  const tests = ((def.checks ?? []) as readonly Check[]).map(testOf);
  if (tests.length === 0) return base;
  if (tests.length === 1) {
    const test = tests[0] as Test;
    return (value) => {
      const out = base(value);
      return out !== REJECT && test(out) ? out : REJECT;
    };
  }
  return (value) => {
    const out = base(value);
    if (out === REJECT) return REJECT;
    for (const test of tests) if (!test(out)) return REJECT;
    return out;
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
  const generated = objectJit(keys, fasts, optional);
  if (generated) return generated;
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

/**
 * The same object check as generated code with each key a literal, so that every property
 * access has its own inline cache (as zod's own JIT does): the loop above reads every key of
 * every object through one megamorphic site. `undefined` where code generation is not
 * allowed (a Content-Security-Policy without 'unsafe-eval', or zod's `jitless` setting).
 */
function objectJit(keys: string[], fasts: Fast[], optional: boolean[]): Fast | undefined {
  if (globalConfig.jitless || !util.allowsEval.value) return undefined;
  const lines = keys.map((key, i) => {
    const k = JSON.stringify(key);
    const take = `r = f[${i}](v); if (r === R) return R; out[${k}] = r; n++;`;
    return optional[i]
      ? `v = o[${k}]; if (v !== undefined) { ${take} } else if (${k} in o) return R;`
      : `v = o[${k}]; if (v === undefined) return R; ${take}`;
  });
  const body = `return function (o) {
    if (typeof o !== "object" || o === null) return R;
    const p = Object.getPrototypeOf(o);
    if (p !== Object.prototype && p !== null) return R;
    const out = {}; let n = 0; let v; let r;
    ${lines.join("\n    ")}
    for (const k in o) if (--n < 0) return R;
    return n === 0 ? out : R;
  };`;
  try {
    return new Function("f", "R", body)(fasts, REJECT) as Fast;
  } catch {
    return undefined;
  }
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

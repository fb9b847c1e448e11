/**
 * The bounded copy of an input that zod parses when the fast path rejects it.
 *
 * Why a copy: zod's `.readonly()` freezes whatever value it is handed, an invalid one
 * included (an array given where a case is expected comes back frozen), and zod reads its
 * input as often as it likes. The copy is read from the input once, guided by the schema, so
 * zod never sees (or freezes, or keeps) a part of the caller's data.
 *
 * Why bounded: zod cannot be told to stop after some issues. The copy holds only what zod
 * needs to report the first issues and no more:
 * - an array longer than its schema's maximum becomes an empty array one item longer (zod
 *   then reports it too big without reading an item);
 * - an array stops after the item that brings the issues known so far past the limit;
 * - an object keeps at most that many unknown keys (zod reports each; their values are
 *   never read).
 * Issues are counted in zod's order (fields in schema order, items in order, unknown keys
 * after an object's fields), and only issues certain to be reported count, so whatever the
 * copy leaves out would have been reported after the limit.
 *
 * The copy is what zod would read: each field the schema names (inherited ones included, as
 * zod reads them), whether it is `in` the object, and the keys `for…in` lists. Objects are
 * copied without a prototype, so an own `__proto__` key stays a key. A value where the schema
 * expects no container is replaced by a fresh empty one of the same kind, which zod rejects
 * the same way without reading it. A value of a kind the copy does not know (the library's
 * schemas use none; an agency's extra field may) is copied whole with `structuredClone`.
 * @module
 */
import type * as z from "zod";
import { compileFast, REJECT } from "./fast.js";

type Def = Readonly<Record<string, unknown>> & {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
};
const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** Issues certain to be reported, counted as the copy is made. */
class Tally {
  found = 0;
  constructor(readonly limit: number) {}
  get full(): boolean {
    return this.found > this.limit;
  }
}

/** A fresh value zod rejects as it would reject `value` where a leaf or container is expected. */
function standIn(value: unknown): unknown {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
  if (Array.isArray(value)) return [];
  return typeof value === "function" ? () => undefined : {};
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether zod accepts `value` (a copy: nothing of the caller's). */
function zodAccepts(schema: z.ZodType, value: unknown): boolean {
  const r = schema._zod.run({ value, issues: [] }, { async: false }) as { issues: unknown[] };
  return r.issues.length === 0;
}

/**
 * Schema types that never accept an object: where one is expected, a fresh empty container
 * is rejected the same way as the caller's.
 */
const LEAVES: ReadonlySet<string> = new Set([
  "string",
  "number",
  "boolean",
  "bigint",
  "symbol",
  "null",
  "undefined",
  "void",
  "never",
  "nan",
  "enum",
  "literal",
  "template_literal",
]);

// `structuredClone` is in every runtime the package supports (Node 17+, browsers since 2022)
// but in no `lib` this package compiles against.
const clone = (globalThis as unknown as { structuredClone: <T>(value: T) => T }).structuredClone;

function copyOf(schema: z.ZodType, value: unknown, t: Tally, known?: [string, unknown]): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "readonly":
      return value === undefined && def.type === "optional"
        ? undefined
        : copyOf(def.innerType as z.ZodType, value, t, known);
    case "nullable":
      return value === null ? null : copyOf(def.innerType as z.ZodType, value, t, known);
    case "default":
    case "prefault":
    case "catch":
    case "nonoptional":
      return copyOf(def.innerType as z.ZodType, value, t, known);
    case "pipe":
      return copyOf(def.in as z.ZodType, value, t, known);
    case "object":
      return isObject(value) ? copyObject(def, value, t, known) : standIn(value);
    case "array":
      return Array.isArray(value) ? copyArray(def, value, t) : standIn(value);
    case "union":
      return isObject(value) && typeof def.discriminator === "string"
        ? copyUnion(def, def.discriminator, value, t)
        : standIn(value);
    default:
      // A kind this copy does not know (a record, a tuple, `z.unknown()`, a date…: the extra
      // fields of an extended case may hold one) is copied whole, read once; it throws,
      // as the caller's data would, on what cannot be copied (a function, a proxy).
      return LEAVES.has(def.type) ? standIn(value) : clone(value);
  }
}

/** A discriminated union: the discriminator read once, then the option it names. */
function copyUnion(def: Def, key: string, value: Record<string, unknown>, t: Tally): unknown {
  const tag = value[key];
  const option = (def.options as z.ZodType[]).find((o) =>
    (o._zod.propValues?.[key] as ReadonlySet<unknown> | undefined)?.has(tag),
  );
  if (option) return copyOf(option, value, t, [key, tag]);
  t.found++; // no option: zod reads nothing else and reports the discriminator
  const out: Record<string, unknown> = Object.create(null);
  out[key] = standIn(tag);
  return out;
}

function copyObject(
  def: Def,
  value: Record<string, unknown>,
  t: Tally,
  known: [string, unknown] | undefined,
): Record<string, unknown> {
  const shape = def.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(shape)) {
    const v = known && key === known[0] ? known[1] : value[key];
    if (v !== undefined) out[key] = copyOf(shape[key] as z.ZodType, v, t);
    else if (key in value) out[key] = undefined;
  }
  if ((def.catchall as z.ZodType | undefined)?._zod.def.type !== "never") return out;
  for (const key in value) {
    if (t.full) break;
    if (Object.hasOwn(shape, key)) continue;
    out[key] = undefined; // zod lists an unknown key without reading its value
    t.found++;
  }
  return out;
}

/** The leading maximum of an array schema, which zod checks before reading any item. */
function maximumOf(def: Def): number {
  let max = Number.POSITIVE_INFINITY;
  for (const check of def.checks ?? []) {
    const d = check._zod.def as { check: string; maximum?: number };
    if (d.check !== "max_length" && d.check !== "min_length") break;
    if (d.check === "max_length" && typeof d.maximum === "number") max = Math.min(max, d.maximum);
  }
  return max;
}

function copyArray(def: Def, value: readonly unknown[], t: Tally): unknown[] {
  const n = value.length;
  const max = maximumOf(def);
  if (n > max) {
    t.found++;
    return new Array(max + 1);
  }
  const element = def.element as z.ZodType;
  const fast = compileFast(element);
  const out: unknown[] = []; // grows with the items copied: the copy may stop early
  for (let i = 0; i < n; i++) {
    if (t.full) break;
    const v = value[i];
    let accepted: unknown = REJECT;
    try {
      if (fast) accepted = fast(v);
    } catch {
      // a getter or proxy threw: copied below, where it throws again for the caller
    }
    if (accepted !== REJECT) {
      out[i] = accepted; // zod's own output for the item: fresh, and valid again
      continue;
    }
    const before = t.found;
    out[i] = copyOf(element, v, t);
    if (t.found === before && !zodAccepts(element, out[i])) t.found++;
  }
  return out;
}

/**
 * The bounded copy of `input` that zod parses in its place, read once, guided by `schema`
 * (see the module). Throws what the input throws (a getter, a proxy trap).
 *
 * @example
 * ```ts
 * const copy = snapshot(MissingCaseSchema, input, 100);
 * MissingCaseSchema.safeParse(copy); // the first 100 issues zod would give for `input`
 * ```
 * @internal
 */
export function snapshot(schema: z.ZodType, input: unknown, maxIssues: number): unknown {
  return copyOf(schema, input, new Tally(maxIssues));
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { compileFast, REJECT } from "../../src/boundary/fast.js";
import {
  AgencySchema,
  ChildSchema,
  MissingCaseSchema,
  OperationSchema,
  parseAgency,
  parseCase,
  parseChild,
  parseOperation,
} from "../../src/index.js";
import { agencies, child, operation, validCases, validChildren } from "../fixtures/valid.js";

/** A copy of `value` with the value at `path` replaced (or the key deleted when `v` is DELETE). */
const DELETE = Symbol("delete");
function setPath(value: unknown, path: readonly (string | number)[], v: unknown): unknown {
  if (path.length === 0) return v;
  if (value === null || typeof value !== "object") return value;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<
    string | number,
    unknown
  >;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (rest.length === 0 && v === DELETE) delete copy[head];
  else copy[head] = setPath(copy[head], rest, v);
  return copy;
}

/** Every path of a JSON value (objects and arrays included). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(...pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
    }
  }
  return out;
}

/** Realistic corruptions of a valid record: a field replaced, deleted or added. */
function mutants<T>(valid: readonly T[]) {
  return fc.constantFrom(...valid).chain((record) =>
    fc
      .tuple(
        fc.constant(record),
        fc.constantFrom(...pathsOf(record)),
        fc.oneof(
          fc.constant<unknown>(DELETE),
          fc.constant<unknown>(undefined),
          fc.anything({ maxDepth: 2 }),
          fc.constantFrom<unknown>(
            "",
            "2025-03-07T21:15:00Z",
            "2009",
            "NY",
            "M123456789",
            0,
            -1,
            1.5,
            301,
            [],
            {},
          ),
          fc.string(),
        ),
        fc.option(fc.string(), { nil: undefined }),
      )
      .map(([r, path, v, extraKey]) => {
        const mutated = setPath(r, path, v);
        return extraKey !== undefined &&
          mutated &&
          typeof mutated === "object" &&
          !Array.isArray(mutated)
          ? { ...mutated, [extraKey]: 1 }
          : mutated;
      }),
  );
}

function agreesWithZod<T>(
  schema: z.ZodType<T>,
  parse: (v: unknown) => { ok: boolean },
  input: unknown,
) {
  const zr = schema.safeParse(input);
  const r = parse(input) as { ok: boolean; value?: unknown };
  expect(r.ok).toBe(zr.success);
  if (zr.success) {
    expect(r.value).toStrictEqual(zr.data);
    expect(Object.isFrozen(r.value)).toBe(Object.isFrozen(zr.data));
  }
}

describe("the fast path agrees with zod", () => {
  it("on valid records: same value, same key order, same freezing", () => {
    for (const c of validCases) {
      const fast = compileFast(MissingCaseSchema)?.(c);
      const zod = MissingCaseSchema.parse(c);
      expect(fast).toStrictEqual(zod);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
      expect(Object.isFrozen((fast as typeof zod).child.name)).toBe(true);
    }
  });

  it("on corrupted cases", () => {
    fc.assert(
      fc.property(mutants(validCases), (v) => agreesWithZod(MissingCaseSchema, parseCase, v)),
      {
        numRuns: 500,
      },
    );
  });

  it("on corrupted children, agencies and operations", () => {
    fc.assert(
      fc.property(mutants(validChildren), (v) => agreesWithZod(ChildSchema, parseChild, v)),
    );
    fc.assert(fc.property(mutants(agencies), (v) => agreesWithZod(AgencySchema, parseAgency, v)));
    fc.assert(
      fc.property(mutants([operation]), (v) => agreesWithZod(OperationSchema, parseOperation, v)),
    );
  });

  it("has no fast path without code generation (zod's jitless setting); parsing agrees all the same", () => {
    z.config({ jitless: true });
    try {
      expect(compileFast(MissingCaseSchema)).toBeUndefined();
      for (const c of validCases) {
        const r = parseCase(c);
        expect(r.ok && r.value).toStrictEqual(MissingCaseSchema.parse(c));
      }
      expect(parseCase({ ...validCases[0], extra: 1 }).ok).toBe(false);
      expect(parseCase(new Date()).ok).toBe(false);
    } finally {
      z.config({ jitless: false });
    }
    expect(compileFast(MissingCaseSchema)).toBeTypeOf("function");
  });

  it("knows only the check kinds it can run exactly: a trim() leaves the schema to zod", () => {
    const trimmed = z.string().trim();
    expect(compileFast(trimmed)).toBeUndefined();
    expect(compileFast(z.strictObject({ a: trimmed }))).toBeUndefined();
    expect(compileFast(z.string().email())).toBeUndefined();
    expect(compileFast(z.string().toLowerCase())).toBeUndefined();
  });

  it("reads a format schema as the check it is: z.email() is left to zod, z.int() is run", () => {
    // A format schema holds its check in its own def, not in `checks`: an agency's extra
    // field may be one, and the fast path must never accept what it rejects.
    const formats = [z.email(), z.url(), z.uuid(), z.iso.date(), z.iso.datetime(), z.ipv4()];
    for (const schema of formats) {
      expect(compileFast(schema)).toBeUndefined();
      expect(compileFast(z.strictObject({ field: schema.optional() }))).toBeUndefined();
    }
    const int = z.int();
    const fast = compileFast(int);
    for (const v of [1, 1.5, 2 ** 53, -0, Number.NaN, "1"]) {
      expect(fast?.(v) !== REJECT, `${v}`).toBe(int.safeParse(v).success);
    }
    expect(compileFast(z.strictObject({ n: z.int() }))?.({ n: 1.5 })).toBe(REJECT);
  });

  it("checks array bounds before reading an item, and agrees with zod at each bound", () => {
    const schema = z.array(z.number()).min(2).max(3);
    const fast = compileFast(schema);
    for (const n of [0, 1, 2, 3, 4]) {
      const input = Array.from({ length: n }, (_, i) => i);
      expect(fast?.(input) !== REJECT, `${n} items`).toBe(schema.safeParse(input).success);
    }
    let reads = 0;
    const long = new Proxy(new Array(1000).fill(1), {
      get(target, key, receiver) {
        if (key !== "length") reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(fast?.(long)).toBe(REJECT);
    expect(reads).toBe(0);
  });

  it("measures string bounds in code points, as zod does", () => {
    const schema = z.string().min(2).max(3);
    const fast = compileFast(schema);
    for (const s of ["a", "ab", "abc", "abcd", "😀", "😀😀", "😀😀😀", "😀😀😀😀", "a😀"]) {
      expect(fast?.(s) !== REJECT, s).toBe(schema.safeParse(s).success);
    }
  });

  it("leaves unknown constructs to zod", () => {
    expect(compileFast(z.string().transform((s) => s.length))).toBeUndefined();
    expect(compileFast(z.object({ a: z.string() }))).toBeUndefined(); // not strict
    expect(compileFast(z.union([z.string(), z.number()]))).toBeUndefined();
    expect(compileFast(z.string().refine(async () => true))?.("x")).toBe(REJECT);
  });

  it("rejects what it cannot vouch for: explicit undefined, class instances, polluted prototypes", () => {
    const fast = compileFast(ChildSchema);
    expect(fast?.({ ...child, aliases: undefined })).toBe(REJECT);
    expect(fast?.(Object.assign(Object.create({ inherited: 1 }), child))).toBe(REJECT);
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.polluted = 1;
      expect(fast?.(child)).toBe(REJECT);
      expect(parseChild(child).ok).toBe(false); // zod sees the inherited key as unknown
    } finally {
      delete proto.polluted;
    }
    expect(fast?.(child)).toStrictEqual(ChildSchema.parse(child));
  });

  it("agrees with zod on numeric bounds and int(), at and around every bound", () => {
    const schemas = [
      z.number().positive().max(300),
      z.number().int().nonnegative(),
      z.number().gt(-1.5).lt(2),
      z.number().gte(0).lte(0),
    ];
    const values = [-2, -1.5, -1, -0, 0, 0.5, 1, 2, 299.9, 300, 300.1, 2 ** 53, -(2 ** 53)];
    for (const schema of schemas) {
      const fast = compileFast(schema);
      for (const v of [...values, Number.NaN, Number.POSITIVE_INFINITY, "1"]) {
        expect(fast?.(v) !== REJECT, `${v}`).toBe(schema.safeParse(v).success);
      }
    }
  });

  it("agrees with zod when a polluted prototype supplies a field of one object", () => {
    const { eyeColor: _, ...noEyeColor } = child;
    const proto = Object.prototype as Record<string, unknown>;
    try {
      // The child reads it as its field; the nested name sees an unknown key.
      proto.eyeColor = "BRO";
      agreesWithZod(ChildSchema, parseChild, noEyeColor);
      agreesWithZod(ChildSchema, parseChild, Object.assign(Object.create(null), noEyeColor));
      proto.eyeColor = "no such color";
      agreesWithZod(ChildSchema, parseChild, noEyeColor);
    } finally {
      delete proto.eyeColor;
    }
  });

  it("accepts a null-prototype object as zod does", () => {
    const bare = Object.assign(Object.create(null), { ...child, name: { ...child.name } });
    agreesWithZod(ChildSchema, parseChild, bare);
  });
});

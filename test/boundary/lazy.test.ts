import { inspect, types } from "node:util";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { lazySchema } from "../../src/boundary/lazy.js";
import * as lib from "../../src/index.js";
import { isMade } from "../../src/lazy/stand-in.js";
import { MissingCaseShape } from "../../src/models/case.js";
import { YEAR_IN_RANGE_META } from "../../src/models/date-range.js";

/** A stand-in for a small schema, with the number of times it was built. */
function counted() {
  const counter = { builds: 0 };
  const schema = lazySchema(() => {
    counter.builds++;
    return z
      .strictObject({ given: z.string().min(1), age: z.number().int().optional() })
      .readonly();
  });
  return { schema, counter };
}

describe("lazySchema", () => {
  it("builds on the first read, once, whatever is read after", () => {
    const { schema, counter } = counted();
    expect(isMade(schema)).toBe(false);
    expect(counter.builds).toBe(0);
    expect(schema.safeParse({ given: "Ana" }).success).toBe(true);
    expect(schema.safeParse({ given: "" }).success).toBe(false);
    expect(schema instanceof z.ZodReadonly).toBe(true);
    expect(Object.keys(schema.unwrap().shape)).toEqual(["given", "age"]);
    expect(isMade(schema)).toBe(true);
    expect(counter.builds).toBe(1);
  });

  it("is the schema to zod: prototype, internals, composition, JSON Schema", () => {
    const { schema } = counted();
    const plain = z
      .strictObject({ given: z.string().min(1), age: z.number().int().optional() })
      .readonly();
    expect(Object.getPrototypeOf(schema)).toBe(Object.getPrototypeOf(plain));
    expect(schema._zod.def.type).toBe("readonly");
    expect(Object.getOwnPropertyDescriptor(schema, "_zod")?.configurable).toBe(false);
    expect(z.toJSONSchema(schema)).toEqual(z.toJSONSchema(plain));
    const outer = z.object({ a: schema, b: schema.optional() });
    expect(outer.safeParse({ a: { given: "Ana" } }).success).toBe(true);
    expect(outer.safeParse({ a: { given: 1 } }).success).toBe(false);
    expect(types.isProxy(schema)).toBe(true);
  });

  it("is the same object wherever the models nest it, so a registry entry names it there too", () => {
    expect(MissingCaseShape.shape.child).toBe(lib.ChildSchema);
    const registry = z.registry<{ id: string }>();
    registry.add(lib.PlaceSchema, { id: "Place" });
    const json = z.toJSONSchema(lib.ChildSchema.optional(), { metadata: registry });
    expect(JSON.stringify(json)).not.toContain('"$ref"'); // the child holds no place
    const withPlace = z.toJSONSchema(z.object({ from: lib.PlaceSchema, to: lib.PlaceSchema }), {
      metadata: registry,
    }) as { properties: Record<string, { $ref?: string }> };
    expect(withPlace.properties.from?.$ref).toBe("#/$defs/Place");
    expect(withPlace.properties.to?.$ref).toBe("#/$defs/Place");
  });

  it("holds its metadata in zod's registry before any build", () => {
    const schema = lazySchema(() => z.string(), YEAR_IN_RANGE_META);
    expect(z.globalRegistry.has(schema)).toBe(true);
    expect(isMade(schema)).toBe(false);
    expect(z.globalRegistry.get(schema)).toEqual(YEAR_IN_RANGE_META);
    expect(z.toJSONSchema(schema)).toMatchObject(YEAR_IN_RANGE_META);
    expect(z.globalRegistry.get(lib.IsoDateSchema)).toEqual(YEAR_IN_RANGE_META);
  });

  it("answers Standard Schema adapters with the library's issues", () => {
    const r = lib.IsoDateSchema["~standard"].validate("2023-02-29") as unknown as {
      issues: { code: string; path: unknown[] }[];
    };
    expect(r.issues.map((i) => i.code)).toEqual(["date/invalid"]);
    expect(lib.IsoDateSchema["~standard"].validate("2024-02-29")).toEqual({ value: "2024-02-29" });
    expect(lib.IsoDateSchema["~standard"].vendor).toBe("zod");
  });

  it("prints as the schema it stands for (util.inspect builds it)", () => {
    const { schema, counter } = counted();
    const text = inspect(schema, { depth: 0 });
    expect(counter.builds).toBe(1);
    expect(text).toContain("ZodReadonly");
    expect(text).toBe(inspect(schema, { depth: 0 }));
  });

  it("keeps the proxy invariants when made non-extensible, as a zod schema would be", () => {
    const { schema } = counted();
    const plain = z
      .strictObject({ given: z.string().min(1), age: z.number().int().optional() })
      .readonly();
    schema.safeParse({}); // zod installs some members on first use: both have them
    plain.safeParse({});
    Object.preventExtensions(schema);
    Object.preventExtensions(plain);
    expect(Object.isExtensible(schema)).toBe(false);
    // …and the library's Standard Schema face
    const keys = Reflect.ownKeys(schema).map(String).sort();
    expect(keys).toEqual([...Reflect.ownKeys(plain).map(String), "~standard"].sort());
    expect(Object.getOwnPropertyDescriptor(schema, "_zod")?.writable).toBe(false);
    expect(schema.safeParse({ given: "Ana" }).success).toBe(
      plain.safeParse({ given: "Ana" }).success,
    );
  });

  it("throws, naming the cause, when a build reads its own stand-in", () => {
    const self: { schema?: z.ZodType } = {};
    self.schema = lazySchema(() => (self.schema as z.ZodString).optional() as z.ZodType);
    expect(() => self.schema?.safeParse("x")).toThrow(/reads the stand-in itself/);
  });
});

/**
 * The JSON Schemas the package ships (draft 2020-12) compile with ajv in strict mode, accept
 * every valid fixture and reject corrupted ones. They are made from the source models by the
 * build's own function, so no build is needed.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { CORRUPT, hasKey, NAMES, type Name, readSchemaFile, VALID, wire } from "./support.js";

// ajv-formats is CommonJS: under NodeNext its default import is the module, plugin at `.default`.
const addFormats = addFormatsModule.default;
const readSchema = (name: Name) => readSchemaFile(`${name}.json`);

type Validate = ((v: unknown) => boolean) & { errors?: unknown };
const validators = {} as Record<Name, Validate>;

beforeAll(() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const name of NAMES) validators[name] = ajv.compile(readSchema(name));
}, 60_000);

describe("JSON Schemas (draft 2020-12)", () => {
  it.each(NAMES)("%s.json is draft 2020-12 with an $id and a title", (name) => {
    const s = readSchema(name);
    expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(String(s.$id)).toMatch(new RegExp(`/schemas/${name}\\.json$`));
    expect(s.title).toBeTypeOf("string");
  });

  it.each(NAMES)("%s.json accepts every valid fixture", (name) => {
    for (const v of VALID[name]) {
      const ok = validators[name](v);
      expect(ok, JSON.stringify(validators[name].errors)).toBe(true);
    }
  });

  it("carry the size limits: maxLength, maxItems, uniqueItems", () => {
    const c = readSchema("case") as { properties: Record<string, Record<string, unknown>> };
    expect(c.properties.id?.maxLength).toBe(128);
    expect(c.properties.events?.maxItems).toBe(10_000);
    expect(c.properties.riskIndicators?.uniqueItems).toBe(true);
    const op = readSchema("operation") as { properties: Record<string, Record<string, unknown>> };
    expect(op.properties.caseIds?.maxItems).toBe(100_000);
    expect(op.properties.participantAgencyIds?.maxItems).toBe(10_000);
  });

  it.each(CORRUPT)("%s.json rejects %s", (name, _, value) => {
    expect(validators[name](wire(value))).toBe(false);
  });

  it.each(NAMES)("%s.json marks nothing readOnly (every field is sent in requests)", (name) => {
    expect(hasKey(readSchema(name), "readOnly")).toBe(false);
  });
});

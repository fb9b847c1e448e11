/**
 * `schemas/openapi.json` (written by `npm run build`): a valid OpenAPI 3.1 document (checked
 * against the OpenAPI 3.1 schema by @seriousme/openapi-schema-validator) whose components hold
 * the models; every `$ref` resolves; the components, compiled as JSON Schema 2020-12 (the
 * dialect of OpenAPI 3.1), accept the fixtures, reject corrupted records, and describe the
 * issues and transition errors the library returns.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCase, transition } from "../../src/index.js";
import { cancelledCase, events } from "../fixtures/valid.js";
import { CORRUPT, hasKey, type Json, type Name, readSchemaFile, VALID, wire } from "./support.js";

const addFormats = addFormatsModule.default;
const doc = readSchemaFile("openapi.json");
const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;

const COMPONENT: Record<Name, string> = {
  child: "Child",
  agency: "Agency",
  case: "MissingCase",
  operation: "Operation",
  "case-event": "CaseEvent",
};

/** The node a local JSON pointer (`#/a/b`) names in `root`, or undefined. */
function resolve(root: unknown, ref: string): unknown {
  const keys = ref
    .slice(2)
    .split("/")
    .map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"));
  return keys.reduce<unknown>(
    (node, key) => (node !== null && typeof node === "object" ? (node as Json)[key] : undefined),
    root,
  );
}

function refsWithin(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsWithin);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === "$ref" && typeof v === "string" ? [v] : refsWithin(v),
  );
}

type Validate = ((v: unknown) => boolean) & { errors?: unknown };
const validate = {} as Record<string, Validate>;

beforeAll(() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // OpenAPI's own keywords: annotations that ajv need not act on.
  for (const keyword of ["discriminator", "openapi", "info", "components"]) ajv.addKeyword(keyword);
  ajv.addSchema({ ...doc, $id: "openapi.json" });
  for (const id of Object.keys(schemas)) {
    validate[id] = ajv.compile({ $ref: `openapi.json#/components/schemas/${id}` });
  }
}, 60_000);

describe("OpenAPI 3.1 document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(doc.openapi).toBe("3.1.0");
  });

  it("holds the models, their shared parts and the issue shape in components.schemas", () => {
    for (const id of ["Child", "Agency", "MissingCase", "Operation", "CaseEvent", "Issue"]) {
      expect(schemas[id]?.title).toBe(id);
    }
    const shared = ["Place", "EpisodeFacts", "Child"].map((id) => `#/components/schemas/${id}`);
    expect(refsWithin(schemas.MissingCase)).toEqual(expect.arrayContaining(shared));
  });

  it("resolves every $ref inside the document", () => {
    const refs = refsWithin(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(resolve(doc, ref), ref).toBeTypeOf("object");
    }
  });

  it("marks nothing readOnly and quotes no long pattern", () => {
    expect(hasKey(doc, "readOnly")).toBe(false);
    expect(JSON.stringify(doc)).not.toMatch(/"pattern":"[^"]{201,}"/);
  });

  it.each(Object.keys(COMPONENT) as Name[])(
    "%s: the component accepts every valid fixture",
    (name) => {
      const v = validate[COMPONENT[name]] as Validate;
      for (const value of VALID[name]) expect(v(value), JSON.stringify(v.errors)).toBe(true);
    },
  );

  it.each(CORRUPT)("%s: the component rejects %s", (name, _, value) => {
    expect((validate[COMPONENT[name]] as Validate)(wire(value))).toBe(false);
  });

  it("Issue describes the issues parseCase returns", () => {
    for (const [name, , value] of CORRUPT.filter(([n]) => n === "case")) {
      const r = parseCase(wire(value));
      if (r.ok) throw new Error(`${name} should be invalid`);
      for (const issue of r.issues) {
        expect(validate.Issue?.(wire(issue)), JSON.stringify(issue)).toBe(true);
      }
    }
  });

  it("TransitionError describes a refusal of transition", () => {
    const r = transition(cancelledCase, events.reopen);
    if (r.ok) throw new Error("a cancelled case cannot be reopened");
    expect(validate.TransitionError?.(wire(r.error)), JSON.stringify(r.error)).toBe(true);
  });
});

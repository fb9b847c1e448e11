/**
 * The JSON Schemas the package ships compile with ajv in strict mode, accept every valid
 * fixture and reject corrupted ones. They are made here from the source models by the same
 * function the build uses (scripts/json-schemas.mjs), so no build is needed.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonSchemas } from "../../scripts/json-schemas.mjs";
import * as lib from "../../src/index.js";
import {
  agencies,
  allEvents,
  child,
  closedCase,
  operation,
  reportedCase,
  validCases,
  validChildren,
} from "../fixtures/valid.js";

// ajv-formats is CommonJS: under NodeNext its default import is the module, plugin at `.default`.
const addFormats = addFormatsModule.default;

const NAMES = ["child", "agency", "case", "operation", "case-event"] as const;
type Name = (typeof NAMES)[number];

const { version } = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
);
const SCHEMAS = jsonSchemas(lib, version);

/** The document the build writes to schemas/<name>.json. */
function readSchema(name: Name): Record<string, unknown> {
  const schema = SCHEMAS[name];
  if (!schema) throw new Error(`no schema ${name}`);
  return schema;
}

type Validate = ((v: unknown) => boolean) & { errors?: unknown };
const validators = {} as Record<Name, Validate>;

beforeAll(() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const name of NAMES) validators[name] = ajv.compile(readSchema(name));
}, 60_000);

const VALID: Record<Name, readonly unknown[]> = {
  child: validChildren,
  agency: agencies,
  case: validCases,
  operation: [operation],
  "case-event": allEvents,
};

const at = "2025-03-08T00:00:00Z";
const CORRUPT: [Name, string, unknown][] = [
  ["child", "a birth date that is not a date", { ...child, birthDate: "2009-02-30" }],
  ["child", "a 1-digit month", { ...child, birthDate: "2009-6" }],
  ["child", "an unknown key", { ...child, nickname: "x" }],
  ["child", "a missing name", { ...child, name: undefined }],
  ["child", "an unknown sex", { ...child, sex: "male" }],
  ["child", "a negative height", { ...child, heightCm: -1 }],
  ["agency", "an unknown kind", { ...agencies[0], kind: "police" }],
  ["agency", "an ORI of an unknown state", { ...agencies[0], ori: "XX0010100" }],
  ["agency", "a lowercase state", { ...agencies[0], state: "ny" }],
  [
    "case",
    "a report time without an offset",
    { ...reportedCase, reportedAt: "2025-03-07T21:15:00" },
  ],
  ["case", "an unknown status", { ...reportedCase, status: "open" }],
  ["case", "a bad NIC", { ...reportedCase, ncic: { nic: "M123" } }],
  ["case", "a fractional priorEpisodes", { ...reportedCase, priorEpisodes: 1.5 }],
  ["case", "an unknown risk indicator", { ...reportedCase, riskIndicators: ["gang"] }],
  ["case", "an event of an unknown type", { ...closedCase, events: [{ type: "found", at }] }],
  [
    "case",
    "an event with an extra key",
    { ...closedCase, events: [{ ...closedCase.events[0], note: "x" }] },
  ],
  ["case", "events that are not an array", { ...closedCase, events: {} }],
  ["case-event", "a locate without a condition", { type: "locate", at }],
  ["case-event", "a cancel with a by", { type: "cancel", at, reason: "duplicate", by: "x" }],
  ["case-event", "a reopen with an empty reason", { type: "reopen", at, reason: "" }],
  ["operation", "an end without seconds", { ...operation, endsAt: "2025-04-11T17:00-04:00" }],
  ["operation", "participants that are not a list", { ...operation, participantAgencyIds: "x" }],
  ["operation", "a missing case list", { ...operation, caseIds: undefined }],
];

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

  it.each(CORRUPT)("%s.json rejects %s", (name, _, value) => {
    const input = JSON.parse(JSON.stringify(value)); // drops undefined keys, as on the wire
    expect(validators[name](input)).toBe(false);
  });
});

/**
 * The JSON Schemas in `schemas/` (written by `npm run build`) compile with ajv in strict
 * mode, accept every valid fixture and reject corrupted ones.
 */
import { existsSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
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

/** Reads schemas/<name>.json from the repo root, waiting out a concurrent rebuild. */
function readSchema(name: Name): Record<string, unknown> {
  const file = new URL(`../../schemas/${name}.json`, import.meta.url);
  for (let attempt = 0; ; attempt++) {
    try {
      if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      if (attempt >= 120) throw e; // half-written during a rebuild: retry
    }
    if (attempt >= 120) throw new Error(`schemas/${name}.json is missing: run npm run build`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
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
  ["case", "an id of 129 characters", { ...reportedCase, id: "x".repeat(129) }],
  [
    "case",
    "a given name of 101 characters",
    { ...reportedCase, child: { ...child, name: { given: "x".repeat(101), family: "D" } } },
  ],
  ["child", "51 aliases", { ...child, aliases: new Array(51).fill("a") }],
  ["case", "a repeated risk indicator", { ...reportedCase, riskIndicators: ["no-id", "no-id"] }],
  ["case", "a report in the year 3000", { ...reportedCase, reportedAt: "3000-01-01T00:00:00Z" }],
  ["child", "a birth year before 1800", { ...child, birthDate: "1799" }],
  [
    "case-event",
    "a reopen reason of 1,001 characters",
    { type: "reopen", at, reason: "r".repeat(1001) },
  ],
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
    const input = JSON.parse(JSON.stringify(value)); // drops undefined keys, as on the wire
    expect(validators[name](input)).toBe(false);
  });
});

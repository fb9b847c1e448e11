/**
 * What the JSON Schema tests share: the schema documents (made from the source models by the
 * build's own function), the valid fixtures of each model, and corrupted records each schema
 * must reject.
 */
import { readFileSync } from "node:fs";
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

export const NAMES = ["child", "agency", "case", "operation", "case-event"] as const;
export type Name = (typeof NAMES)[number];
export type Json = Record<string, unknown>;

const { version } = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as { version: string };
const SCHEMAS = jsonSchemas(lib as unknown as Record<string, unknown>, version);

/**
 * The document the build writes to `schemas/<file>`, made here from the source models by the
 * build's own function (`scripts/json-schemas.mjs`), so no build is needed.
 */
export function readSchemaFile(file: string): Json {
  const schema = SCHEMAS[file.replace(/\.json$/, "")];
  if (!schema) throw new Error(`no schema ${file}`);
  return schema;
}

export const VALID: Record<Name, readonly unknown[]> = {
  child: validChildren,
  agency: agencies,
  case: validCases,
  operation: [operation],
  "case-event": allEvents,
};

const at = "2025-03-08T00:00:00Z";
/** Records each schema must reject: [schema, what is wrong, record]. */
export const CORRUPT: [Name, string, unknown][] = [
  ["child", "a birth date that is not a date", { ...child, birthDate: "2009-02-30" }],
  ["child", "a 1-digit month", { ...child, birthDate: "2009-6" }],
  ["child", "a month-only birth date with month 13", { ...child, birthDate: "2009-13" }],
  ["child", "an unknown key", { ...child, nickname: "x" }],
  ["child", "a missing name", { ...child, name: undefined }],
  ["child", "an unknown sex", { ...child, sex: "male" }],
  ["child", "a negative height", { ...child, heightCm: -1 }],
  ["child", "a photo date of 29 February in a common year", { ...child, photoDate: "2023-02-29" }],
  ["agency", "an unknown kind", { ...agencies[0], kind: "police" }],
  ["agency", "an ORI of an unknown state", { ...agencies[0], ori: "XX0010100" }],
  ["agency", "a lowercase state", { ...agencies[0], state: "ny" }],
  [
    "case",
    "a report time without an offset",
    { ...reportedCase, reportedAt: "2025-03-07T21:15:00" },
  ],
  ["case", "a report on 30 February", { ...reportedCase, reportedAt: "2025-02-30T21:15:00Z" }],
  ["case", "a report at hour 24", { ...reportedCase, reportedAt: "2025-03-07T24:15:00Z" }],
  ["case", "a leap second", { ...reportedCase, reportedAt: "2016-12-31T23:59:60Z" }],
  ["case", "a lowercase t", { ...reportedCase, reportedAt: "2025-03-07t21:15:00Z" }],
  ["case", "an unknown status", { ...reportedCase, status: "open" }],
  ["case", "a bad NIC", { ...reportedCase, ncic: { nic: "M123" } }],
  ["case", "a fractional priorEpisodes", { ...reportedCase, priorEpisodes: 1.5 }],
  ["case", "a priorEpisodes sent as a string", { ...reportedCase, priorEpisodes: "2" }],
  ["case", "an unknown risk indicator", { ...reportedCase, riskIndicators: ["gang"] }],
  ["case", "an event of an unknown type", { ...closedCase, events: [{ type: "found", at }] }],
  [
    "case",
    "an event with an extra key",
    { ...closedCase, events: [{ ...closedCase.events[0], note: "x" }] },
  ],
  ["case", "events that are not an array", { ...closedCase, events: {} }],
  ["case-event", "a locate without a condition", { type: "locate", at }],
  ["case-event", "an event without a type", { at, condition: "safe" }],
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

/** A corrupted record as it arrives on the wire (undefined keys dropped). */
export const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Every `$ref` in a JSON tree. */
export function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === "$ref" && typeof v === "string" ? [v] : refsIn(v),
  );
}

/** Whether any node of a JSON tree has the key `key`. */
export function hasKey(node: unknown, key: string): boolean {
  if (Array.isArray(node)) return node.some((n) => hasKey(n, key));
  if (node === null || typeof node !== "object") return false;
  return Object.entries(node).some(([k, v]) => k === key || hasKey(v, key));
}

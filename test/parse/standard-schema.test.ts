/**
 * One vocabulary: validating through an exported schema's Standard Schema interface (what
 * Fastify, hono and tRPC adapters call) gives exactly what the matching `parse*` function
 * gives: the same paths, messages and codes, on every invalid fixture and a fuzz corpus.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import * as lib from "../../src/index.js";
import {
  AgencySchema,
  CaseEventSchema,
  ChildSchema,
  ISSUE_MESSAGES,
  MissingCaseSchema,
  OperationSchema,
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "../../src/index.js";
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

type Parse = (input: unknown) => { ok: boolean; value?: unknown; issues?: unknown[] };
const PAIRS: readonly [string, z.ZodType, Parse, readonly unknown[]][] = [
  ["case", MissingCaseSchema, parseCase, validCases],
  ["child", ChildSchema, parseChild, validChildren],
  ["agency", AgencySchema, parseAgency, agencies],
  ["operation", OperationSchema, parseOperation, [operation]],
  ["case-event", CaseEventSchema, parseCaseEvent, allEvents],
];

const at = "2025-03-08T00:00:00Z";
/** Invalid records of every kind: structure, primitives, limits and cross-field rules. */
const INVALID: Record<string, readonly unknown[]> = {
  case: [
    { ...reportedCase, reportedAt: "2025-03-07T21:15:00" },
    { ...reportedCase, status: "open", extra: 1 },
    { ...reportedCase, lastContactAt: "2025-03-08T21:15:00-05:00" },
    { ...closedCase, status: "active" },
    { ...closedCase, events: [{ type: "found", at }] },
    { ...closedCase, events: [...closedCase.events].reverse() },
    { ...reportedCase, timeZone: "america/new_york" },
    { ...reportedCase, riskIndicators: ["no-id", "no-id"] },
    { ...reportedCase, id: "x".repeat(129), [`k${"y".repeat(100)}`]: 1 },
    { ...reportedCase, events: new Array(200).fill(0) },
    [1, 2],
    null,
  ],
  child: [
    { ...child, birthDate: "2009-02-30" },
    { ...child, name: undefined, sex: "male" },
    { ...child, heightCm: -1, aliases: new Array(51).fill("a") },
    { ...child, birthDate: "1700" },
  ],
  agency: [
    { ...agencies[0], kind: "police", ori: "XX0010100" },
    { ...agencies[0], timeZone: "Mars/Olympus" },
  ],
  operation: [
    { ...operation, endsAt: "2020-01-01T00:00:00Z" },
    { ...operation, leadAgencyId: "nobody", participantAgencyIds: "x" },
  ],
  "case-event": [
    { type: "locate", at },
    { type: "cancel", at, reason: "Jane Doe", by: "x" },
    { type: "reopen", at, reason: "" },
    { type: "verify", at: "3000-01-01T00:00:00Z" },
  ],
};

function agree(schema: z.ZodType, parse: Parse, input: unknown): void {
  const standard = schema["~standard"].validate(input) as {
    value?: unknown;
    issues?: readonly unknown[];
  };
  const r = parse(input);
  if (r.ok) expect(standard).toEqual({ value: r.value });
  else expect(standard).toEqual({ issues: r.issues });
}

describe("Standard Schema validate gives the parse function's result", () => {
  for (const [name, schema, parse, valid] of PAIRS) {
    it(`${name}: every valid and invalid fixture`, () => {
      for (const input of [...valid, ...(INVALID[name] ?? [])]) agree(schema, parse, input);
    });
  }

  it("on a fuzz corpus of corrupted records", () => {
    const corrupt = (record: unknown) =>
      fc
        .tuple(fc.constant(record), fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }))
        .map(([r, key, v]) => ({ ...(r as object), [key]: v }));
    for (const [, schema, parse, valid] of PAIRS) {
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...valid).chain(corrupt), fc.jsonValue()), (input) => {
          agree(schema, parse, input);
        }),
        { numRuns: 60 },
      );
    }
  });

  it("every issue of every exported schema has one of the library's codes", () => {
    const schemas = Object.entries(lib).filter(
      ([name, v]) =>
        name.endsWith("Schema") && typeof v === "object" && v !== null && "~standard" in v,
    ) as [string, z.ZodType][];
    expect(schemas.length).toBeGreaterThan(20);
    for (const [name, schema] of schemas) {
      for (const input of [undefined, 5, "x", { bogus: 1 }, []]) {
        const r = schema["~standard"].validate(input) as { issues?: { code?: unknown }[] };
        for (const issue of r.issues ?? []) {
          expect(Object.hasOwn(ISSUE_MESSAGES, String(issue.code)), name).toBe(true);
        }
      }
    }
  });

  it("keeps zod's vendor and version, so adapters still recognise the schema", () => {
    expect(MissingCaseSchema["~standard"].vendor).toBe("zod");
    expect(MissingCaseSchema["~standard"].version).toBe(1);
  });
});

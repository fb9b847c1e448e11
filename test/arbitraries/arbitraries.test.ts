import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agencyArbitrary,
  caseArbitrary,
  childArbitrary,
  episodeFactsArbitrary,
  eventHistoryArbitrary,
  invalidCaseArbitrary,
  invalidChildArbitrary,
  operationArbitrary,
} from "../../src/arbitraries/index.js";
import {
  allowedEvents,
  deriveStatus,
  EpisodeFactsSchema,
  parseAgency,
  parseCase,
  parseChild,
  parseOperation,
} from "../../src/index.js";

const codes = (r: { ok: boolean; issues?: { code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

describe("valid arbitraries", () => {
  it("childArbitrary makes children that parse", () => {
    fc.assert(
      fc.property(childArbitrary(), (c) => {
        expect(codes(parseChild(c))).toEqual([]);
      }),
    );
  });
  it("agencyArbitrary makes agencies that parse", () => {
    fc.assert(
      fc.property(agencyArbitrary(), (a) => {
        expect(codes(parseAgency(a))).toEqual([]);
      }),
    );
  });
  it("operationArbitrary makes operations that parse", () => {
    fc.assert(
      fc.property(operationArbitrary(), (o) => {
        expect(codes(parseOperation(o))).toEqual([]);
      }),
    );
  });
  it("episodeFactsArbitrary makes facts the schema accepts, with absent keys absent", () => {
    fc.assert(
      fc.property(episodeFactsArbitrary(), (f) => {
        expect(EpisodeFactsSchema.safeParse(f).success).toBe(true);
        expect(Object.values(f)).not.toContain(undefined);
      }),
    );
  });
  it("caseArbitrary makes cases that parse, whatever the zone", () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        expect(codes(parseCase(c))).toEqual([]);
      }),
      {
        numRuns: 300,
      },
    );
  });
  it("eventHistoryArbitrary only uses events the lifecycle table allows", () => {
    const start = { reportedMs: Date.UTC(2024, 1, 29, 23, 30), timeZone: "America/New_York" };
    fc.assert(
      fc.property(eventHistoryArbitrary(start), (events) => {
        events.forEach((e, i) => {
          expect(allowedEvents(deriveStatus(events.slice(0, i)))).toContain(e.type);
        });
      }),
    );
  });
  it("reaches every status", () => {
    const seen = new Set(
      fc.sample(caseArbitrary(), { numRuns: 400, seed: 1 }).map((c) => c.status),
    );
    expect([...seen].sort()).toEqual(["active", "cancelled", "closed", "located", "reported"]);
  });
});

describe("invalid arbitraries", () => {
  it("invalidCaseArbitrary: parseCase reports the paired code", () => {
    fc.assert(
      fc.property(invalidCaseArbitrary(), ({ record, code }) => {
        expect(codes(parseCase(record))).toContain(code);
      }),
      { numRuns: 300 },
    );
  });
  it("invalidChildArbitrary: parseChild reports the paired code", () => {
    fc.assert(
      fc.property(invalidChildArbitrary(), ({ record, code }) => {
        expect(codes(parseChild(record))).toContain(code);
      }),
    );
  });
  it("covers every mutation", () => {
    const seen = new Set(
      fc.sample(invalidCaseArbitrary(), { numRuns: 500, seed: 2 }).map((x) => x.code),
    );
    expect(seen.size).toBe(14);
  });
});

import { describe, expect, it } from "vitest";
import { allowedEvents, CASE_STATUSES, deriveStatus, parseCase } from "../../src/index.js";
import { makeCase } from "../../src/testing/index.js";

describe("makeCase", () => {
  it("makes valid cases with consistent histories over many seeds", () => {
    for (let seed = 0; seed < 400; seed++) {
      const c = makeCase({}, { seed });
      const r = parseCase(c);
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([]);
      expect(c.status).toBe(deriveStatus(c.events));
    }
  });
  it.each(CASE_STATUSES)("ends in status %s when asked", (status) => {
    for (let seed = 0; seed < 40; seed++) {
      const c = makeCase({ status }, { seed });
      expect(parseCase(c).ok).toBe(true);
      expect(deriveStatus(c.events)).toBe(status);
    }
  });
  it("builds the history after a given report time and zone", () => {
    const c = makeCase(
      { reportedAt: "2024-02-29T22:00:00-05:00", timeZone: "America/Chicago", status: "closed" },
      { seed: 3 },
    );
    expect(parseCase(c).ok).toBe(true);
    for (const e of c.events)
      expect(Date.parse(e.at)).toBeGreaterThanOrEqual(Date.parse(c.reportedAt));
    expect(Date.parse(c.lastContactAt)).toBeLessThanOrEqual(Date.parse(c.reportedAt));
  });
  it("reports after a given last contact", () => {
    const c = makeCase({ lastContactAt: "2025-03-09T02:59:30Z" }, { seed: 4 });
    expect(parseCase(c).ok).toBe(true);
  });
  it("derives the status of given events", () => {
    const c = makeCase(
      {
        reportedAt: "2025-03-11T14:05:00-04:00",
        events: [
          { type: "enter", at: "2025-03-11T15:00:00-04:00", category: "EMJ" },
          { type: "locate", at: "2025-03-12T09:00:00-04:00", condition: "safe" },
        ],
      },
      { seed: 1 },
    );
    expect(c.status).toBe("located");
    expect(parseCase(c).ok).toBe(true);
  });
  it("keeps contradictory overrides, so tests can build invalid records", () => {
    const c = makeCase({
      events: [{ type: "clear", at: "2025-06-01T00:00:00Z", disposition: "returned-on-own" }],
    });
    expect(c.status).toBe("reported");
    expect(parseCase(c).ok).toBe(false);
  });
  it("only uses events the lifecycle table allows", () => {
    for (let seed = 0; seed < 200; seed++) {
      const events = makeCase({}, { seed }).events;
      events.forEach((e, i) => {
        expect(allowedEvents(deriveStatus(events.slice(0, i)))).toContain(e.type);
      });
    }
  });
  it("is deterministic for a seed", () => {
    expect(JSON.stringify(makeCase({}, { seed: 9 }))).toBe(
      JSON.stringify(makeCase({}, { seed: 9 })),
    );
  });
  it("throws a RangeError naming the override for an unparsable instant, without its value", () => {
    expect(() => makeCase({ reportedAt: "yesterday 5pm" })).toThrow(RangeError);
    expect(() => makeCase({ reportedAt: "yesterday 5pm" })).toThrow(/overrides\.reportedAt/);
    expect(() => makeCase({ reportedAt: "yesterday 5pm" })).not.toThrow(/yesterday/);
  });
});

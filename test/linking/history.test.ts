import { describe, expect, it } from "vitest";
import { type CaseEvent, childHistory, type MissingCase } from "../../src/index.js";
import { makeCase } from "../../src/testing/index.js";
import { LIZ } from "./support.js";

let seed = 500;
function episode(
  id: string,
  lastContactAt: string,
  reportedAt: string,
  events: CaseEvent[],
  extra: Partial<MissingCase> = {},
): MissingCase {
  // No report records earlier episodes: the history has to find them.
  const { priorEpisodes: _unknown, ...c } = makeCase(
    {
      id,
      child: LIZ,
      lastContactAt,
      reportedAt,
      events,
      reportedAs: "runaway",
      missingFrom: "home",
      riskIndicators: [],
      timeZone: "America/New_York",
      ...extra,
    },
    { seed: seed++ },
  );
  return c;
}

const enter = (at: string): CaseEvent => ({ type: "enter", at, category: "EMJ" });
const locate = (at: string): CaseEvent => ({ type: "locate", at, condition: "safe" });
const clear = (at: string): CaseEvent => ({
  type: "clear",
  at,
  disposition: "returned-to-guardian",
});

// January: away 3 nights, from a group home, a romance-recruitment flag recorded.
const january = episode(
  "jan",
  "2024-01-10T18:00:00-05:00",
  "2024-01-10T21:00:00-05:00",
  [
    enter("2024-01-10T22:00:00-05:00"),
    locate("2024-01-13T10:00:00-05:00"),
    clear("2024-01-13T12:00:00-05:00"),
  ],
  { missingFrom: "group-home", riskIndicators: ["romance-recruitment"] },
);
// May: reported at 01:00 on 2 May, found that afternoon (1 night).
const may = episode("may", "2024-05-01T22:00:00-04:00", "2024-05-02T01:00:00-04:00", [
  locate("2024-05-02T15:00:00-04:00"),
]);
// September: a family-abduction report, still open.
const september = episode("sep", "2024-09-20T08:00:00-04:00", "2024-09-20T09:00:00-04:00", [], {
  reportedAs: "family-abduction",
});
// A record cancelled as a duplicate is no episode.
const duplicate = episode("dup", "2024-09-20T08:00:00-04:00", "2024-09-20T10:00:00-04:00", [
  { type: "cancel", at: "2024-09-21T10:00:00-04:00", reason: "duplicate" },
]);
// February of the next year: after the dates asked about.
const next = episode("next", "2025-02-01T08:00:00-05:00", "2025-02-01T09:00:00-05:00", []);

describe("childHistory", () => {
  const all = [next, september, january, duplicate, may];

  it("sums up the episodes as of a date", () => {
    const h = childHistory(all, { asOf: "2024-12-31T23:59:59-05:00" });
    expect(h).toEqual({
      key: "jan",
      episodes: 3,
      firstReportedAt: "2024-01-10T21:00:00-05:00",
      lastReportedAt: "2024-09-20T09:00:00-04:00",
      episodesInLast12Months: 3,
      // 3 (January) + 1 (May) + 102 (20 September to 31 December, still missing)
      nightsAwayTotal: 106,
      reportedAs: { runaway: 2, "family-abduction": 1 },
      riskIndicators: ["repeat-missing", "ran-from-care", "romance-recruitment"],
    });
  });

  it("ignores what happens after asOf: later reports, locates and cancels", () => {
    const h = childHistory(all, { asOf: "2024-05-02T12:00:00-04:00" });
    expect(h.episodes).toBe(2);
    expect(h.lastReportedAt).toBe("2024-05-02T01:00:00-04:00");
    // May is still open at noon on 2 May: one night so far.
    expect(h.nightsAwayTotal).toBe(3 + 1);
    // Two episodes: not yet "repeat-missing" (3+), even though a third follows.
    expect(h.riskIndicators).toEqual(["ran-from-care", "romance-recruitment"]);
    expect(h.key).toBe("jan");
    // The duplicate counts until it is cancelled.
    expect(childHistory(all, { asOf: "2024-09-21T09:00:00-04:00" }).episodes).toBe(4);
  });

  it("counts the last twelve months back from asOf", () => {
    const h = childHistory(all, { asOf: "2025-03-01T00:00:00Z" });
    expect(h.episodes).toBe(4);
    expect(h.episodesInLast12Months).toBe(3); // May, September, February
  });

  it("takes a Date", () => {
    expect(childHistory(all, { asOf: new Date("2025-01-01T04:59:59Z") })).toEqual(
      childHistory(all, { asOf: "2024-12-31T23:59:59-05:00" }),
    );
  });

  it("leaves the nights unknown when one episode's nights are unknown", () => {
    const withdrawn = episode("w", "2024-10-01T08:00:00-04:00", "2024-10-01T09:00:00-04:00", [
      { type: "cancel", at: "2024-10-01T12:00:00-04:00", reason: "report-withdrawn" },
    ]);
    const { facts: _facts, ...noFacts } = withdrawn;
    expect(childHistory([january, noFacts], { asOf: "2024-12-31T00:00:00Z" }).nightsAwayTotal).toBe(
      undefined,
    );
    const recorded = { ...withdrawn, facts: { nightsAway: 2 } };
    expect(
      childHistory([january, recorded], { asOf: "2024-12-31T00:00:00Z" }).nightsAwayTotal,
    ).toBe(5);
  });

  it("derives repeat-missing from the linked episodes, even when no report recorded priorEpisodes", () => {
    for (const c of [january, may, september]) expect(c.priorEpisodes).toBeUndefined();
    expect(
      childHistory([january, may], { asOf: "2024-12-31T00:00:00Z" }).riskIndicators,
    ).not.toContain("repeat-missing");
    expect(
      childHistory([january, may, september], { asOf: "2024-12-31T00:00:00Z" }).riskIndicators,
    ).toContain("repeat-missing");
  });

  it("throws on misuse", () => {
    expect(() => childHistory([], { asOf: "2024-12-31T00:00:00Z" })).toThrow(TypeError);
    expect(() => childHistory(all, { asOf: "yesterday" })).toThrow(
      "options.asOf must be an RFC 3339 date-time with Z or an offset",
    );
    expect(() => childHistory(all, { asOf: new Date(Number.NaN) })).toThrow(
      new RangeError("options.asOf must be a valid Date"),
    );
    expect(() => childHistory(all, { asOf: "2023-01-01T00:00:00Z" })).toThrow(
      new RangeError("cases must hold an episode reported at or before options.asOf"),
    );
  });

  it("does not change the cases", () => {
    const copy = structuredClone(all);
    childHistory(all, { asOf: "2024-12-31T00:00:00Z" });
    expect(all).toEqual(copy);
  });
});

/**
 * annualStatistics against a slow reference written from the definitions ST-1 … ST-6 with the
 * public single-case functions (statusAt, ageRangeAtReport, localDate): the bulk path's
 * shortcuts must never change a count.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnnualStatistics,
  ageRangeAtReport,
  annualStatistics,
  localDate,
  type MissingCase,
  REPORTED_AS,
  type ReportedAs,
  statusAt,
} from "../../src/index.js";
import { arbCase } from "./make.js";

const pad = (n: number) => String(n).padStart(4, "0");

/** The first instant of local 1 January of `year` in `zone`, found by scanning minutes. */
function yearStartIso(year: number, zone: string): string {
  // Offsets are within ±14 h: scan 30 h around 00:00 UTC minute by minute (test-only, slow).
  let ms = Date.UTC(year, 0, 1) - 15 * 3_600_000;
  while (localDate(new Date(ms).toISOString(), zone) < `${pad(year)}-01-01`) ms += 60_000;
  return new Date(ms).toISOString();
}

function reference(
  cases: readonly MissingCase[],
  year: number,
  ageLimit: number,
): AnnualStatistics {
  const s = {
    year,
    reported: 0,
    reportedAsRunaway: 0,
    runawayShare: 0,
    closed: 0,
    activeAtYearEnd: 0,
    byMonth: new Array<number>(12).fill(0),
    byAgeAtReport: Object.fromEntries(Array.from({ length: ageLimit }, (_, i) => [i, 0])) as Record<
      number,
      number
    >,
    byReportedAs: Object.fromEntries(REPORTED_AS.map((r) => [r, 0])) as Record<ReportedAs, number>,
  };
  for (const c of cases) {
    const voided = c.events.some(
      (e) => e.type === "cancel" && (e.reason === "entered-in-error" || e.reason === "duplicate"),
    );
    const age = ageRangeAtReport(c).min;
    if (voided || age >= ageLimit) continue;
    const start = Date.parse(yearStartIso(year, c.timeZone));
    const end = Date.parse(yearStartIso(year + 1, c.timeZone));
    const reportedMs = Date.parse(c.reportedAt);
    if (reportedMs >= start && reportedMs < end) {
      s.reported++;
      if (c.reportedAs === "runaway") s.reportedAsRunaway++;
      const month = Number(localDate(c.reportedAt, c.timeZone).slice(5, 7));
      s.byMonth[month - 1] = (s.byMonth[month - 1] ?? 0) + 1;
      s.byAgeAtReport[age] = (s.byAgeAtReport[age] ?? 0) + 1;
      s.byReportedAs[c.reportedAs] = (s.byReportedAs[c.reportedAs] ?? 0) + 1;
    }
    if (
      c.events.some(
        (e) => e.type === "clear" && Date.parse(e.at) >= start && Date.parse(e.at) < end,
      )
    )
      s.closed++;
    const atEnd = statusAt(c, new Date(end - 1).toISOString());
    if (atEnd === "reported" || atEnd === "active" || atEnd === "located") s.activeAtYearEnd++;
  }
  s.runawayShare = s.reported === 0 ? 0 : s.reportedAsRunaway / s.reported;
  return s;
}

describe("annualStatistics equals the reference definition", () => {
  it("on random valid cases, years and age limits (property)", () => {
    fc.assert(
      fc.property(
        fc.array(arbCase, { maxLength: 25 }),
        fc.integer({ min: 2022, max: 2025 }),
        fc.integer({ min: 1, max: 25 }),
        (cases, year, ageLimit) => {
          expect(annualStatistics(cases, { year, ageLimit })).toEqual(
            reference(cases, year, ageLimit),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

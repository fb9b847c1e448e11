import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseAge } from "../../src/age/case-ages.js";
import {
  ageAtFound,
  ageAtLastContact,
  ageAtReport,
  ageOn,
  ageRangeAtFound,
  ageRangeAtLastContact,
  ageRangeAtReport,
  ageRangeOn,
} from "../../src/age/index.js";
import type { MissingCase } from "../../src/index.js";
import { MissingCaseSchema } from "../../src/models/case.js";
import { localDate } from "../../src/time/local-date.js";
import {
  cancelledCase,
  closedCase,
  deepFreeze,
  locatedCase,
  reopenedCase,
  reportedCase,
} from "../fixtures/valid.js";

/** A valid, frozen variant of a fixture (parsed, so the case is one the library accepts). */
function variant(base: MissingCase, patch: Partial<MissingCase>, birthDate?: string): MissingCase {
  const child = birthDate === undefined ? base.child : { ...base.child, birthDate };
  return deepFreeze(MissingCaseSchema.parse({ ...base, ...patch, child }));
}

describe("ageAtReport / ageAtLastContact (AGE-7) on local dates (AGE-1)", () => {
  it("uses the local date of the report, not the UTC date", () => {
    // 23:30 on 11 March 2025 in New York is 12 March in UTC, the child's 18th birthday.
    const c = variant(
      reportedCase,
      { reportedAt: "2025-03-12T03:30:00Z", lastContactAt: "2025-03-11T20:00:00-04:00" },
      "2007-03-12",
    );
    expect(ageAtReport(c)).toBe(17);
    expect(ageAtReport(c, { rule: "common-law" })).toBe(18);
    expect(ageAtReport({ ...c, timeZone: "UTC" })).toBe(18);
    expect(ageRangeAtReport(c)).toEqual({ min: 17, max: 17 });
  });

  it("the fixture child (born 14 June 2009) is 15 at report and last contact", () => {
    expect(ageAtReport(reportedCase)).toBe(15);
    expect(ageAtLastContact(reportedCase)).toBe(15);
  });

  it("last contact and report can straddle a birthday", () => {
    const c = variant(
      reportedCase,
      {
        lastContactAt: "2025-07-31T22:00:00-04:00",
        reportedAt: "2025-08-01T09:00:00-04:00",
      },
      "2010-08-01",
    );
    expect(ageAtLastContact(c)).toBe(14);
    expect(ageAtLastContact(c, { rule: "common-law" })).toBe(15);
    expect(ageAtReport(c)).toBe(15);
    expect(ageRangeAtLastContact(c)).toEqual({ min: 14, max: 14 });
  });

  it("a partial birth date gives a range and no exact age", () => {
    const c = variant(reportedCase, {}, "2009");
    expect(ageRangeAtReport(c)).toEqual({ min: 15, max: 16 });
    expect(ageAtReport(c)).toBeUndefined();
    const m = variant(reportedCase, {}, "2009-03");
    // Reported 7 March 2025: born 1–7 March → 16, 8–31 March → 15.
    expect(ageRangeAtReport(m)).toEqual({ min: 15, max: 16 });
    expect(ageAtReport(variant(reportedCase, {}, "2009-06"))).toBe(15);
  });

  it("a child born on the local report date is 0; a UTC date would say otherwise", () => {
    const c = variant(
      reportedCase,
      { reportedAt: "2025-03-08T04:00:00Z", lastContactAt: "2025-03-07T22:00:00-05:00" },
      "2025-03-07",
    );
    expect(ageAtReport(c)).toBe(0);
    expect(ageAtLastContact(c)).toBe(0);
  });
});

describe("ageAtFound (AGE-7): the locate in force, undefined before one", () => {
  it("is undefined for reported, active and cancelled cases", () => {
    expect(ageAtFound(reportedCase)).toBeUndefined();
    expect(ageRangeAtFound(reportedCase)).toBeUndefined();
    expect(ageAtFound(cancelledCase)).toBeUndefined();
  });

  it("uses the locate of a located or closed case", () => {
    expect(ageAtFound(locatedCase)).toBe(15);
    expect(ageAtFound(closedCase)).toBe(15);
    expect(ageRangeAtFound(closedCase)).toEqual({ min: 15, max: 15 });
  });

  it("is undefined after a reopen voids the locate", () => {
    expect(ageAtFound(reopenedCase)).toBeUndefined();
  });

  it("may exceed 18 without changing the age at report", () => {
    const c = variant(
      locatedCase,
      {
        lastContactAt: "2024-11-30T18:00:00-05:00",
        reportedAt: "2024-12-01T09:00:00-05:00",
        events: [
          { type: "enter", at: "2024-12-01T10:00:00-05:00", category: "EMJ", by: "albany-pd" },
          { type: "locate", at: "2025-01-10T09:00:00-05:00", condition: "safe", by: "albany-pd" },
        ],
      },
      "2007-01-10",
    );
    expect(ageAtReport(c)).toBe(17);
    expect(ageAtFound(c)).toBe(18);
    expect(ageAtFound(c, { rule: "common-law" })).toBe(18);
  });
});

describe("one instant after another (the last local date is remembered)", () => {
  it("the same instant in another zone, or another instant, gives its own local date", () => {
    // 02:30 UTC on 12 March 2025: 11 March in New York, 12 March in London.
    const at = "2025-03-12T02:30:00Z";
    const ny = variant(
      reportedCase,
      { reportedAt: at, timeZone: "America/New_York" },
      "2007-03-12",
    );
    const london = variant(
      reportedCase,
      { reportedAt: at, timeZone: "Europe/London" },
      "2007-03-12",
    );
    expect(ageAtReport(ny)).toBe(17);
    expect(ageAtReport(london)).toBe(18);
    expect(ageAtReport(ny)).toBe(17);
    const later = variant(ny, { reportedAt: "2025-03-12T05:30:00Z" });
    expect(ageAtReport(later)).toBe(18);
  });

  it("an unknown zone throws even right after the same instant was read in a known one", () => {
    const at = reportedCase.reportedAt;
    expect(ageAtReport(reportedCase)).toBe(15);
    const zone = { ...reportedCase, reportedAt: at, timeZone: "Mars/Olympus" } as MissingCase;
    expect(() => ageAtReport(zone)).toThrow(/^c\.timeZone /);
  });
});

describe("misuse", () => {
  it("throws a RangeError naming the field, never echoing it", () => {
    const bad = { ...reportedCase, reportedAt: "yesterday" } as MissingCase;
    expect(() => ageAtReport(bad)).toThrow(RangeError);
    expect(() => ageAtReport(bad)).toThrow(/^c\.reportedAt /);
    const zone = { ...reportedCase, timeZone: "Mars/Olympus" } as MissingCase;
    expect(() => ageAtReport(zone)).toThrow(/^c\.timeZone /);
    const dob = { ...reportedCase, child: { ...reportedCase.child, birthDate: "14/06/2009" } };
    expect(() => ageAtReport(dob as MissingCase)).toThrow(/^c\.child\.birthDate /);
    const before = { ...reportedCase, child: { ...reportedCase.child, birthDate: "2026" } };
    expect(() => ageAtLastContact(before as MissingCase)).toThrow(/^c\.lastContactAt /);
    try {
      ageAtReport(dob as MissingCase);
    } catch (e) {
      expect((e as Error).message).not.toContain("14/06/2009");
    }
  });

  it("throws a TypeError on a value that is not a case", () => {
    expect(() => ageAtReport(undefined as unknown as MissingCase)).toThrow(TypeError);
    expect(() => ageAtReport({} as MissingCase)).toThrow(/^c /);
  });
});

describe("property: the case functions are ageOn on the local date", () => {
  it("ageAtReport(c) = ageOn(birthDate, localDate(reportedAt, zone)) for any zone and rule", () => {
    const zones = ["America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"];
    const ms = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) });
    const rule = fc.constantFrom("anniversary", "common-law" as const);
    const leapDay = fc.constantFrom("mar1", "feb28" as const);
    const birth = fc.date({
      min: new Date(Date.UTC(1990, 0, 1)),
      max: new Date(Date.UTC(1999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(ms, fc.constantFrom(...zones), birth, rule, leapDay, (t, zone, b, r, l) => {
        const full = b.toISOString().slice(0, 10);
        const at = new Date(t).toISOString();
        const on = localDate(at, zone);
        for (const birthDate of [full, full.slice(0, 7), full.slice(0, 4)]) {
          const c = deepFreeze({
            ...reportedCase,
            timeZone: zone,
            reportedAt: at,
            child: { ...reportedCase.child, birthDate },
          });
          const options = { rule: r, leapDay: l };
          expect(ageAtReport(c, options)).toBe(ageOn(birthDate, on, options));
          expect(ageRangeAtReport(c, options)).toEqual(ageRangeOn(birthDate, on, options));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("caseAge: the exact age, else the range", () => {
  it("is the range's one age when it has one, else the range itself, at report and last contact", () => {
    const births = ["2009-06-14", "2009-03-08", "2009-03-07", "2009-03", "2009", "2024-02-29"];
    const options = [undefined, { rule: "common-law" as const }, { leapDay: "feb28" as const }];
    for (const birthDate of births) {
      for (const o of options) {
        const c = variant(reportedCase, {}, birthDate);
        const report = ageRangeAtReport(c, o);
        const last = ageRangeAtLastContact(c, o);
        expect(caseAge(c, "report", o)).toStrictEqual(
          report.min === report.max ? report.min : report,
        );
        expect(caseAge(c, "lastContact", o)).toStrictEqual(last.min === last.max ? last.min : last);
      }
    }
    expect(() =>
      caseAge({ ...reportedCase, lastContactAt: "x" }, "lastContact", undefined),
    ).toThrow(/c\.lastContactAt/);
  });
});

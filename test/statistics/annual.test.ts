import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnnualStatistics,
  annualStatistics,
  createAnnualAccumulator,
  type MissingCase,
  parseCase,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/valid.js";
import { arbCase, ev, makeTestCase } from "./make.js";

const stats = (cases: MissingCase[], year = 2024, ageLimit?: number): AnnualStatistics =>
  annualStatistics(cases, ageLimit === undefined ? { year } : { year, ageLimit });

describe("annualStatistics: the year is local to each case's zone", () => {
  const lateNye = makeTestCase({
    id: "a",
    birthDate: "2010-05-01",
    reportedAt: "2024-12-31T23:30:00-05:00",
  });
  const earlyNewYear = makeTestCase({
    id: "b",
    birthDate: "2010-05-01",
    reportedAt: "2025-01-01T00:30:00-05:00",
  });

  it("counts 23:30 on 31 December in New York in that year (04:30 UTC on 1 January)", () => {
    expect(stats([lateNye], 2024).reported).toBe(1);
    expect(stats([lateNye], 2024).byMonth[11]).toBe(1);
    expect(stats([lateNye], 2025).reported).toBe(0);
  });

  it("counts 00:30 on 1 January in New York in the new year", () => {
    expect(stats([earlyNewYear], 2024).reported).toBe(0);
    expect(stats([earlyNewYear], 2025).reported).toBe(1);
    expect(stats([earlyNewYear], 2025).byMonth[0]).toBe(1);
  });

  it("uses each case's own zone: 00:30 on 1 January in Tokyo is 2025 although UTC says 2024", () => {
    const tokyo = makeTestCase({
      id: "t",
      birthDate: "2010-05-01",
      reportedAt: "2025-01-01T00:30:00+09:00",
      timeZone: "Asia/Tokyo",
    });
    expect(stats([tokyo], 2024).reported).toBe(0);
    expect(stats([tokyo], 2025).reported).toBe(1);
  });

  it("counts a report at exactly local midnight of 1 January in the new year", () => {
    const midnight = makeTestCase({
      id: "m",
      birthDate: "2010",
      reportedAt: "2025-01-01T00:00:00-05:00",
    });
    expect(stats([midnight], 2024).reported).toBe(0);
    expect(stats([midnight], 2025).reported).toBe(1);
  });
});

describe("annualStatistics: age at report against ageLimit", () => {
  const born = "2006-07-15"; // 18 on 15 July 2024
  const dayBefore = makeTestCase({
    id: "d1",
    birthDate: born,
    reportedAt: "2024-07-14T23:00:00-04:00",
  });
  const birthday = makeTestCase({
    id: "d2",
    birthDate: born,
    reportedAt: "2024-07-15T00:10:00-04:00",
  });

  it("counts a child reported the day before their 18th birthday, not on it", () => {
    expect(stats([dayBefore]).reported).toBe(1);
    expect(stats([dayBefore]).byAgeAtReport[17]).toBe(1);
    expect(stats([birthday]).reported).toBe(0);
  });

  it("takes the birthday on the local date: 00:10 on the birthday in New York is 04:10 UTC", () => {
    // Reported 23:30 on 14 July in New York = 03:30 UTC on 15 July: still 17 locally.
    const late = makeTestCase({ id: "d3", birthDate: born, reportedAt: "2024-07-15T03:30:00Z" });
    expect(stats([late]).reported).toBe(1);
  });

  it("counts an uncertain age by its lower bound", () => {
    const yearOnly = makeTestCase({
      id: "y",
      birthDate: "2006",
      reportedAt: "2024-07-01T12:00:00-04:00",
    });
    const s = stats([yearOnly]); // 17 or 18 → 17
    expect(s.reported).toBe(1);
    expect(s.byAgeAtReport[17]).toBe(1);
  });

  it("honours ageLimit (21: federal NCIC duty)", () => {
    const nineteen = makeTestCase({
      id: "n",
      birthDate: "2005-01-01",
      reportedAt: "2024-03-01T12:00:00-05:00",
    });
    expect(stats([nineteen]).reported).toBe(0);
    const s = stats([nineteen], 2024, 21);
    expect(s.reported).toBe(1);
    expect(Object.keys(s.byAgeAtReport)).toHaveLength(21);
    expect(s.byAgeAtReport[19]).toBe(1);
  });

  it("excludes adults from closed and active counts too", () => {
    const adult = makeTestCase({
      id: "ad",
      birthDate: "2000-01-01",
      reportedAt: "2023-03-01T12:00:00-05:00",
      events: [
        ev.enter("2023-03-01T13:00:00-05:00"),
        ev.locate("2024-02-01T12:00:00-05:00"),
        ev.clear("2024-02-02T12:00:00-05:00"),
      ],
    });
    expect(stats([adult])).toMatchObject({ reported: 0, closed: 0, activeAtYearEnd: 0 });
  });
});

describe("annualStatistics: status as of the year's end, from the history", () => {
  const r = "2024-12-20T10:00:00-05:00";
  const base = { birthDate: "2010-01-01", reportedAt: r };

  it("counts a case cleared after the year's end as open at it, and closed the next year", () => {
    const c = makeTestCase({
      ...base,
      id: "late-clear",
      events: [
        ev.enter("2024-12-20T11:00:00-05:00"),
        ev.locate("2025-01-04T10:00:00-05:00"),
        ev.clear("2025-01-05T10:00:00-05:00"),
      ],
    });
    expect(c.status).toBe("closed");
    expect(stats([c], 2024)).toMatchObject({ reported: 1, closed: 0, activeAtYearEnd: 1 });
    expect(stats([c], 2025)).toMatchObject({ reported: 0, closed: 1, activeAtYearEnd: 0 });
  });

  it("puts an event at local 00:00 on 1 January in the new year", () => {
    const c = makeTestCase({
      ...base,
      id: "midnight-clear",
      events: [ev.locate("2024-12-31T23:00:00-05:00"), ev.clear("2025-01-01T00:00:00-05:00")],
    });
    expect(stats([c], 2024)).toMatchObject({ closed: 0, activeAtYearEnd: 1 });
    const justBefore = makeTestCase({
      ...base,
      id: "before-midnight",
      events: [ev.locate("2024-12-31T23:00:00-05:00"), ev.clear("2024-12-31T23:59:59.999-05:00")],
    });
    expect(stats([justBefore], 2024)).toMatchObject({ closed: 1, activeAtYearEnd: 0 });
  });

  it("counts a located but not cleared case as open", () => {
    const c = makeTestCase({
      ...base,
      id: "loc",
      events: [ev.locate("2024-12-21T10:00:00-05:00")],
    });
    expect(stats([c])).toMatchObject({ closed: 0, activeAtYearEnd: 1 });
  });

  it("counts a case reported in an earlier year and cleared in this one as closed, not reported", () => {
    const c = makeTestCase({
      id: "old",
      birthDate: "2010-01-01",
      reportedAt: "2022-05-01T10:00:00-04:00",
      events: [
        ev.enter("2022-05-01T11:00:00-04:00"),
        ev.locate("2024-03-01T10:00:00-05:00"),
        ev.clear("2024-03-02T10:00:00-05:00"),
      ],
    });
    expect(stats([c], 2024)).toMatchObject({ reported: 0, closed: 1, activeAtYearEnd: 0 });
    expect(stats([c], 2023)).toMatchObject({ reported: 0, closed: 0, activeAtYearEnd: 1 });
    expect(stats([c], 2021)).toMatchObject({ reported: 0, closed: 0, activeAtYearEnd: 0 });
  });

  describe("reopened cases", () => {
    const events = [
      ev.locate("2024-02-01T10:00:00-05:00"),
      ev.clear("2024-02-02T10:00:00-05:00"),
      ev.reopen("2024-06-01T10:00:00-04:00"),
    ];
    const reopened = makeTestCase({
      id: "re",
      birthDate: "2010-01-01",
      reportedAt: "2024-01-10T10:00:00-05:00",
      events,
    });

    it("counts the closure in the year and the case open at its end", () => {
      expect(stats([reopened])).toMatchObject({ reported: 1, closed: 1, activeAtYearEnd: 1 });
    });

    it("counts a case cleared twice in the year once", () => {
      const twice = makeTestCase({
        id: "re2",
        birthDate: "2010-01-01",
        reportedAt: "2024-01-10T10:00:00-05:00",
        events: [
          ...events,
          ev.locate("2024-07-01T10:00:00-04:00"),
          ev.clear("2024-07-02T10:00:00-04:00"),
        ],
      });
      expect(stats([twice])).toMatchObject({ closed: 1, activeAtYearEnd: 0 });
    });

    it("counts a case reopened after the year's end as closed at it", () => {
      const later = makeTestCase({
        id: "re3",
        birthDate: "2010-01-01",
        reportedAt: "2024-01-10T10:00:00-05:00",
        events: [events[0], events[1], ev.reopen("2025-02-01T10:00:00-05:00")].filter(
          (e) => e !== undefined,
        ),
      });
      expect(later.status).toBe("active");
      expect(stats([later])).toMatchObject({ closed: 1, activeAtYearEnd: 0 });
    });
  });
});

describe("annualStatistics: cancelled records", () => {
  const reportedAt = "2024-05-01T10:00:00-04:00";
  const make = (id: string, cancelAt: string, reason: Parameters<typeof ev.cancel>[1]) =>
    makeTestCase({
      id,
      birthDate: "2010-01-01",
      reportedAt,
      events: [ev.enter("2024-05-01T11:00:00-04:00"), ev.cancel(cancelAt, reason)],
    });

  it("excludes records cancelled as entered in error or duplicate, even after the year's end (Choice)", () => {
    for (const reason of ["entered-in-error", "duplicate"] as const) {
      for (const at of ["2024-05-02T10:00:00-04:00", "2025-03-01T10:00:00-05:00"]) {
        expect(stats([make(`x-${reason}`, at, reason)])).toMatchObject({
          reported: 0,
          closed: 0,
          activeAtYearEnd: 0,
        });
      }
    }
  });

  it("counts withdrawn and unfounded reports as reported, never as closed, open until cancelled", () => {
    for (const reason of ["report-withdrawn", "unfounded"] as const) {
      expect(stats([make("w", "2024-05-02T10:00:00-04:00", reason)])).toMatchObject({
        reported: 1,
        closed: 0,
        activeAtYearEnd: 0,
      });
      expect(stats([make("w", "2025-03-01T10:00:00-05:00", reason)])).toMatchObject({
        reported: 1,
        closed: 0,
        activeAtYearEnd: 1,
      });
    }
  });
});

describe("annualStatistics: result shape", () => {
  it("gives zeros, a 0 share and every key for no cases", () => {
    const s = stats([]);
    expect(s).toEqual({
      year: 2024,
      reported: 0,
      reportedAsRunaway: 0,
      runawayShare: 0,
      closed: 0,
      activeAtYearEnd: 0,
      byMonth: new Array(12).fill(0),
      byAgeAtReport: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [i, 0])),
      byReportedAs: {
        "nonfamily-abduction": 0,
        "family-abduction": 0,
        thrownaway: 0,
        runaway: 0,
        "lost-injured": 0,
        "benign-explanation": 0,
        unknown: 0,
      },
    });
  });

  it("splits by month, age and circumstance", () => {
    const s = stats([
      makeTestCase({
        id: "1",
        birthDate: "2014-01-01",
        reportedAt: "2024-01-15T10:00:00-05:00",
        reportedAs: "runaway",
      }),
      makeTestCase({
        id: "2",
        birthDate: "2020-03-01",
        reportedAt: "2024-03-15T10:00:00-04:00",
        reportedAs: "family-abduction",
      }),
      makeTestCase({
        id: "3",
        birthDate: "2014-06-01",
        reportedAt: "2024-03-16T10:00:00-04:00",
        reportedAs: "runaway",
      }),
    ]);
    expect(s.reported).toBe(3);
    expect(s.reportedAsRunaway).toBe(2);
    expect(s.runawayShare).toBeCloseTo(2 / 3);
    expect(s.byMonth).toEqual([1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.byAgeAtReport[10]).toBe(1);
    expect(s.byAgeAtReport[9]).toBe(1);
    expect(s.byAgeAtReport[4]).toBe(1);
    expect(s.byReportedAs).toMatchObject({ runaway: 2, "family-abduction": 1, thrownaway: 0 });
  });

  it("accepts any iterable, such as a generator", () => {
    const c = makeTestCase({
      id: "g",
      birthDate: "2014-01-01",
      reportedAt: "2024-01-15T10:00:00-05:00",
    });
    function* gen() {
      yield c;
      yield c;
    }
    expect(annualStatistics(gen(), { year: 2024 }).reported).toBe(2);
  });
});

describe("annualStatistics: misuse", () => {
  const secret = "2011-04-09";
  const good = makeTestCase({
    id: "ok",
    birthDate: "2014-01-01",
    reportedAt: "2024-01-15T10:00:00-05:00",
  });

  it("rejects bad options with the option's name, not its value", () => {
    expect(() => annualStatistics([], { year: 2024.5 })).toThrow(/^options\.year /);
    expect(() => annualStatistics([], { year: 2024, ageLimit: 0 })).toThrow(/^options\.ageLimit /);
    expect(() => annualStatistics([], { year: 2024, ageLimit: 17.5 })).toThrow(RangeError);
    expect(() => annualStatistics([], null as never)).toThrow(TypeError);
    expect(() => annualStatistics(42 as never, { year: 2024 })).toThrow(/^cases /);
  });

  it("names the bad case and field, never the value (it may be a birth date)", () => {
    const bad = deepFreeze({ ...good, child: { ...good.child, birthDate: `${secret}x` } });
    let message = "";
    try {
      annualStatistics([good, bad], { year: 2024 });
    } catch (e) {
      message = (e as Error).message;
      expect(e).toBeInstanceOf(RangeError);
    }
    expect(message).toMatch(/^cases\[1\]\.child\.birthDate /);
    expect(message).not.toContain(secret);
    expect(() => annualStatistics([{ ...good, reportedAt: "yesterday" }], { year: 2024 })).toThrow(
      /^cases\[0\]\.reportedAt /,
    );
    expect(() => annualStatistics([{ ...good, timeZone: "Mars/Base" }], { year: 2024 })).toThrow(
      /^cases\[0\]\.timeZone /,
    );
    expect(() =>
      annualStatistics(
        [
          {
            ...good,
            events: [{ type: "clear", at: "2024-02-01T00:00:00Z", disposition: "returned-on-own" }],
          },
        ],
        {
          year: 2024,
        },
      ),
    ).toThrow(/^cases\[0\]\.events\[0\] /);
    expect(() =>
      annualStatistics([{ ...good, events: [{ type: "enter", at: "soon", category: "EMJ" }] }], {
        year: 2024,
      }),
    ).toThrow(/^cases\[0\]\.events\[0\]\.at /);
    expect(() => annualStatistics([null as never], { year: 2024 })).toThrow(/^cases\[0\] must/);
    expect(() =>
      annualStatistics([{ ...good, reportedAs: "lost" as never }], { year: 2024 }),
    ).toThrow(/^cases\[0\]\.reportedAs /);
    expect(() =>
      annualStatistics([{ ...good, child: { ...good.child, birthDate: "2030-01-01" } }], {
        year: 2024,
      }),
    ).toThrow(/^cases\[0\]\.reportedAt must not be before/);
  });

  it("names `c` in the accumulator", () => {
    const acc = createAnnualAccumulator({ year: 2024 });
    expect(() => acc.add({ ...good, reportedAt: "never" })).toThrow(/^c\.reportedAt /);
    expect(() => acc.add({ ...good, events: "none" as never })).toThrow(/^c\.events /);
  });
});

describe("createAnnualAccumulator", () => {
  it("returns snapshots that later adds do not change", () => {
    const acc = createAnnualAccumulator({ year: 2024 });
    const c = makeTestCase({
      id: "s",
      birthDate: "2014-01-01",
      reportedAt: "2024-01-15T10:00:00-05:00",
    });
    acc.add(c);
    const first = acc.result();
    acc.add(c);
    expect(first.reported).toBe(1);
    expect(first.byMonth[0]).toBe(1);
    expect(acc.result().reported).toBe(2);
  });

  it("equals annualStatistics on any input (property)", () => {
    fc.assert(
      fc.property(
        fc.array(arbCase, { maxLength: 40 }),
        fc.integer({ min: 2022, max: 2025 }),
        fc.integer({ min: 1, max: 25 }),
        (cases, year, ageLimit) => {
          const acc = createAnnualAccumulator({ year, ageLimit });
          for (const c of cases) acc.add(c);
          expect(acc.result()).toEqual(annualStatistics(cases, { year, ageLimit }));
        },
      ),
    );
  });

  it("does not depend on the order of the cases (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(arbCase, { maxLength: 30 })
          .chain((cs) =>
            fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length })),
          ),
        ([cases, shuffled]) => {
          expect(annualStatistics(shuffled, { year: 2024 })).toEqual(
            annualStatistics(cases, { year: 2024 }),
          );
        },
      ),
    );
  });

  it("keeps reported = sum of byMonth = sum of byReportedAs, and closed/active within the population (property)", () => {
    fc.assert(
      fc.property(fc.array(arbCase, { maxLength: 40 }), (cases) => {
        const s = annualStatistics(cases, { year: 2024 });
        const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(s.byMonth)).toBe(s.reported);
        expect(sum(Object.values(s.byReportedAs))).toBe(s.reported);
        expect(sum(Object.values(s.byAgeAtReport))).toBe(s.reported);
        expect(s.runawayShare).toBeGreaterThanOrEqual(0);
        expect(s.runawayShare).toBeLessThanOrEqual(1);
        expect(s.closed).toBeLessThanOrEqual(cases.length);
        expect(s.activeAtYearEnd).toBeLessThanOrEqual(cases.length);
      }),
    );
  });

  it("generates valid cases (sanity check of the test arbitrary)", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(parseCase(c).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

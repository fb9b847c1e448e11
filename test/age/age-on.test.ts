import { TZDate } from "@date-fns/tz";
import { differenceInYears } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn, ageRangeOn, ageRangeOnPacked } from "../../src/age/index.js";
import type { AgeOptions } from "../../src/age/options.js";
import { formatPacked } from "../../src/time/packed-date.js";
import { daysInMonth } from "../../src/time/partial-date.js";

const ANN_MAR1 = { rule: "anniversary", leapDay: "mar1" } as const;
const ANN_FEB28 = { rule: "anniversary", leapDay: "feb28" } as const;
const CL_MAR1 = { rule: "common-law", leapDay: "mar1" } as const;
const CL_FEB28 = { rule: "common-law", leapDay: "feb28" } as const;
const ALL_OPTIONS: readonly AgeOptions[] = [ANN_MAR1, ANN_FEB28, CL_MAR1, CL_FEB28];

describe("ageOn: worked examples of AGE-3 and AGE-4", () => {
  it.each([
    ["2008-02-29", "2009-02-28", ANN_MAR1, 0],
    ["2008-02-29", "2009-02-28", ANN_FEB28, 1],
    ["2008-02-29", "2009-03-01", ANN_MAR1, 1],
    ["2008-02-29", "2009-03-01", ANN_FEB28, 1],
    ["2007-05-15", "2025-05-14", { rule: "anniversary" }, 17],
    ["2007-05-15", "2025-05-14", { rule: "common-law" }, 18],
  ] as const)("%s on %s with %o is %i", (dob, on, options, age) => {
    expect(ageOn(dob, on, options)).toBe(age);
  });

  it("defaults to anniversary and mar1", () => {
    expect(ageOn("2008-02-29", "2009-02-28")).toBe(0);
    expect(ageOn("2007-05-15", "2025-05-14")).toBe(17);
    expect(ageOn("2007-05-15", "2025-05-15")).toBe(18);
    expect(ageOn("2007-05-15", "2025-05-14", {})).toBe(17);
    expect(ageOn("2007-05-15", "2025-05-14", { rule: undefined, leapDay: undefined })).toBe(17);
  });
});

describe("ageOn: rule × leapDay around 28 Feb / 29 Feb / 1 Mar", () => {
  // [birth, on, [anniversary+mar1, anniversary+feb28, common-law+mar1, common-law+feb28]]
  const rows: readonly (readonly [string, string, readonly [number, number, number, number]])[] = [
    // 29 February birth, common year 2011: birthday 1 Mar (mar1) or 28 Feb (feb28);
    // common-law attains it the day before (28 Feb, or 27 Feb).
    ["2008-02-29", "2011-02-26", [2, 2, 2, 2]],
    ["2008-02-29", "2011-02-27", [2, 2, 2, 3]],
    ["2008-02-29", "2011-02-28", [2, 3, 3, 3]],
    ["2008-02-29", "2011-03-01", [3, 3, 3, 3]],
    ["2008-02-29", "2011-03-02", [3, 3, 3, 3]],
    // 29 February birth, leap year 2012: the birthday exists; leapDay makes no difference.
    ["2008-02-29", "2012-02-27", [3, 3, 3, 3]],
    ["2008-02-29", "2012-02-28", [3, 3, 4, 4]],
    ["2008-02-29", "2012-02-29", [4, 4, 4, 4]],
    ["2008-02-29", "2012-03-01", [4, 4, 4, 4]],
    // Year 2100 is a common year (divisible by 100), 2000 a leap year (divisible by 400).
    ["2096-02-29", "2100-02-28", [3, 4, 4, 4]],
    ["2096-02-29", "2100-02-27", [3, 3, 3, 4]],
    ["1996-02-29", "2000-02-28", [3, 3, 4, 4]],
    ["1996-02-29", "2000-02-29", [4, 4, 4, 4]],
    // 28 February birth: leapDay never applies.
    ["2008-02-28", "2011-02-26", [2, 2, 2, 2]],
    ["2008-02-28", "2011-02-27", [2, 2, 3, 3]],
    ["2008-02-28", "2011-02-28", [3, 3, 3, 3]],
    ["2008-02-28", "2012-02-27", [3, 3, 4, 4]],
    ["2008-02-28", "2012-02-28", [4, 4, 4, 4]],
    // 1 March birth: the day before is 28 Feb in common years, 29 Feb in leap years.
    ["2008-03-01", "2011-02-27", [2, 2, 2, 2]],
    ["2008-03-01", "2011-02-28", [2, 2, 3, 3]],
    ["2008-03-01", "2011-03-01", [3, 3, 3, 3]],
    ["2008-03-01", "2012-02-28", [3, 3, 3, 3]],
    ["2008-03-01", "2012-02-29", [3, 3, 4, 4]],
    ["2008-03-01", "2012-03-01", [4, 4, 4, 4]],
    ["2007-03-01", "2008-02-29", [0, 0, 1, 1]],
    ["2007-03-01", "2008-02-28", [0, 0, 0, 0]],
  ];
  for (const [birth, on, expected] of rows) {
    it.each(ALL_OPTIONS.map((o, i) => [o.rule, o.leapDay, o, expected[i]] as const))(
      `${birth} on ${on}, %s + %s`,
      (_r, _l, options, age) => {
        expect(ageOn(birth, on, options)).toBe(age);
      },
    );
  }
});

describe("ageOn: year boundaries and the common-law rule", () => {
  it("a 1 January birthday is attained on 31 December under common law", () => {
    expect(ageOn("2007-01-01", "2024-12-31")).toBe(17);
    expect(ageOn("2007-01-01", "2024-12-31", { rule: "common-law" })).toBe(18);
    expect(ageOn("2007-01-01", "2024-12-30", { rule: "common-law" })).toBe(17);
  });

  it("a 31 December birthday", () => {
    expect(ageOn("2006-12-31", "2024-12-30")).toBe(17);
    expect(ageOn("2006-12-31", "2024-12-31")).toBe(18);
    expect(ageOn("2006-12-31", "2024-12-30", { rule: "common-law" })).toBe(18);
    expect(ageOn("2006-12-31", "2024-12-29", { rule: "common-law" })).toBe(17);
  });

  it("is 0 on the birth date under both rules", () => {
    expect(ageOn("2025-06-14", "2025-06-14")).toBe(0);
    expect(ageOn("2025-06-14", "2025-06-14", { rule: "common-law" })).toBe(0);
  });
});

describe("ageRangeOn: partial birth dates (AGE-5)", () => {
  it("a year-only birth date spans the year", () => {
    expect(ageRangeOn("2009", "2025-06-14")).toEqual({ min: 15, max: 16 });
    expect(ageOn("2009", "2025-06-14")).toBeUndefined();
    // On 31 December every 2009 birth date has had its birthday; on 1 January only one.
    expect(ageRangeOn("2009", "2025-12-31")).toEqual({ min: 16, max: 16 });
    expect(ageOn("2009", "2025-12-31")).toBe(16);
    expect(ageRangeOn("2009", "2025-01-01")).toEqual({ min: 15, max: 16 });
    expect(ageRangeOn("2009", "2024-12-31")).toEqual({ min: 15, max: 15 });
    // Common law: 31 December 2024 is the day before 1 January 2025.
    expect(ageRangeOn("2009", "2024-12-31", { rule: "common-law" })).toEqual({
      min: 15,
      max: 16,
    });
    expect(ageRangeOn("2009", "2025-12-30", { rule: "common-law" })).toEqual({
      min: 16,
      max: 16,
    });
  });

  it("a month-only birth date spans the month, leap Februaries included", () => {
    expect(ageRangeOn("2009-06", "2025-05-31")).toEqual({ min: 15, max: 15 });
    expect(ageRangeOn("2009-06", "2025-06-01")).toEqual({ min: 15, max: 16 });
    expect(ageRangeOn("2009-06", "2025-06-30")).toEqual({ min: 16, max: 16 });
    expect(ageOn("2009-06", "2025-06-30")).toBe(16);
    expect(ageRangeOn("2008-02", "2025-02-28")).toEqual({ min: 16, max: 17 });
    expect(ageRangeOn("2008-02", "2025-02-28", { leapDay: "feb28" })).toEqual({
      min: 17,
      max: 17,
    });
    expect(ageRangeOn("2008-02", "2025-03-01")).toEqual({ min: 17, max: 17 });
    expect(ageRangeOn("2008-12", "2025-12-31")).toEqual({ min: 17, max: 17 });
    expect(ageRangeOn("2008-12", "2025-11-30", { rule: "common-law" })).toEqual({
      min: 16,
      max: 17,
    });
    expect(ageRangeOn("2008-12", "2025-11-29", { rule: "common-law" })).toEqual({
      min: 16,
      max: 16,
    });
  });

  it("only counts birth dates on or before `on`", () => {
    expect(ageRangeOn("2025", "2025-01-01")).toEqual({ min: 0, max: 0 });
    expect(ageRangeOn("2025-03", "2025-03-15")).toEqual({ min: 0, max: 0 });
    expect(ageOn("2025", "2025-12-31")).toBe(0);
  });

  it("is exact for a full date", () => {
    expect(ageRangeOn("2009-06-14", "2025-06-14")).toEqual({ min: 16, max: 16 });
  });
});

describe("misuse throws a RangeError naming the parameter, never the value (AGE-6)", () => {
  const throwsNaming = (fn: () => unknown, param: string, secret?: string) => {
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    const message = (error as Error).message;
    expect(message.startsWith(`${param} `)).toBe(true);
    if (secret !== undefined) expect(message).not.toContain(secret);
  };

  it("on before the (earliest possible) birth date", () => {
    throwsNaming(() => ageOn("2009-06-14", "2009-06-13"), "on", "2009-06-13");
    throwsNaming(() => ageOn("2009-06-14", "2009-06-13", { rule: "common-law" }), "on");
    throwsNaming(() => ageRangeOn("2009-06", "2009-05-31"), "on");
    throwsNaming(() => ageRangeOn("2009", "2008-12-31"), "on");
    expect(ageRangeOn("2009-06", "2009-06-01")).toEqual({ min: 0, max: 0 });
  });

  it("unparsable dates", () => {
    throwsNaming(() => ageOn("2009-02-29", "2025-01-01"), "birthDate", "2009-02-29");
    throwsNaming(() => ageOn("June 2009", "2025-01-01"), "birthDate", "June 2009");
    throwsNaming(() => ageOn("2009-13", "2025-01-01"), "birthDate");
    throwsNaming(() => ageOn("2009-06-14", "2025-02-30"), "on", "2025-02-30");
    throwsNaming(() => ageOn("2009-06-14", "2025-06"), "on");
    throwsNaming(() => ageOn("2009-06-14", "2025-06-14T10:00:00Z"), "on");
    throwsNaming(() => ageOn(undefined as unknown as string, "2025-06-14"), "birthDate");
  });

  it("unknown options", () => {
    throwsNaming(
      () => ageOn("2009-06-14", "2025-06-14", { rule: "legal" as "anniversary" }),
      "options.rule",
    );
    throwsNaming(
      () => ageOn("2009-06-14", "2025-06-14", { leapDay: "feb29" as "mar1" }),
      "options.leapDay",
    );
    expect(() => ageOn("2009-06-14", "2025-06-14", null as unknown as AgeOptions)).toThrow(
      TypeError,
    );
  });

  it("ageRangeOnPacked names the parameter it is given", () => {
    expect(() =>
      ageRangeOnPacked({ earliest: 20090614, latest: 20090614 }, 20090613, {}, "c.reportedAt"),
    ).toThrow(/^c\.reportedAt /);
  });
});

describe("properties", () => {
  /** A packed date in 1900–2100. */
  const packed = fc
    .record({
      y: fc.integer({ min: 1900, max: 2100 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => y * 10000 + m * 100 + Math.min(d, daysInMonth(y, m)));
  const options = fc.constantFrom(...ALL_OPTIONS);
  const birthAndTwoDays = fc
    .tuple(packed, packed, packed)
    .map((ds) => [...ds].sort((a, b) => a - b) as [number, number, number]);

  it("age is never negative and never decreases as `on` grows", () => {
    fc.assert(
      fc.property(birthAndTwoDays, options, ([b, on1, on2], o) => {
        const birth = formatPacked(b);
        const a1 = ageOn(birth, formatPacked(on1), o) as number;
        const a2 = ageOn(birth, formatPacked(on2), o) as number;
        expect(a1).toBeGreaterThanOrEqual(0);
        expect(a2).toBeGreaterThanOrEqual(a1);
      }),
    );
  });

  it("on full dates in UTC, the default rule equals date-fns differenceInYears", () => {
    fc.assert(
      fc.property(packed, packed, (x, y) => {
        const [b, on] = x <= y ? [x, y] : [y, x];
        const [birth, day] = [formatPacked(b), formatPacked(on)];
        const toUtc = (p: number) =>
          new TZDate(Math.floor(p / 10000), (Math.floor(p / 100) % 100) - 1, p % 100, "UTC");
        expect(ageOn(birth, day)).toBe(differenceInYears(toUtc(on), toUtc(b)));
      }),
    );
  });

  it("common law is never younger than the anniversary, by at most one year", () => {
    fc.assert(
      fc.property(packed, packed, fc.constantFrom("mar1", "feb28" as const), (x, y, leapDay) => {
        const [b, on] = x <= y ? [x, y] : [y, x];
        const [birth, day] = [formatPacked(b), formatPacked(on)];
        const ann = ageOn(birth, day, { leapDay }) as number;
        const cl = ageOn(birth, day, { rule: "common-law", leapDay }) as number;
        expect(cl - ann).toBeGreaterThanOrEqual(0);
        expect(cl - ann).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("a partial range holds the age of every possible birth date, within one year", () => {
    const partial = fc
      .tuple(fc.integer({ min: 1900, max: 2090 }), fc.option(fc.integer({ min: 1, max: 12 })))
      .map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, "0")}`));
    fc.assert(
      fc.property(partial, fc.integer({ min: 0, max: 400 }), options, (birth, days, o) => {
        const first = Date.UTC(Number(birth.slice(0, 4)), Number(birth.slice(5, 7) || 1) - 1, 1);
        const on = new Date(first + days * 86_400_000 * 30).toISOString().slice(0, 10);
        const { min, max } = ageRangeOn(birth, on, o);
        expect(max - min).toBeLessThanOrEqual(1);
        expect(min).toBeGreaterThanOrEqual(0);
        // Sample a possible birth date on or before `on`.
        const full = birth.length === 4 ? `${birth}-06-15` : `${birth}-15`;
        if (full <= on) {
          const age = ageOn(full, on, o) as number;
          expect(age).toBeGreaterThanOrEqual(min);
          expect(age).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});

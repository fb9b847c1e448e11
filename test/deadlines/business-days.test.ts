import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isObservedFederalHoliday,
  plusBusinessDayNumber,
} from "../../src/deadlines/business-days.js";
import { plusDuration, plusLocalBusinessDays } from "../../src/deadlines/calendar.js";
import { daysFromCivil } from "../../src/time/day-number.js";

const day = daysFromCivil;
const weekday = (n: number) => (n + 4) % 7; // 1970-01-01 was a Thursday (4)

describe("federal holidays on their observed dates (FED-15, FED-16)", () => {
  it.each([
    ["New Year's Day 2025, a Wednesday", 2025, 1, 1],
    ["King's birthday 2025, third Monday of January", 2025, 1, 20],
    ["Washington's Birthday 2025, third Monday of February", 2025, 2, 17],
    ["Memorial Day 2025, last Monday of May", 2025, 5, 26],
    ["Juneteenth 2025, a Thursday", 2025, 6, 19],
    ["Independence Day 2025, a Friday", 2025, 7, 4],
    ["Labor Day 2025, first Monday of September", 2025, 9, 1],
    ["Columbus Day 2025, second Monday of October", 2025, 10, 13],
    ["Veterans Day 2025, a Tuesday", 2025, 11, 11],
    ["Thanksgiving 2025, fourth Thursday of November", 2025, 11, 27],
    ["Christmas 2025, a Thursday", 2025, 12, 25],
    ["New Year's Day 2022 (Saturday) observed Friday 31 December 2021", 2021, 12, 31],
    ["New Year's Day 2023 (Sunday) observed Monday 2 January", 2023, 1, 2],
    ["Juneteenth 2021 (Saturday) observed Friday 18 June", 2021, 6, 18],
    ["Juneteenth 2022 (Sunday) observed Monday 20 June", 2022, 6, 20],
    ["Independence Day 2026 (Saturday) observed Friday 3 July", 2026, 7, 3],
    ["Christmas 2027 (Saturday) observed Friday 24 December", 2027, 12, 24],
  ])("%s", (_, y, m, d) => {
    expect(isObservedFederalHoliday(day(y, m, d))).toBe(true);
  });
  it.each([
    ["Saturday 1 January 2022 itself", 2022, 1, 1],
    ["Sunday 1 January 2023 itself", 2023, 1, 1],
    ["Saturday 4 July 2026 itself", 2026, 7, 4],
    ["Juneteenth 2020, before the holiday existed", 2020, 6, 19],
    ["an ordinary Tuesday, 4 March 2025", 2025, 3, 4],
    ["the Monday after Thanksgiving 2025", 2025, 12, 1],
  ])("not a holiday: %s", (_, y, m, d) => {
    expect(isObservedFederalHoliday(day(y, m, d))).toBe(false);
  });
  it.each([
    [2019, 10], // before Juneteenth
    [2020, 10],
    [2021, 12], // Juneteenth, and New Year's Day 2022 observed on 31 December 2021
    [2022, 10], // its New Year's Day was observed in 2021
    [2025, 11],
  ])("observed holidays in %i: %i, each on a weekday", (y, expected) => {
    const days: number[] = [];
    for (let n = day(y, 1, 1); n <= day(y, 12, 31); n++)
      if (isObservedFederalHoliday(n)) days.push(n);
    expect(days).toHaveLength(expected);
    for (const n of days) expect([0, 6]).not.toContain(weekday(n));
  });
});

describe("business days (FED-17)", () => {
  it("5 business days after Thursday 2 July 2026 skip the observed Independence Day", () => {
    expect(plusBusinessDayNumber(day(2026, 7, 2), 5)).toBe(day(2026, 7, 10));
    expect(plusBusinessDayNumber(day(2025, 7, 2), 5)).toBe(day(2025, 7, 10)); // Fri 4 July skipped
    expect(plusBusinessDayNumber(day(2024, 7, 2), 5)).toBe(day(2024, 7, 10)); // Thu 4 July skipped
    expect(plusBusinessDayNumber(day(2025, 3, 4), 5)).toBe(day(2025, 3, 11)); // no holiday
  });
  it("an observed Sunday holiday: Friday 30 December 2022 + 5 is Monday 9 January 2023", () => {
    expect(plusBusinessDayNumber(day(2022, 12, 30), 5)).toBe(day(2023, 1, 9));
  });
  it("an observed Saturday holiday in the previous year: Thursday 30 December 2021 + 1 is Monday 3 January", () => {
    expect(plusBusinessDayNumber(day(2021, 12, 30), 1)).toBe(day(2022, 1, 3));
  });
  it("the start day counts for nothing, whatever it is; 0 business days is the same day", () => {
    expect(plusBusinessDayNumber(day(2025, 3, 8), 1)).toBe(day(2025, 3, 10)); // Saturday → Monday
    expect(plusBusinessDayNumber(day(2025, 3, 9), 1)).toBe(day(2025, 3, 10)); // Sunday → Monday
    expect(plusBusinessDayNumber(day(2025, 1, 20), 1)).toBe(day(2025, 1, 21)); // a holiday → next
    expect(plusBusinessDayNumber(day(2025, 3, 8), 0)).toBe(day(2025, 3, 8));
  });
  it("property: the result is a business day, exactly n business days after the start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day(1990, 1, 1), max: day(2040, 12, 31) }),
        fc.integer({ min: 1, max: 40 }),
        (start, n) => {
          const end = plusBusinessDayNumber(start, n);
          const isBusiness = (x: number) =>
            ![0, 6].includes(weekday(x)) && !isObservedFederalHoliday(x);
          expect(isBusiness(end)).toBe(true);
          let counted = 0;
          for (let x = start + 1; x <= end; x++) if (isBusiness(x)) counted++;
          expect(counted).toBe(n);
        },
      ),
      { numRuns: 100 },
    );
  });
  it("lands on the same local clock time, across a DST change", () => {
    // Thursday 6 March 2025 10:00 CST + 5 business days = Thursday 13 March 10:00 CDT.
    const at = Date.parse("2025-03-06T10:00:00-06:00");
    expect(new Date(plusLocalBusinessDays(at, 5, "America/Chicago")).toISOString()).toBe(
      "2025-03-13T15:00:00.000Z",
    );
    expect(new Date(plusDuration(at, { businessDays: 5 }, "America/Chicago")).toISOString()).toBe(
      "2025-03-13T15:00:00.000Z",
    );
  });
  it("reads the local date: 23:30 on a Thursday in Los Angeles is already Friday in UTC", () => {
    const at = Date.parse("2026-07-02T23:30:00-07:00");
    expect(new Date(plusLocalBusinessDays(at, 5, "America/Los_Angeles")).toISOString()).toBe(
      "2026-07-11T06:30:00.000Z", // Friday 10 July 23:30 PDT
    );
  });
});

describe("plusDuration (DL-1)", () => {
  const zone = "America/New_York";
  it("hours are exact across a DST change: 2 hours from 01:30 EST on 9 March 2025 is 04:30 EDT", () => {
    const at = Date.parse("2025-03-09T01:30:00-05:00");
    expect(new Date(plusDuration(at, { hours: 2 }, zone)).toISOString()).toBe(
      "2025-03-09T08:30:00.000Z",
    );
    const fall = Date.parse("2025-11-02T01:30:00-04:00");
    expect(new Date(plusDuration(fall, { hours: 2 }, zone)).toISOString()).toBe(
      "2025-11-02T07:30:00.000Z", // 02:30 EST: the repeated hour is counted once
    );
  });
  it("days and months keep the local time; units apply largest first", () => {
    const at = Date.parse("2025-01-31T12:00:00-05:00");
    expect(new Date(plusDuration(at, { months: 1 }, zone)).toISOString()).toBe(
      "2025-02-28T17:00:00.000Z",
    );
    expect(new Date(plusDuration(at, { days: 30 }, zone)).toISOString()).toBe(
      "2025-03-02T17:00:00.000Z",
    );
    expect(new Date(plusDuration(at, { months: 1, days: 1, hours: 1 }, zone)).toISOString()).toBe(
      "2025-03-01T18:00:00.000Z",
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  firstInstantAtWall,
  plusHours,
  plusLocalDays,
  plusLocalMonths,
} from "../../src/deadlines/calendar.js";

const NY = "America/New_York";
const LORD_HOWE = "Australia/Lord_Howe"; // +10:30 / +11:00: a half-hour DST change
const CHATHAM = "Pacific/Chatham"; // +12:45 / +13:45
const KATHMANDU = "Asia/Kathmandu"; // +05:45, no DST
const ms = (s: string) => Date.parse(s);
const iso = (n: number) => new Date(n).toISOString();

const formats = new Map<string, Intl.DateTimeFormat>();

/** The local clock reading of an instant, from Intl (independent of the code under test). */
function wallByIntl(at: number, zone: string): number {
  let f = formats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(zone, f);
  }
  const parts = f.formatToParts(at);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const whole = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return whole + (((at % 1000) + 1000) % 1000);
}

describe("plusHours", () => {
  it("is exact across a DST change (24 h is not a calendar day)", () => {
    expect(iso(plusHours(ms("2025-03-08T12:00:00-05:00"), 24))).toBe("2025-03-09T17:00:00.000Z");
    expect(iso(plusHours(ms("2025-02-02T21:15:00-05:00"), 2))).toBe("2025-02-03T04:15:00.000Z");
  });
});

describe("plusLocalDays: New York", () => {
  it("keeps the local clock time across spring-forward (29 days 23 hours)", () => {
    expect(iso(plusLocalDays(ms("2025-02-20T10:00:00-05:00"), 30, NY))).toBe(
      "2025-03-22T14:00:00.000Z",
    );
  });
  it("keeps the local clock time across fall-back (30 days 1 hour)", () => {
    expect(iso(plusLocalDays(ms("2025-10-20T10:00:00-04:00"), 30, NY))).toBe(
      "2025-11-19T15:00:00.000Z",
    );
  });
  it("gives a local time that spring-forward skips the first valid instant: 03:00 EDT", () => {
    // 02:00–02:59 do not exist on 9 March 2025 in New York; the clock jumps at 07:00Z.
    expect(iso(plusLocalDays(ms("2025-02-07T02:30:00-05:00"), 30, NY))).toBe(
      "2025-03-09T07:00:00.000Z",
    );
    expect(iso(plusLocalDays(ms("2025-02-07T02:00:00-05:00"), 30, NY))).toBe(
      "2025-03-09T07:00:00.000Z",
    );
    // One millisecond before the gap still exists.
    expect(iso(plusLocalDays(ms("2025-02-07T01:59:59.999-05:00"), 30, NY))).toBe(
      "2025-03-09T06:59:59.999Z",
    );
  });
  it("takes the earlier occurrence of a local time that fall-back repeats", () => {
    // 01:00–01:59 happen twice on 2 November 2025: the EDT ones.
    expect(iso(plusLocalDays(ms("2025-10-03T01:30:00-04:00"), 30, NY))).toBe(
      "2025-11-02T05:30:00.000Z",
    );
    expect(iso(plusLocalDays(ms("2025-10-03T01:00:00-04:00"), 30, NY))).toBe(
      "2025-11-02T05:00:00.000Z",
    );
    // 02:00 happens once, in standard time, after the repeated hour.
    expect(iso(plusLocalDays(ms("2025-10-03T02:00:00-04:00"), 30, NY))).toBe(
      "2025-11-02T07:00:00.000Z",
    );
  });
  it("follows the rules in force then: before 2007 DST began on the first Sunday of April", () => {
    // 2 April 2006: 02:30 skipped; 11 March 2006 was still standard time.
    expect(iso(plusLocalDays(ms("2006-03-05T02:30:00-05:00"), 28, NY))).toBe(
      "2006-04-02T07:00:00.000Z",
    );
    expect(iso(plusLocalDays(ms("2006-02-11T02:30:00-05:00"), 28, NY))).toBe(
      "2006-03-11T07:30:00.000Z",
    );
    // 29 October 2006 (the last Sunday of October): 01:30 repeated, the EDT one.
    expect(iso(plusLocalDays(ms("2006-09-29T01:30:00-04:00"), 30, NY))).toBe(
      "2006-10-29T05:30:00.000Z",
    );
    // 5 November 2006 was already standard time (the 2007 rules would say daylight).
    expect(iso(plusLocalDays(ms("2006-10-06T10:00:00-04:00"), 30, NY))).toBe(
      "2006-11-05T15:00:00.000Z",
    );
  });
  it("counts days in the case's zone, not UTC", () => {
    // 23:30 in Los Angeles on 31 January is 1 February in UTC; 30 local days on is 2 March.
    expect(iso(plusLocalDays(ms("2024-01-31T23:30:00-08:00"), 30, "America/Los_Angeles"))).toBe(
      "2024-03-02T07:30:00.000Z",
    );
  });
  it("throws naming the parameter on an unknown zone", () => {
    expect(() => plusLocalDays(0, 1, "Mars/Base", "c.timeZone")).toThrow(
      new RangeError("c.timeZone must be an IANA time zone known to Intl"),
    );
  });
});

describe("plusLocalDays: half-hour and 45-minute offsets", () => {
  it("Lord Howe: a half-hour spring-forward gives 02:00–02:29 the instant of the change", () => {
    // 6 October 2024: 02:00 +10:30 becomes 02:30 +11:00 (15:30Z).
    expect(iso(plusLocalDays(ms("2024-09-06T02:15:00+10:30"), 30, LORD_HOWE))).toBe(
      "2024-10-05T15:30:00.000Z",
    );
    expect(iso(plusLocalDays(ms("2024-09-06T02:30:00+10:30"), 30, LORD_HOWE))).toBe(
      "2024-10-05T15:30:00.000Z",
    );
  });
  it("Lord Howe: a half hour repeated at fall-back takes the earlier (+11:00) instant", () => {
    // 7 April 2024: 02:00 +11:00 becomes 01:30 +10:30, so 01:30–01:59 happen twice.
    expect(iso(plusLocalDays(ms("2024-03-08T01:45:00+11:00"), 30, LORD_HOWE))).toBe(
      "2024-04-06T14:45:00.000Z",
    );
  });
  it("Chatham (+12:45/+13:45): skipped 02:45–03:44, repeated 02:45–03:44", () => {
    // 29 September 2024: 02:45 +12:45 becomes 03:45 +13:45 (14:00Z).
    expect(iso(plusLocalDays(ms("2024-08-30T02:50:00+12:45"), 30, CHATHAM))).toBe(
      "2024-09-28T14:00:00.000Z",
    );
    // 7 April 2024: 03:45 +13:45 becomes 02:45 +12:45: the +13:45 occurrence.
    expect(iso(plusLocalDays(ms("2024-03-08T03:00:00+13:45"), 30, CHATHAM))).toBe(
      "2024-04-06T13:15:00.000Z",
    );
  });
  it("Kathmandu (+05:45, no DST): the same local time, days later", () => {
    expect(iso(plusLocalDays(ms("2025-01-15T23:50:00+05:45"), 30, KATHMANDU))).toBe(
      "2025-02-14T18:05:00.000Z",
    );
  });
  it("Apia skipped 30 December 2011 whole: any time of it becomes 31 December 00:00", () => {
    expect(iso(plusLocalDays(ms("2011-12-29T10:00:00-10:00"), 1, "Pacific/Apia"))).toBe(
      "2011-12-30T10:00:00.000Z",
    );
    expect(iso(plusLocalMonths(ms("2011-11-30T10:00:00-10:00"), 1, "Pacific/Apia"))).toBe(
      "2011-12-30T10:00:00.000Z",
    );
  });
});

describe("plusLocalMonths", () => {
  it("adds calendar months at the same local time across DST", () => {
    expect(iso(plusLocalMonths(ms("2025-02-02T21:15:00-05:00"), 6, NY))).toBe(
      "2025-08-03T01:15:00.000Z",
    );
  });
  it("makes a day the target month lacks its last day", () => {
    // 31 August + 6 months: 28 February, or 29 in a leap year.
    expect(iso(plusLocalMonths(ms("2024-08-31T10:00:00-04:00"), 6, NY))).toBe(
      "2025-02-28T15:00:00.000Z",
    );
    expect(iso(plusLocalMonths(ms("2023-08-31T10:00:00-04:00"), 6, NY))).toBe(
      "2024-02-29T15:00:00.000Z",
    );
    // 31 January + 1 month; 29 February + 12 months.
    expect(iso(plusLocalMonths(ms("2025-01-31T10:00:00+05:45"), 1, KATHMANDU))).toBe(
      "2025-02-28T04:15:00.000Z",
    );
    expect(iso(plusLocalMonths(ms("2024-01-31T10:00:00-05:00"), 1, NY))).toBe(
      "2024-02-29T15:00:00.000Z",
    );
    expect(iso(plusLocalMonths(ms("2024-02-29T10:00:00-05:00"), 12, NY))).toBe(
      "2025-02-28T15:00:00.000Z",
    );
    // The clamped day is a local date: 31 August 23:30 in New York is 1 September in UTC.
    expect(iso(plusLocalMonths(ms("2024-08-31T23:30:00-04:00"), 6, NY))).toBe(
      "2025-03-01T04:30:00.000Z",
    );
  });
  it("crosses a year end, and lands a skipped time on the change", () => {
    expect(iso(plusLocalMonths(ms("2024-09-09T02:30:00-04:00"), 6, NY))).toBe(
      "2025-03-09T07:00:00.000Z",
    );
  });
  it("throws naming the parameter on an unknown zone", () => {
    expect(() => plusLocalMonths(0, 6, "", "c.timeZone")).toThrow(/^c\.timeZone must/);
  });
});

describe("firstInstantAtWall: the first instant whose local clock reads the time or later", () => {
  const zones = [
    NY,
    LORD_HOWE,
    CHATHAM,
    KATHMANDU,
    "Europe/London",
    "America/Sao_Paulo",
    "America/St_Johns",
    "Pacific/Apia",
    "UTC",
  ];
  it("holds in every zone, for any wall time (checked against Intl)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        fc.constantFrom(0, 15, 30, 45),
        (zone, minute, shift) => {
          const wall = (minute - (minute % 60) + shift) * 60_000;
          const r = firstInstantAtWall(wall, zone);
          expect(wallByIntl(r, zone)).toBeGreaterThanOrEqual(wall);
          expect(wallByIntl(r - 1000, zone)).toBeLessThan(wall);
          // No earlier instant within a day reads it (the earlier of two occurrences).
          for (let k = 1; k <= 50; k++) {
            expect(wallByIntl(r - k * 30 * 60_000, zone)).toBeLessThan(wall);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { plusHours, plusLocalDays, plusLocalMonths } from "../../src/deadlines/calendar.js";

const NY = "America/New_York";
const ms = (s: string) => Date.parse(s);
const iso = (n: number) => new Date(n).toISOString();

describe("plusHours", () => {
  it("is exact across a DST change (24 h is not a calendar day)", () => {
    expect(iso(plusHours(ms("2025-03-08T12:00:00-05:00"), 24))).toBe("2025-03-09T17:00:00.000Z");
    expect(iso(plusHours(ms("2025-02-02T21:15:00-05:00"), 2))).toBe("2025-02-03T04:15:00.000Z");
  });
});

describe("plusLocalDays", () => {
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
  it("moves a local time that spring-forward skips forward by the gap", () => {
    // 02:30 does not exist on 9 March 2025 in New York: 03:30 EDT.
    expect(iso(plusLocalDays(ms("2025-02-07T02:30:00-05:00"), 30, NY))).toBe(
      "2025-03-09T07:30:00.000Z",
    );
  });
  it("takes the first occurrence of a local time that fall-back repeats", () => {
    // 01:30 happens twice on 2 November 2025: the EDT one.
    expect(iso(plusLocalDays(ms("2025-10-03T01:30:00-04:00"), 30, NY))).toBe(
      "2025-11-02T05:30:00.000Z",
    );
  });
  it("counts days in the case's zone, not UTC", () => {
    // 23:30 in Los Angeles on 31 January is 1 February in UTC; 30 local days on is 2 March.
    expect(iso(plusLocalDays(ms("2024-01-31T23:30:00-08:00"), 30, "America/Los_Angeles"))).toBe(
      "2024-03-02T07:30:00.000Z",
    );
  });
  it("gives the same answer whatever the host zone (TZDate, not host Date)", () => {
    expect(iso(plusLocalDays(ms("2025-02-20T10:00:00-05:00"), 180, NY))).toBe(
      "2025-08-19T14:00:00.000Z",
    );
  });
  it("throws naming the parameter on an unknown zone", () => {
    expect(() => plusLocalDays(0, 1, "Mars/Base", "c.timeZone")).toThrow(
      new RangeError("c.timeZone must be an IANA time zone known to Intl"),
    );
  });
});

describe("plusLocalMonths", () => {
  it("adds calendar months at the same local time across DST", () => {
    expect(iso(plusLocalMonths(ms("2025-02-02T21:15:00-05:00"), 6, NY))).toBe(
      "2025-08-03T01:15:00.000Z",
    );
  });
  it("clamps a day the target month lacks to its last day, leap years included", () => {
    expect(iso(plusLocalMonths(ms("2024-08-31T10:00:00-04:00"), 6, NY))).toBe(
      "2025-02-28T15:00:00.000Z",
    );
    expect(iso(plusLocalMonths(ms("2023-08-31T10:00:00-04:00"), 6, NY))).toBe(
      "2024-02-29T15:00:00.000Z",
    );
  });
  it("throws naming the parameter on an unknown zone", () => {
    expect(() => plusLocalMonths(0, 6, "", "c.timeZone")).toThrow(/^c\.timeZone must/);
  });
});

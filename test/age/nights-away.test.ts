import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nightsAway } from "../../src/age/index.js";

const NY = "America/New_York";

describe("nightsAway: local midnights crossed", () => {
  it.each([
    ["2025-03-07T16:00:00-05:00", "2025-03-07T23:59:59-05:00", NY, 0],
    ["2025-03-07T16:00:00-05:00", "2025-03-08T00:00:00-05:00", NY, 1],
    ["2025-03-07T00:00:00-05:00", "2025-03-07T23:59:59-05:00", NY, 0],
    // Across spring-forward (9 March 2025) and fall-back (2 November 2025): one night each.
    ["2025-03-08T21:00:00-05:00", "2025-03-09T08:00:00-04:00", NY, 1],
    ["2025-11-01T21:00:00-04:00", "2025-11-02T08:00:00-05:00", NY, 1],
    ["2025-03-01T12:00:00-05:00", "2025-04-01T12:00:00-04:00", NY, 31],
    // UTC instants: the nights are New York's, not UTC's.
    ["2025-03-08T02:30:00Z", "2025-03-08T05:30:00Z", NY, 1],
    ["2025-03-08T02:30:00Z", "2025-03-08T04:30:00Z", NY, 0],
    ["2025-03-08T02:30:00Z", "2025-03-08T04:30:00Z", "UTC", 0],
    ["2025-03-07T23:30:00Z", "2025-03-08T00:30:00Z", "UTC", 1],
    // Same instants, opposite sides of the date line.
    ["2025-01-01T09:00:00Z", "2025-01-01T10:00:00Z", "Pacific/Kiritimati", 1],
    ["2025-01-01T09:00:00Z", "2025-01-01T10:00:00Z", "Pacific/Pago_Pago", 0],
    ["2025-01-01T10:00:00Z", "2025-01-01T11:00:00Z", "Pacific/Pago_Pago", 1],
    // São Paulo skipped midnight on 4 November 2018: the date still changed once.
    ["2018-11-03T22:00:00-03:00", "2018-11-04T02:00:00-02:00", "America/Sao_Paulo", 1],
    // Kiritimati skipped 31 December 1994 altogether: the count is of calendar dates, so 2.
    ["1994-12-30T23:00:00-10:00", "1995-01-01T01:00:00+14:00", "Pacific/Kiritimati", 2],
  ] as const)("%s → %s in %s: %i", (from, to, zone, nights) => {
    expect(nightsAway(from, to, zone)).toBe(nights);
  });

  it("is 0 from an instant to itself, and counts whole days across years", () => {
    expect(nightsAway("2024-02-28T12:00:00Z", "2024-02-28T12:00:00Z", "UTC")).toBe(0);
    expect(nightsAway("2024-01-01T12:00:00Z", "2025-01-01T12:00:00Z", "UTC")).toBe(366);
  });

  it("throws a RangeError naming the parameter", () => {
    expect(() => nightsAway("2025-03-07", "2025-03-08T00:00:00Z", NY)).toThrow(/^from /);
    expect(() => nightsAway("2025-03-07T00:00:00Z", "tomorrow", NY)).toThrow(/^to /);
    expect(() => nightsAway("2025-03-07T00:00:00Z", "2025-03-08T00:00:00Z", "EST5")).toThrow(
      /^timeZone /,
    );
    expect(() => nightsAway("2025-03-08T00:00:00Z", "2025-03-07T00:00:00Z", NY)).toThrow(
      RangeError,
    );
    expect(() => nightsAway("2025-03-08T00:00:00Z", "2025-03-07T00:00:00Z", NY)).toThrow(/^to /);
  });

  it("property: in UTC it is the difference of the ISO dates in days", () => {
    const ms = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(ms, ms, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const days = (t: number) => Date.parse(new Date(t).toISOString().slice(0, 10)) / 86_400_000;
        const iso = (t: number) => new Date(t).toISOString();
        expect(nightsAway(iso(from), iso(to), "UTC")).toBe(days(to) - days(from));
      }),
    );
  });
});

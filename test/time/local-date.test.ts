import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDate, localPacked, zoneOffsetMs } from "../../src/time/local-date.js";

const NY = "America/New_York";

describe("localDate (AGE-1): a report after local midnight in UTC, and the reverse", () => {
  it("uses the zone's date, not the UTC date", () => {
    expect(localDate("2025-03-13T03:30:00Z", NY)).toBe("2025-03-12");
    // 22:00 on 29 February 2024 in New York is 1 March in UTC.
    expect(localDate("2024-02-29T22:00:00-05:00", NY)).toBe("2024-02-29");
    expect(localDate("2024-02-29T22:00:00-05:00", "UTC")).toBe("2024-03-01");
    expect(localDate("2024-03-01T03:00:00Z", NY)).toBe("2024-02-29");
  });
});

describe("localDate: New York DST days, just before and after each midnight", () => {
  it.each([
    // Spring forward, Sunday 9 March 2025 (02:00 EST → 03:00 EDT).
    ["2025-03-09T04:59:59Z", "2025-03-08"], // 23:59:59 EST on the 8th
    ["2025-03-09T05:00:00Z", "2025-03-09"], // 00:00 EST
    ["2025-03-09T06:59:59Z", "2025-03-09"], // 01:59:59 EST, just before the gap
    ["2025-03-09T07:00:00Z", "2025-03-09"], // 03:00 EDT
    ["2025-03-10T03:59:59Z", "2025-03-09"], // 23:59:59 EDT
    ["2025-03-10T04:00:00Z", "2025-03-10"], // 00:00 EDT
    // Fall back, Sunday 2 November 2025 (02:00 EDT → 01:00 EST).
    ["2025-11-02T03:59:59Z", "2025-11-01"], // 23:59:59 EDT on the 1st
    ["2025-11-02T04:00:00Z", "2025-11-02"], // 00:00 EDT
    ["2025-11-02T05:30:00Z", "2025-11-02"], // 01:30 EDT
    ["2025-11-02T06:30:00Z", "2025-11-02"], // 01:30 EST (again)
    ["2025-11-03T04:59:59Z", "2025-11-02"], // 23:59:59 EST
    ["2025-11-03T05:00:00Z", "2025-11-03"], // 00:00 EST
  ])("%s → %s", (at, date) => {
    expect(localDate(at, NY)).toBe(date);
  });

  it("accepts offsets other than Z, and fractional seconds", () => {
    expect(localDate("2025-03-08T23:59:59.999-05:00", NY)).toBe("2025-03-08");
    expect(localDate("2025-03-09T00:00:00.000-05:00", NY)).toBe("2025-03-09");
    expect(localDate("2025-03-09T05:00:00+05:30", NY)).toBe("2025-03-08");
  });
});

describe("localDate: extreme offsets and year boundaries", () => {
  it.each([
    // Pacific/Kiritimati, UTC+14: midnight is 10:00 UTC of the day before.
    ["2024-12-31T09:59:59Z", "Pacific/Kiritimati", "2024-12-31"],
    ["2024-12-31T10:00:00Z", "Pacific/Kiritimati", "2025-01-01"],
    // Pacific/Pago_Pago, UTC−11: midnight is 11:00 UTC.
    ["2025-01-01T10:59:59Z", "Pacific/Pago_Pago", "2024-12-31"],
    ["2025-01-01T11:00:00Z", "Pacific/Pago_Pago", "2025-01-01"],
    // One instant, three different years' dates.
    ["2024-12-31T23:30:00-05:00", NY, "2024-12-31"],
    ["2024-12-31T23:30:00-05:00", "UTC", "2025-01-01"],
    ["2025-01-01T04:30:00Z", "Pacific/Kiritimati", "2025-01-01"],
    ["2025-01-01T04:30:00Z", "Pacific/Pago_Pago", "2024-12-31"],
    // Kiritimati moved from −10 to +14 and skipped 31 December 1994.
    ["1994-12-31T09:59:59Z", "Pacific/Kiritimati", "1994-12-30"],
    ["1994-12-31T10:00:00Z", "Pacific/Kiritimati", "1995-01-01"],
  ])("%s in %s → %s", (at, zone, date) => {
    expect(localDate(at, zone)).toBe(date);
  });
});

describe("half-hour DST and historical odd offsets", () => {
  const LH = "Australia/Lord_Howe";

  it("Lord Howe: +10:30 standard, +11 summer, changing on the half hour", () => {
    // DST starts Sunday 5 October 2025 at 02:00 local (+10:30) = 15:30 UTC on the 4th.
    expect(zoneOffsetMs(Date.parse("2025-10-04T15:29:59Z"), LH)).toBe(10.5 * 3_600_000);
    expect(zoneOffsetMs(Date.parse("2025-10-04T15:30:00Z"), LH)).toBe(11 * 3_600_000);
    // The cached hour on either side of the change stays exact.
    expect(zoneOffsetMs(Date.parse("2025-10-04T15:00:00Z"), LH)).toBe(10.5 * 3_600_000);
    expect(zoneOffsetMs(Date.parse("2025-10-04T15:59:59Z"), LH)).toBe(11 * 3_600_000);
    // Midnight of 5 October is at +10:30; of 6 October at +11.
    expect(localDate("2025-10-04T13:29:59Z", LH)).toBe("2025-10-04");
    expect(localDate("2025-10-04T13:30:00Z", LH)).toBe("2025-10-05");
    expect(localDate("2025-10-05T12:59:59Z", LH)).toBe("2025-10-05");
    expect(localDate("2025-10-05T13:00:00Z", LH)).toBe("2025-10-06");
    // DST ends Sunday 6 April 2025 at 02:00 local (+11) = 15:00 UTC on the 5th.
    expect(localDate("2025-04-05T12:59:59Z", LH)).toBe("2025-04-05");
    expect(localDate("2025-04-05T13:00:00Z", LH)).toBe("2025-04-06");
    expect(localDate("2025-04-06T13:29:59Z", LH)).toBe("2025-04-06");
    expect(localDate("2025-04-06T13:30:00Z", LH)).toBe("2025-04-07");
  });

  it("Monrovia mean time (−0:44:30, until 1972)", () => {
    expect(zoneOffsetMs(Date.parse("1970-06-15T00:00:00Z"), "Africa/Monrovia")).toBe(-2670_000);
    expect(localDate("1970-06-15T00:44:29Z", "Africa/Monrovia")).toBe("1970-06-14");
    expect(localDate("1970-06-15T00:44:30Z", "Africa/Monrovia")).toBe("1970-06-15");
  });

  it("Dublin mean time (−0:25:21, until 1916)", () => {
    expect(localDate("1910-01-01T00:25:20Z", "Europe/Dublin")).toBe("1909-12-31");
    expect(localDate("1910-01-01T00:25:21Z", "Europe/Dublin")).toBe("1910-01-01");
  });

  it("New York local mean time (−4:56:02, until November 1883)", () => {
    expect(localDate("1883-01-01T04:56:01Z", NY)).toBe("1882-12-31");
    expect(localDate("1883-01-01T04:56:02Z", NY)).toBe("1883-01-01");
  });
});

describe("misuse", () => {
  it("throws a RangeError naming the parameter, never the value", () => {
    expect(() => localDate("2025-03-13", NY)).toThrow(RangeError);
    expect(() => localDate("2025-03-13T03:30:00", NY)).toThrow(/^at /);
    expect(() => localDate("2025-03-13T03:30:00Z", "Eastern Time")).toThrow(/^timeZone /);
    expect(() => localDate("2025-03-13T03:30:00Z", "Eastern Time")).not.toThrow(/Eastern/);
    expect(() => localDate("2025-03-13T03:30:00Z", "")).toThrow(/^timeZone /);
  });
});

describe("properties", () => {
  const ZONES = [
    "UTC",
    NY,
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "America/St_Johns",
    "Europe/London",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Australia/Adelaide",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Pacific/Apia",
    // Not Africa/Monrovia (−0:44:30 until 1972) nor Europe/Dublin (−0:25:21 until 1916):
    // @date-fns/tz 1.5.0 reads "GMT-00:44:30" as +0:44:30, so the oracle is wrong there.
  ];
  const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });

  it("in UTC it is the ISO date of the instant", () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const iso = new Date(ms).toISOString();
        expect(localDate(iso, "UTC")).toBe(iso.slice(0, 10));
      }),
    );
  });

  it("equals a TZDate oracle for random instants and zones", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        const t = new TZDate(ms, zone);
        const expected = t.getFullYear() * 10000 + (t.getMonth() + 1) * 100 + t.getDate();
        expect(localPacked(ms, zone)).toBe(expected);
        expect(localDate(new Date(ms).toISOString(), zone)).toBe(
          `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("equals a TZDate oracle in the hours around midnights and DST changes", () => {
    // Instants near local midnights of 2025 DST days, where a wrong offset shows.
    const near = fc
      .tuple(
        fc.constantFrom(
          Date.UTC(2025, 2, 9, 5),
          Date.UTC(2025, 10, 2, 4),
          Date.UTC(2025, 9, 4, 13, 30),
          Date.UTC(2025, 3, 5, 13),
          Date.UTC(2024, 11, 31, 10),
        ),
        fc.integer({ min: -4 * 3_600_000, max: 4 * 3_600_000 }),
      )
      .map(([base, delta]) => base + delta);
    fc.assert(
      fc.property(near, fc.constantFrom(...ZONES), (ms, zone) => {
        const t = new TZDate(ms, zone);
        expect(localPacked(ms, zone)).toBe(
          t.getFullYear() * 10000 + (t.getMonth() + 1) * 100 + t.getDate(),
        );
      }),
      { numRuns: 500 },
    );
  });
});

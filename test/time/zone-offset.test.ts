import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { zoneOffsetMs } from "../../src/time/zone-offset.js";

const H = 3_600_000;

/** The offset TZDate reports, in ms (whole minutes: only for zones without odd seconds). */
const oracle = (ms: number, zone: string) => -new TZDate(ms, zone).getTimezoneOffset() * 60_000;

describe("zoneOffsetMs", () => {
  it("changes at the exact second on DST days, before and after caching", () => {
    const NY = "America/New_York";
    const before = Date.parse("2025-03-09T06:59:59Z");
    const after = Date.parse("2025-03-09T07:00:00Z");
    for (let pass = 0; pass < 2; pass++) {
      expect(zoneOffsetMs(before, NY)).toBe(-5 * H);
      expect(zoneOffsetMs(after, NY)).toBe(-4 * H);
      expect(zoneOffsetMs(Date.parse("2025-11-02T05:59:59Z"), NY)).toBe(-4 * H);
      expect(zoneOffsetMs(Date.parse("2025-11-02T06:00:00Z"), NY)).toBe(-5 * H);
    }
  });

  it("agrees with TZDate through 2024: every 3 hours, and every 10 minutes near changes", () => {
    // 2024 changes: New York 10 Mar / 3 Nov, Lord Howe 7 Apr / 6 Oct (half-hour),
    // London 31 Mar / 27 Oct, Chatham (+12:45/+13:45) 7 Apr / 29 Sep.
    const zones = {
      "America/New_York": ["2024-03-10", "2024-11-03"],
      "Australia/Lord_Howe": ["2024-04-06", "2024-10-05"],
      "Europe/London": ["2024-03-31", "2024-10-27"],
      "Pacific/Chatham": ["2024-04-06", "2024-09-28"],
    };
    const check = (ms: number, zone: string) => {
      if (zoneOffsetMs(ms, zone) !== oracle(ms, zone)) {
        expect.fail(`${zone} at ${new Date(ms).toISOString()}`);
      }
    };
    const start = Date.UTC(2024, 0, 1);
    for (const [zone, days] of Object.entries(zones)) {
      for (let ms = start; ms < start + 366 * 24 * H; ms += 3 * H) check(ms, zone);
      for (const day of days) {
        const from = Date.parse(`${day}T00:00:00Z`) - 24 * H;
        for (let ms = from; ms < from + 72 * H; ms += 10 * 60_000) check(ms, zone);
      }
    }
  });

  it("stays correct when the bounded cache resets", () => {
    // One lookup per ~11-year chunk across 0000–9999 fills more chunks than the limit.
    const zone = "Asia/Tokyo";
    const year = 365.2425 * 24 * H;
    const from = Date.UTC(2000, 0, 1) - 2000 * year;
    for (let ms = from; ms < Date.UTC(9999, 0, 1); ms += 11 * year) zoneOffsetMs(ms, zone);
    expect(zoneOffsetMs(Date.UTC(2025, 5, 1), zone)).toBe(9 * H);
    expect(zoneOffsetMs(Date.UTC(2025, 5, 1), "America/New_York")).toBe(-4 * H);
  });

  it("refuses times that are not finite and unknown zones", () => {
    expect(() => zoneOffsetMs(Number.NaN, "UTC")).toThrow(RangeError);
    expect(() => zoneOffsetMs(Number.POSITIVE_INFINITY, "UTC")).toThrow(RangeError);
    expect(() => zoneOffsetMs(0, "Not/AZone", "c.timeZone")).toThrow(/^c\.timeZone /);
  });
});

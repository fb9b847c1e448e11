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

  it("agrees with TZDate hour by hour through a year of DST zones", () => {
    const zones = ["America/New_York", "Australia/Lord_Howe", "Europe/London", "Pacific/Chatham"];
    const start = Date.UTC(2024, 0, 1);
    for (const zone of zones) {
      for (let ms = start; ms < start + 366 * 24 * H; ms += 30 * 60_000) {
        if (zoneOffsetMs(ms, zone) !== oracle(ms, zone)) {
          expect.fail(`${zone} at ${new Date(ms).toISOString()}`);
        }
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

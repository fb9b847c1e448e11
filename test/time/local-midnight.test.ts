import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localPacked } from "../../src/time/local-date.js";
import { localMidnightMs } from "../../src/time/local-midnight.js";

const iso = (ms: number) => new Date(ms).toISOString();

describe("localMidnightMs", () => {
  it("is 00:00 local time in New York, winter and summer", () => {
    expect(iso(localMidnightMs(20250101, "America/New_York"))).toBe("2025-01-01T05:00:00.000Z");
    expect(iso(localMidnightMs(20250701, "America/New_York"))).toBe("2025-07-01T04:00:00.000Z");
  });

  it("handles the days of the DST changes (the change is at 02:00, after midnight)", () => {
    expect(iso(localMidnightMs(20250309, "America/New_York"))).toBe("2025-03-09T05:00:00.000Z");
    expect(iso(localMidnightMs(20250310, "America/New_York"))).toBe("2025-03-10T04:00:00.000Z");
    expect(iso(localMidnightMs(20251102, "America/New_York"))).toBe("2025-11-02T04:00:00.000Z");
    expect(iso(localMidnightMs(20251103, "America/New_York"))).toBe("2025-11-03T05:00:00.000Z");
  });

  it("gives the first instant that exists when DST skips midnight (São Paulo, 2018-11-04)", () => {
    const ms = localMidnightMs(20181104, "America/Sao_Paulo");
    expect(iso(ms)).toBe("2018-11-04T03:00:00.000Z"); // 01:00 local
    expect(localPacked(ms, "America/Sao_Paulo")).toBe(20181104);
    expect(localPacked(ms - 1000, "America/Sao_Paulo")).toBe(20181103);
  });

  it("works east of UTC and across the date line", () => {
    expect(iso(localMidnightMs(20250101, "Asia/Tokyo"))).toBe("2024-12-31T15:00:00.000Z");
    expect(iso(localMidnightMs(20250101, "Pacific/Kiritimati"))).toBe("2024-12-31T10:00:00.000Z");
    expect(iso(localMidnightMs(20250101, "UTC"))).toBe("2025-01-01T00:00:00.000Z");
  });

  it("throws a RangeError naming the parameter for an unknown zone", () => {
    expect(() => localMidnightMs(20250101, "Mars/Olympus", "c.timeZone")).toThrow(
      /^c\.timeZone must be an IANA time zone/,
    );
  });

  it("is the first instant of its local date (property)", () => {
    const zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "America/Sao_Paulo"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (zone, ms) => {
          const date = localPacked(ms, zone);
          const start = localMidnightMs(date, zone);
          expect(localPacked(start, zone)).toBe(date);
          expect(localPacked(start - 1, zone)).toBeLessThan(date);
          expect(start).toBeLessThanOrEqual(ms);
        },
      ),
    );
  });
});

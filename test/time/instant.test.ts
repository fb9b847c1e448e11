import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  ISO_DATE_PATTERN,
  ISO_DATE_TIME_PATTERN,
  instantMs,
  packedDate,
  tryInstantMs,
} from "../../src/time/instant.js";
import { formatPacked } from "../../src/time/packed-date.js";
import { dateLike, instantLike as timeLike } from "./iso-like.js";

const zodDate = z.iso.date();
const zodDateTime = z.iso.datetime({ offset: true });

describe("ISO patterns agree with zod", () => {
  it("ISO_DATE_PATTERN accepts exactly what z.iso.date() accepts", () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (s) => {
        expect(ISO_DATE_PATTERN.test(s)).toBe(zodDate.safeParse(s).success);
      }),
      { numRuns: 5000 },
    );
  });

  it("ISO_DATE_TIME_PATTERN accepts exactly what z.iso.datetime({ offset: true }) accepts", () => {
    fc.assert(
      fc.property(fc.oneof(timeLike, fc.string()), (s) => {
        expect(ISO_DATE_TIME_PATTERN.test(s)).toBe(zodDateTime.safeParse(s).success);
      }),
      { numRuns: 5000 },
    );
  });

  it("tryInstantMs reads every matching date-time as Date.parse does, and nothing else", () => {
    fc.assert(
      fc.property(timeLike, (s) => {
        // Oracle: Date.parse on the fraction cut to milliseconds (V8 misreads 10+ fraction
        // digits: "…00.0070000000Z" parses as 70 ms).
        const ms = Date.parse(s.replace(/\.(\d{1,3})\d*/, ".$1"));
        if (ISO_DATE_TIME_PATTERN.test(s)) expect(tryInstantMs(s)).toBe(ms);
        else expect(tryInstantMs(s)).toBeNaN();
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a long fraction as milliseconds, truncated", () => {
    expect(tryInstantMs("2025-01-01T00:00:00.0070000000Z")).toBe(Date.UTC(2025, 0, 1) + 7);
    expect(tryInstantMs("2025-01-01T00:00:00.9999Z")).toBe(Date.UTC(2025, 0, 1) + 999);
  });

  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2025-04-31", false],
    ["2025-12-31", true],
    ["2025-1-01", false],
    ["2025-01-01 ", false],
  ])("date %s → %s", (s, ok) => {
    expect(ISO_DATE_PATTERN.test(s)).toBe(ok);
    expect(zodDate.safeParse(s).success).toBe(ok);
  });

  it.each([
    ["2025-03-11T14:05:00-04:00", true],
    ["2025-03-11T14:05:00.123Z", true],
    ["2025-03-11T14:05:00+23:59", true],
    ["2025-03-11T14:05-04:00", false], // RFC 3339 requires seconds with an offset
    ["2025-03-11T14:05:00", false], // no offset: names no instant
    ["2025-03-11T24:00:00Z", false],
    ["2025-03-11T14:05:00+24:00", false],
    ["2025-03-11t14:05:00Z", false],
    ["2025-03-11 14:05:00Z", false],
  ])("date-time %s → %s", (s, ok) => {
    expect(ISO_DATE_TIME_PATTERN.test(s)).toBe(ok);
    expect(zodDateTime.safeParse(s).success).toBe(ok);
  });
});

describe("instantMs", () => {
  it("reads offsets", () => {
    expect(instantMs("2025-03-11T14:05:00-04:00", "at")).toBe(Date.UTC(2025, 2, 11, 18, 5));
  });
  it("throws a RangeError naming the parameter, never the value", () => {
    expect(() => instantMs("2009-06-14T10:00:00", "reportedAt")).toThrow(RangeError);
    try {
      instantMs("2009-06-14T10:00:00", "reportedAt");
    } catch (e) {
      expect((e as Error).message).toContain("reportedAt");
      expect((e as Error).message).not.toContain("2009");
    }
  });
  it("tryInstantMs is NaN for non-strings", () => {
    expect(tryInstantMs(42)).toBeNaN();
    expect(tryInstantMs(null)).toBeNaN();
  });
});

describe("packed dates", () => {
  it("round-trips through formatPacked", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(0, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const s = d.toISOString().slice(0, 10);
          if (!ISO_DATE_PATTERN.test(s)) return; // years before 1000 print as +0000xx
          expect(formatPacked(packedDate(s, "d"))).toBe(s);
        },
      ),
    );
  });
  it("packedDate throws naming the parameter", () => {
    expect(() => packedDate("2023-02-29", "on")).toThrow(/^on must/);
    expect(() => packedDate(20230228, "on")).toThrow(RangeError);
  });
});

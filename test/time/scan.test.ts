/**
 * The hand-written scanners of instant.ts and partial-date.ts accept exactly what the
 * regexes (which mirror zod) accept, and compute what Date.parse computes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ISO_DATE_PATTERN,
  ISO_DATE_TIME_PATTERN,
  packedDate,
  tryInstantMs,
} from "../../src/time/instant.js";
import { tryDateBounds } from "../../src/time/partial-date.js";
import { dateLike, digits, instantLike, twoDigits } from "./iso-like.js";

const PARTIAL = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

const oracleMs = (s: string) => (ISO_DATE_TIME_PATTERN.test(s) ? Date.parse(s) : Number.NaN);
/** V8's Date.parse misreads fractions of 10+ digits (".0090000000" → 90 ms), so skip those. */
const LONG_FRACTION = /\.\d{10,}/;

describe("tryInstantMs", () => {
  it("equals the regex + Date.parse on instant-like strings", () => {
    fc.assert(
      fc.property(instantLike, (s) => {
        if (LONG_FRACTION.test(s)) {
          expect(Number.isNaN(tryInstantMs(s))).toBe(!ISO_DATE_TIME_PATTERN.test(s));
        } else expect(tryInstantMs(s)).toBe(oracleMs(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("equals Date.parse on every valid instant 0000–9999", () => {
    const ms = fc.integer({
      min: Date.UTC(0, 0, 1) - 62_135_596_800_000,
      max: 253_402_300_799_999,
    });
    const offset = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });
    fc.assert(
      fc.property(ms, offset, fc.integer({ min: 0, max: 3 }), (t, off, fracDigits) => {
        const local = new Date(t + off * 60_000).toISOString(); // "YYYY-MM-DDTHH:MM:SS.mmmZ"
        if (local.startsWith("+") || local.startsWith("-")) return; // outside 0000–9999
        const sign = off < 0 ? "-" : "+";
        const a = Math.abs(off);
        const zone =
          off === 0
            ? "Z"
            : `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
        const frac = fracDigits === 0 ? "" : local.slice(19, 20 + fracDigits);
        const s = `${local.slice(0, 19)}${frac}${zone}`;
        expect(tryInstantMs(s)).toBe(oracleMs(s));
        expect(Number.isNaN(tryInstantMs(s))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    "2025-03-07T21:15:00-05:00",
    "2024-02-29T23:59:59.999999+14:00",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.9-23:59",
    "1969-12-31T23:59:59.5Z",
  ])("parses %s like Date.parse", (s) => {
    expect(tryInstantMs(s)).toBe(Date.parse(s));
  });

  it.each([
    "2025-02-29T00:00:00Z",
    "2025-03-07T24:00:00Z",
    "2025-03-07T21:15:60Z",
    "2025-03-07T21:15Z",
    "2025-03-07T21:15:00",
    "2025-03-07T21:15:00.Z",
    "2025-03-07T21:15:00+0500",
    "2025-03-07T21:15:00+24:00",
    "2025-03-07T21:15:00-05:60",
    "2025-03-07t21:15:00Z",
    "2025-03-07T21:15:00z",
    "2025-03-07T21:15:00ZZ",
    " 2025-03-07T21:15:00Z",
  ])("rejects %s", (s) => {
    expect(tryInstantMs(s)).toBeNaN();
  });

  it("truncates any fraction to the millisecond (where V8's Date.parse errs)", () => {
    expect(tryInstantMs("2025-01-01T00:00:00.0090000000Z")).toBe(Date.UTC(2025, 0, 1) + 9);
    expect(tryInstantMs("2025-01-01T00:00:00.12345678912Z")).toBe(Date.UTC(2025, 0, 1) + 123);
  });

  it("rejects non-strings", () => {
    expect(tryInstantMs(undefined)).toBeNaN();
    expect(tryInstantMs(1_700_000_000_000)).toBeNaN();
  });
});

describe("packedDate and tryDateBounds", () => {
  const partialLike = fc.oneof(
    dateLike,
    fc
      .tuple(digits(3, 5), fc.option(fc.tuple(fc.constantFrom("-", "/"), twoDigits(13))))
      .map(([y, m]) => (m === null ? y : `${y}${m[0]}${m[1]}`)),
  );

  it("packedDate accepts exactly ISO_DATE_PATTERN", () => {
    fc.assert(
      fc.property(dateLike, (s) => {
        const ok = ISO_DATE_PATTERN.test(s);
        if (ok) {
          expect(packedDate(s, "on")).toBe(Number(s.replaceAll("-", "")));
        } else expect(() => packedDate(s, "on")).toThrow(RangeError);
      }),
      { numRuns: 1500 },
    );
  });

  it("tryDateBounds accepts exactly full dates, YYYY-MM and YYYY", () => {
    fc.assert(
      fc.property(partialLike, (s) => {
        const ok = ISO_DATE_PATTERN.test(s) || PARTIAL.test(s);
        expect(tryDateBounds(s) !== undefined).toBe(ok);
      }),
      { numRuns: 1500 },
    );
  });

  it("gives the bounds of partial dates", () => {
    expect(tryDateBounds("2024-02")).toEqual({ earliest: 20240201, latest: 20240229 });
    expect(tryDateBounds("2023-02")).toEqual({ earliest: 20230201, latest: 20230228 });
    expect(tryDateBounds("2009")).toEqual({ earliest: 20090101, latest: 20091231 });
    expect(tryDateBounds("2009-06-14")).toEqual({ earliest: 20090614, latest: 20090614 });
    expect(tryDateBounds("2009-00")).toBeUndefined();
    expect(tryDateBounds("2009-6")).toBeUndefined();
    expect(tryDateBounds(2009)).toBeUndefined();
  });
});

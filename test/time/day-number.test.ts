import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, nextDay } from "../../src/time/day-number.js";
import { daysInMonth } from "../../src/time/partial-date.js";

describe("nextDay", () => {
  it.each([
    [20240228, 20240229],
    [20240229, 20240301],
    [20230228, 20230301],
    [21000228, 21000301],
    [20000228, 20000229],
    [20241231, 20250101],
    [20240430, 20240501],
    [20240115, 20240116],
    [99991230, 99991231],
  ])("%i → %i", (p, next) => {
    expect(nextDay(p)).toBe(next);
  });
});

describe("dayNumber", () => {
  it("counts days from 1970-01-01, years below 100 included", () => {
    expect(dayNumber(19700101)).toBe(0);
    expect(dayNumber(19691231)).toBe(-1);
    expect(dayNumber(20250101) - dayNumber(20240101)).toBe(366);
    expect(dayNumber(1010101) - dayNumber(1000101)).toBe(365);
    expect(dayNumber(500301) - dayNumber(500228)).toBe(1);
  });

  it("property: the next day is one day later", () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1, max: 9998 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ y, m, d }) => y * 10000 + m * 100 + Math.min(d, daysInMonth(y, m)));
    fc.assert(
      fc.property(date, (p) => {
        expect(dayNumber(nextDay(p)) - dayNumber(p)).toBe(1);
      }),
    );
  });
});

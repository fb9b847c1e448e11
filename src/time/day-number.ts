/**
 * Whole-day arithmetic on packed dates (`yyyymmdd`) and epoch day numbers, by integer
 * arithmetic only: the bulk paths call these millions of times and must not allocate.
 * @module
 */
import type { PackedDate } from "./packed-date.js";

/** Days in a 400-year Gregorian cycle. */
const CYCLE = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH = 719_468;

/**
 * Whether a year is a Gregorian leap year (2000 and 2024 are; 2100 and 2023 are not).
 * @example
 * ```ts
 * isLeapYear(2000); // true
 * isLeapYear(2100); // false
 * ```
 * @internal
 */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Days in a month of a year (Gregorian, proleptic).
 * @example
 * ```ts
 * monthDays(2024, 2); // 29
 * monthDays(2100, 2); // 28
 * ```
 * @internal
 */
export function monthDays(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of year, month (1–12) and day, proleptic Gregorian (years 0–9999
 * included). The algorithm counts years from 1 March so that the leap day ends the year:
 * H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil.
 * @example
 * ```ts
 * daysFromCivil(1970, 1, 1); // 0
 * daysFromCivil(2000, 3, 1); // 11017
 * ```
 * @internal
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const ym = m <= 2 ? y - 1 : y;
  // Integer division (`| 0`) where it equals floor: every count here is non-negative but the
  // era of a year before 1 BC. It makes this a third cheaper, and every instant parsed uses it.
  const era = ym >= 0 ? (ym / 400) | 0 : Math.floor(ym / 400);
  const yoe = ym - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  return era * CYCLE + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - EPOCH;
}

/**
 * The packed date of a day number (the inverse of {@link daysFromCivil}; Hinnant's
 * civil_from_days).
 * @example
 * ```ts
 * packedFromDays(0);     // 19700101
 * packedFromDays(11017); // 20000301
 * ```
 * @internal
 */
export function packedFromDays(days: number): PackedDate {
  const z = days + EPOCH;
  const era = Math.floor(z / CYCLE);
  const doe = z - era * CYCLE;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 10000 + m * 100 + d;
}

/**
 * Days since 1970-01-01 of a packed date, so that the difference of two dates is a count of
 * midnights.
 * @example
 * ```ts
 * dayNumber(20250101) - dayNumber(20240101); // 366
 * ```
 * @internal
 */
export function dayNumber(p: PackedDate): number {
  return daysFromCivil(Math.floor(p / 10000), Math.floor(p / 100) % 100, p % 100);
}

/**
 * The day after a packed date (2024-02-28 → 2024-02-29, 2023-12-31 → 2024-01-01).
 * @example
 * ```ts
 * nextDay(20240228); // 20240229
 * nextDay(20231231); // 20240101
 * ```
 * @internal
 */
export function nextDay(p: PackedDate): PackedDate {
  const y = Math.floor(p / 10000);
  const m = Math.floor(p / 100) % 100;
  if (p % 100 < monthDays(y, m)) return p + 1;
  return m < 12 ? y * 10000 + (m + 1) * 100 + 1 : (y + 1) * 10000 + 101;
}

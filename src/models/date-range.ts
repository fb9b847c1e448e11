/**
 * The years a record's dates and instants may lie in (`LIMITS.minYear`–`LIMITS.maxYear`): as
 * written, in UTC, and in the record's time zone. Every date the library derives from them
 * (a local date, a deadline months later) then has four digits.
 * @module
 */
import { scanDigits, tryInstantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import { LIMITS } from "./limits.js";

const DAY = 86_400_000;
/** The first instant of the first year, and the first instant after the last year (UTC). */
const FIRST_MS = Date.UTC(LIMITS.minYear, 0, 1);
const END_MS = Date.UTC(LIMITS.maxYear + 1, 0, 1);

/**
 * A date or instant whose written year is in range: `1800`–`2999` at the start of the text
 * (then `-` or the end, so a partial birth date `YYYY` matches too). For the JSON Schemas
 * (see {@link YEAR_IN_RANGE_META}); the parse checks the same with {@link writtenYearInRange}.
 * @internal
 */
export const YEAR_IN_RANGE = /^(?:1[89]|2\d)\d\d(?:-|$)/;

/**
 * Zod metadata that puts {@link YEAR_IN_RANGE} into a string's JSON Schema beside its own
 * pattern. A metadata entry rather than a second `regex()` check: the parse checks the year
 * from its digits, which costs less than a second regex on every date of every record.
 * @internal
 */
export const YEAR_IN_RANGE_META = { allOf: [{ pattern: YEAR_IN_RANGE.source }] };

/**
 * Whether the year written at the start of a date or instant (already well formed) is in
 * range.
 *
 * @example
 * ```ts
 * writtenYearInRange("1799-12-31"); // false
 * ```
 * @internal
 */
export function writtenYearInRange(text: string): boolean {
  const year = scanDigits(text, 0, 4);
  return year >= LIMITS.minYear && year <= LIMITS.maxYear;
}

/**
 * Whether an instant (already a valid RFC 3339 instant) lies in range as written and in UTC.
 *
 * @example
 * ```ts
 * instantInRange("2999-12-31T23:00:00-05:00"); // false: 3000-01-01T04:00Z
 * ```
 * @internal
 */
export function instantInRange(at: string): boolean {
  // Written in a year strictly inside the range, the instant is inside in UTC too (offsets are
  // under a day): only the first and last years need the whole instant.
  const year = scanDigits(at, 0, 4);
  if (year > LIMITS.minYear && year < LIMITS.maxYear) return true;
  if (year < LIMITS.minYear || year > LIMITS.maxYear) return false;
  const ms = tryInstantMs(at);
  return ms >= FIRST_MS && ms < END_MS;
}

/**
 * Whether the local date of an instant (in range in UTC) in `zone` is in range too: only an
 * instant within a day of either end can fall outside, as no zone is a day from UTC.
 *
 * @example
 * ```ts
 * localYearInRange(Date.parse("2999-12-31T20:00:00Z"), "Pacific/Kiritimati"); // false
 * ```
 * @internal
 */
export function localYearInRange(ms: number, zone: string): boolean {
  if (ms >= FIRST_MS + DAY && ms < END_MS - DAY) return true;
  const year = Math.floor(localPacked(ms, zone) / 10000);
  return year >= LIMITS.minYear && year <= LIMITS.maxYear;
}

/**
 * Ages in completed years between a (possibly partial) birth date and a calendar date, by
 * integer arithmetic on packed `yyyymmdd` dates (AGE-2 … AGE-6).
 * @module
 */
import { isLeapYear, nextDay } from "../time/day-number.js";
import { packedDate } from "../time/instant.js";
import type { PackedDate } from "../time/packed-date.js";
import { type DateBounds, dateBounds } from "../time/partial-date.js";
import {
  type AgeOptions,
  type AgeRange,
  type ResolvedAgeOptions,
  resolveAgeOptions,
} from "./options.js";

/**
 * Completed years from `birth` to `on` (AGE-2: floor, never rounded). The birthday of a
 * 29 February birth in a common year is 1 March or 28 February (AGE-4). The common-law rule
 * (AGE-3) attains each age the day before the birthday, which is the anniversary age of
 * the next day; with AGE-4 that is the day before the mar1/feb28 birthday (Choice).
 */
function completedYears(birth: PackedDate, on: PackedDate, o: ResolvedAgeOptions): number {
  const day = o.commonLaw ? nextDay(on) : on;
  const by = Math.floor(birth / 10000);
  const y = Math.floor(day / 10000);
  let birthday = birth - by * 10000; // mmdd
  if (birthday === 229 && !isLeapYear(y)) birthday = o.feb28 ? 228 : 301;
  return y - by - (day - y * 10000 < birthday ? 1 : 0);
}

/**
 * The age range on a packed date over the possible birth dates in `bounds` on or before
 * `on`: the bulk path behind every age function (no strings, no `Date`).
 *
 * Rules: AGE-2 completed years; AGE-3 `rule`; AGE-4 `leapDay`; AGE-5 a partial birth date
 * gives the ages of its earliest and latest possible dates (the age never grows as the
 * birth date moves later, so the ends are the bounds); AGE-6 `on` before the earliest
 * possible birth date throws a `RangeError` naming `param` (default `"on"`). Sources: see
 * {@link ageOn}.
 *
 * @example
 * ```ts
 * ageRangeOnPacked({ earliest: 20090101, latest: 20091231 }, 20250614); // { min: 15, max: 16 }
 * ```
 * @internal
 */
export function ageRangeOnPacked(
  bounds: DateBounds,
  on: PackedDate,
  options?: AgeOptions,
  param = "on",
): AgeRange {
  const o = resolveAgeOptions(options);
  const latest = latestOnOrBefore(bounds, on, param);
  return { min: completedYears(latest, on, o), max: completedYears(bounds.earliest, on, o) };
}

/**
 * The age when every possible birth date gives the same one, else `undefined`: the same as
 * {@link ageRangeOnPacked} and comparing, without allocating a range (the bulk path of
 * `ageAtReport`).
 * @example
 * ```ts
 * exactAgeOnPacked({ earliest: 20090601, latest: 20090630 }, 20250701, undefined, "on"); // 16
 * ```
 * @internal
 */
export function exactAgeOnPacked(
  bounds: DateBounds,
  on: PackedDate,
  options: AgeOptions | undefined,
  param: string,
): number | undefined {
  return exactAgeBetween(bounds.earliest, bounds.latest, on, options, param);
}

/**
 * {@link exactAgeOnPacked} with the bounds as two packed dates (no bounds object: the bulk
 * path of a full birth date, whose bounds are one date).
 * @example
 * ```ts
 * exactAgeBetween(20090614, 20090614, 20250614, undefined, "on"); // 16
 * ```
 * @internal
 */
export function exactAgeBetween(
  earliest: PackedDate,
  latestBirth: PackedDate,
  on: PackedDate,
  options: AgeOptions | undefined,
  param: string,
): number | undefined {
  const o = resolveAgeOptions(options);
  if (on < earliest) {
    throw new RangeError(`${param} must not be before the earliest possible birth date`);
  }
  const latest = latestBirth < on ? latestBirth : on;
  const min = completedYears(latest, on, o);
  return latest === earliest || completedYears(earliest, on, o) === min ? min : undefined;
}

/** The latest possible birth date on or before `on`; AGE-6: throws when there is none. */
function latestOnOrBefore(bounds: DateBounds, on: PackedDate, param: string): PackedDate {
  if (on < bounds.earliest) {
    throw new RangeError(`${param} must not be before the earliest possible birth date`);
  }
  return bounds.latest < on ? bounds.latest : on;
}

/**
 * The least and greatest age in completed years on the date `on` that a full (`YYYY-MM-DD`)
 * or partial (`YYYY-MM`, `YYYY`) birth date allows, over the possible birth dates on or
 * before `on`.
 *
 * - AGE-2 (unverified): completed years, never rounded.
 * - AGE-3: `rule: 'anniversary'` (default) or `'common-law'` (the day before the birthday).
 * - AGE-4: the birthday of 29 February in a common year, `leapDay: 'mar1'` (default) or
 *   `'feb28'` (unverified).
 * - AGE-5 (choice): a partial birth date gives a range.
 * - AGE-6 (choice): throws a `RangeError` naming `on` when `on` is before the earliest
 *   possible birth date, `birthDate` or `on` when unparsable, `options.rule` /
 *   `options.leapDay` on an unknown option.
 *
 * @example
 * ```ts
 * ageRangeOn("2009", "2025-06-14");       // { min: 15, max: 16 }
 * ageRangeOn("2009-06", "2025-06-14");    // { min: 15, max: 16 }
 * ageRangeOn("2009-06-14", "2025-06-14"); // { min: 16, max: 16 }
 * ageRangeOn("2025", "2025-03-01");       // { min: 0, max: 0 } (births after 1 March excluded)
 * ```
 * @see `docs/rules.md#age-2`
 * @see `docs/rules.md#age-3`
 * @see `docs/rules.md#age-4`
 * @see `docs/rules.md#age-5`
 * @see `docs/rules.md#age-6`
 */
export function ageRangeOn(birthDate: string, on: string, options?: AgeOptions): AgeRange {
  return ageRangeOnPacked(dateBounds(birthDate, "birthDate"), packedDate(on, "on"), options);
}

/**
 * Age in completed years on the calendar date `on` (`YYYY-MM-DD`), or `undefined` when a
 * partial birth date (`YYYY-MM`, `YYYY`) leaves it uncertain (use {@link ageRangeOn}).
 *
 * - AGE-2 (unverified, universal practice): completed years (floor), never rounded.
 * - AGE-3: `rule: 'anniversary'` (default, the age changes on the birthday) or
 *   `'common-law'` (attained at the first moment of the day before the birthday).
 * - AGE-4: a 29 February birthday falls in common years on `leapDay: 'mar1'` (default) or
 *   `'feb28'` (unverified). Common-law then attains the age the day before that date.
 * - AGE-5 (choice): the age only when every possible birth date gives the same age.
 * - AGE-6 (choice): `on` before the earliest possible birth date throws a `RangeError`
 *   naming `on`; so does an `on` that is not a real `YYYY-MM-DD` date, and a `birthDate`
 *   that is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (naming `birthDate`).
 *
 * @example
 * ```ts
 * ageOn("2007-05-15", "2025-05-14");                          // 17
 * ageOn("2007-05-15", "2025-05-14", { rule: "common-law" });  // 18
 * ageOn("2008-02-29", "2009-02-28");                          // 0 (birthday is 1 March)
 * ageOn("2008-02-29", "2009-02-28", { leapDay: "feb28" });    // 1
 * ageOn("2009-06", "2025-07-01");                             // 16
 * ageOn("2009-06", "2025-06-14");                             // undefined (15 or 16)
 * ```
 * @see `docs/rules.md#age-2`
 * @see `docs/rules.md#age-3`
 * @see `docs/rules.md#age-4`
 * @see `docs/rules.md#age-5`
 * @see `docs/rules.md#age-6`
 */
export function ageOn(birthDate: string, on: string, options?: AgeOptions): number | undefined {
  return exactAgeOnPacked(dateBounds(birthDate, "birthDate"), packedDate(on, "on"), options, "on");
}

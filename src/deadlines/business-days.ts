/**
 * Business days (FED-17, a choice of this library): Monday to Friday except the federal
 * holidays (FED-15) on their observed dates (FED-16). Plain calendar arithmetic on UTC
 * dates with date-fns; the zone conversion stays with the library's cached offsets.
 * @module
 */
// One module a function: the package's index loads hundreds of files (about 250 ms of a cold
// import in Node), where these load a handful. The same for @date-fns/tz, whose index brings
// the full TZDate class, unused here, that a bundle then compiles and builds at import.
import { TZDateMini } from "@date-fns/tz/date/mini";
import { addBusinessDays } from "date-fns/addBusinessDays";
import { addDays } from "date-fns/addDays";
import { isSaturday } from "date-fns/isSaturday";
import { isSunday } from "date-fns/isSunday";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { subDays } from "date-fns/subDays";
import { DAY_MS } from "../time/units.js";

/** Juneteenth is a legal public holiday from 2021 (Pub. L. 117-17, 17 June 2021). */
const JUNETEENTH_FROM = 2021;

/** A calendar date as a date-fns date at midnight UTC: weekdays and months read in UTC. */
function utcDate(y: number, monthIndex: number, day: number): Date {
  return new TZDateMini(y, monthIndex, day, "UTC");
}

/** The `n`th `weekday` (0 Sunday … 6 Saturday) of a month. */
function nthWeekday(y: number, monthIndex: number, weekday: number, n: number): Date {
  const first = utcDate(y, monthIndex, 1);
  return addDays(first, ((weekday - first.getDay() + 7) % 7) + 7 * (n - 1));
}

/** The last `weekday` of a month. */
function lastWeekday(y: number, monthIndex: number, weekday: number): Date {
  const last = lastDayOfMonth(utcDate(y, monthIndex, 1));
  return subDays(last, (last.getDay() - weekday + 7) % 7);
}

/** The day a holiday is observed (FED-16): Saturday → Friday before, Sunday → Monday after. */
function observed(d: Date): Date {
  if (isSaturday(d)) return subDays(d, 1);
  return isSunday(d) ? addDays(d, 1) : d;
}

/** The federal holidays of year `y` (FED-15), on their own dates. */
function holidaysOf(y: number): Date[] {
  return [
    utcDate(y, 0, 1),
    nthWeekday(y, 0, 1, 3),
    nthWeekday(y, 1, 1, 3),
    lastWeekday(y, 4, 1),
    ...(y >= JUNETEENTH_FROM ? [utcDate(y, 5, 19)] : []),
    utcDate(y, 6, 4),
    nthWeekday(y, 8, 1, 1),
    nthWeekday(y, 9, 1, 2),
    utcDate(y, 10, 11),
    nthWeekday(y, 10, 4, 4),
    utcDate(y, 11, 25),
  ];
}

const dayNumber = (d: Date): number => Math.round(d.getTime() / DAY_MS);

/** Observed holidays by year of the observed day, as day numbers; filled on demand. */
const observedByYear = new Map<number, ReadonlySet<number>>();

/**
 * The observed federal holidays that fall in year `y`, as day numbers since 1970-01-01.
 * New Year's Day of `y + 1` on a Saturday is observed on 31 December of `y`.
 */
function observedHolidays(y: number): ReadonlySet<number> {
  let set = observedByYear.get(y);
  if (set === undefined) {
    const days = [...holidaysOf(y), ...holidaysOf(y + 1)].map((d) => observed(d));
    set = new Set(days.filter((d) => d.getUTCFullYear() === y).map(dayNumber));
    observedByYear.set(y, set);
  }
  return set;
}

/**
 * Whether the day (a day number since 1970-01-01) is a federal holiday on its observed date
 * (FED-15, FED-16).
 * @internal
 *
 * @example
 * ```ts
 * isObservedFederalHoliday(daysFromCivil(2021, 12, 31)); // true: New Year's Day 2022 fell on a Saturday
 * isObservedFederalHoliday(daysFromCivil(2020, 6, 19)); // false: Juneteenth counts from 2021
 * ```
 */
export function isObservedFederalHoliday(day: number): boolean {
  const y = new Date(day * DAY_MS).getUTCFullYear();
  return observedHolidays(y).has(day);
}

/**
 * The day `n` business days after `day` (day numbers since 1970-01-01): whole business days
 * counted from the next day, weekends and observed federal holidays skipped (FED-17). The
 * start day counts for nothing, whatever it is: 5 business days after Thursday 2 July 2026
 * is Friday 10 July, Friday 3 July being the observed Independence Day.
 * @internal
 *
 * @example
 * ```ts
 * plusBusinessDayNumber(daysFromCivil(2026, 7, 2), 5) === daysFromCivil(2026, 7, 10); // true
 * ```
 */
export function plusBusinessDayNumber(day: number, n: number): number {
  let date: Date = new TZDateMini(day * DAY_MS, "UTC");
  for (let left = n; left > 0; ) {
    date = addBusinessDays(date, 1);
    if (!isObservedFederalHoliday(dayNumber(date))) left--;
  }
  return dayNumber(date);
}

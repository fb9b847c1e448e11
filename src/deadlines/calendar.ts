/**
 * Deadline arithmetic (DL-1, a choice of this library): hours are exact; days and months are
 * calendar units in the case's zone at the same local clock time. A local clock time is
 * turned back into an instant by one rule: the first instant at which the zone's clock reads
 * that time or later. So a time a clock change skips gives the instant of the change (the
 * first valid instant), and a time a clock change repeats gives its earlier occurrence.
 *
 * Business days (FED-17) count whole business days after the local date and land on the
 * same local clock time.
 *
 * Integer arithmetic over the cached zone offsets (`zoneOffsetMs`), the same source as every
 * local date of the library, rather than `TZDate`: one rule in every zone, half-hour and
 * 45-minute offsets and historical rules included, whatever the host's zone.
 * @module
 */
import type { Duration } from "../jurisdictions/types.js";
import { daysFromCivil, monthDays, packedFromDays } from "../time/day-number.js";
import { zoneOffsetMs } from "../time/local-date.js";
import { DAY_MS, HOUR_MS } from "../time/units.js";
import { requireZone } from "../time/zone.js";
import { plusBusinessDayNumber } from "./business-days.js";

/**
 * `ms` plus exactly `hours` hours (DST never changes the length of an hour): FED-4's 2 hours
 * and FED-7's 24 hours are elapsed time.
 * @internal
 *
 * @example
 * ```ts
 * plusHours(Date.parse("2025-03-08T12:00:00-05:00"), 24); // 2025-03-09T13:00-04:00
 * ```
 */
export function plusHours(ms: number, hours: number): number {
  return ms + hours * HOUR_MS;
}

/** The local clock reading of an instant in `zone`, as milliseconds of a UTC-like timeline. */
function wallOf(ms: number, zone: string, param: string): number {
  return ms + zoneOffsetMs(ms, zone, param);
}

/**
 * The first instant whose local clock in `zone` reads `wall` or later. The two offsets in
 * force a day either side bound the answer (no zone changes its offset twice within a
 * day); when neither reads `wall` exactly, the time was skipped and the answer is the
 * instant of the change, found by bisection over whole seconds (offsets change on whole
 * seconds). Assumes `wall` lies within the range of `Date` (callers' instants are years
 * 1800–2999).
 * @internal
 *
 * @example
 * ```ts
 * // 02:30 on 9 March 2025 does not exist in New York: the clock jumps at 07:00Z (03:00 EDT).
 * firstInstantAtWall(Date.UTC(2025, 2, 9, 2, 30), "America/New_York"); // 07:00Z
 * // 01:30 on 2 November 2025 happens twice: the EDT one.
 * firstInstantAtWall(Date.UTC(2025, 10, 2, 1, 30), "America/New_York"); // 05:30Z
 * ```
 */
export function firstInstantAtWall(wall: number, zone: string, param = "timeZone"): number {
  const a = zoneOffsetMs(wall - DAY_MS, zone, param);
  const b = zoneOffsetMs(wall + DAY_MS, zone, param);
  const early = wall - Math.max(a, b);
  const late = wall - Math.min(a, b);
  if (wallOf(early, zone, param) === wall) return early;
  if (wallOf(late, zone, param) === wall) return late;
  let lo = Math.floor(early / 1000);
  let hi = Math.ceil(late / 1000);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallOf(mid * 1000, zone, param) >= wall) hi = mid;
    else lo = mid + 1;
  }
  return lo * 1000;
}

/**
 * The instant `days` calendar days after `ms`, at the same local clock time in `zone`.
 * Across a DST change the result is 23 or 25 hours a day away. When that local time does
 * not exist on the target day (skipped by a spring-forward change), the result is the first
 * valid instant, the change itself (02:30 → 03:00 EDT in New York); when it occurs twice
 * (fall-back), the earlier occurrence (still daylight time) is taken.
 * @internal
 *
 * @example
 * ```ts
 * plusLocalDays(Date.parse("2025-02-20T10:00:00-05:00"), 30, "America/New_York");
 * // 2025-03-22T10:00-04:00: 29 days 23 hours later
 * ```
 */
export function plusLocalDays(ms: number, days: number, zone: string, param = "timeZone"): number {
  return onAnotherLocalDay(ms, zone, param, (day) => day + days);
}

/**
 * `ms` moved to the local day `move` gives (day numbers since 1970-01-01), at the same local
 * clock time: the one conversion to wall time and back that every calendar unit shares.
 */
function onAnotherLocalDay(
  ms: number,
  zone: string,
  param: string,
  move: (day: number) => number,
): number {
  requireZone(zone, param);
  const wall = wallOf(ms, zone, param);
  const day = Math.floor(wall / DAY_MS);
  return firstInstantAtWall(move(day) * DAY_MS + (wall - day * DAY_MS), zone, param);
}

/** The day `months` calendar months after `day`, clamped to the target month's last day. */
function monthsAfter(day: number, months: number): number {
  const date = packedFromDays(day);
  const monthIndex = Math.floor(date / 10000) * 12 + (Math.floor(date / 100) % 100) - 1 + months;
  const ty = Math.floor(monthIndex / 12);
  const tm = monthIndex - ty * 12 + 1;
  return daysFromCivil(ty, tm, Math.min(date % 100, monthDays(ty, tm)));
}

/**
 * The instant `months` calendar months after `ms`, at the same local clock time in `zone`;
 * a day that the target month lacks becomes its last day (31 August + 6 months = 28 or 29
 * February; 29 February + 12 months = 28 February), and skipped or repeated local times
 * resolve as in {@link plusLocalDays}.
 * @internal
 *
 * @example
 * ```ts
 * plusLocalMonths(Date.parse("2024-08-31T10:00:00-04:00"), 6, "America/New_York");
 * // 2025-02-28T10:00-05:00
 * ```
 */
export function plusLocalMonths(
  ms: number,
  months: number,
  zone: string,
  param = "timeZone",
): number {
  return onAnotherLocalDay(ms, zone, param, (day) => monthsAfter(day, months));
}

/**
 * The instant `n` business days after `ms` (FED-17: Monday to Friday except the observed
 * federal holidays), at the same local clock time in `zone`: whole business days counted
 * from the local date after that of `ms`, skipped and repeated local times resolved as in
 * {@link plusLocalDays}.
 * @internal
 *
 * @example
 * ```ts
 * plusLocalBusinessDays(Date.parse("2026-07-02T10:00:00-05:00"), 5, "America/Chicago");
 * // 2026-07-10T10:00-05:00: Friday 3 July is the observed Independence Day
 * ```
 */
export function plusLocalBusinessDays(
  ms: number,
  n: number,
  zone: string,
  param = "timeZone",
): number {
  return onAnotherLocalDay(ms, zone, param, (day) => plusBusinessDayNumber(day, n));
}

/**
 * The instant a {@link Duration} after `ms` in `zone` (DL-1): its units applied largest
 * first, months, days, business days, then exact hours.
 * @internal
 *
 * @example
 * ```ts
 * plusDuration(Date.parse("2025-02-02T21:15:00-05:00"), { hours: 2 }, "America/New_York");
 * // 2025-02-02T23:15-05:00
 * ```
 */
export function plusDuration(ms: number, d: Duration, zone: string, param = "timeZone"): number {
  let out = ms;
  if (d.months !== undefined) out = plusLocalMonths(out, d.months, zone, param);
  if (d.days !== undefined) out = plusLocalDays(out, d.days, zone, param);
  if (d.businessDays !== undefined) out = plusLocalBusinessDays(out, d.businessDays, zone, param);
  if (d.hours !== undefined) out = plusHours(out, d.hours);
  return out;
}

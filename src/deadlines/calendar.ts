/**
 * Deadline arithmetic (DL-1, a choice of this library): hours are exact;
 * days and months are calendar units in the case's zone at the same local clock time.
 * Not a hot path, so it uses @date-fns/tz's `TZDate` with date-fns rather than integers.
 * @module
 */
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { HOUR_MS } from "../time/units.js";
import { requireZone } from "../time/zone.js";

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

/**
 * The instant `days` calendar days after `ms`, at the same local clock time in `zone`.
 * Across a DST change the result is 23 or 25 hours a day away. When that local time does
 * not exist on the target day (skipped by a spring-forward change), it moves forward by the
 * gap (02:30 → 03:30 in New York); when it occurs twice (fall-back), the earlier occurrence
 * (still daylight time) is taken. Both are `TZDate`'s behaviour, checked by tests.
 * @internal
 *
 * @example
 * ```ts
 * plusLocalDays(Date.parse("2025-02-20T10:00:00-05:00"), 30, "America/New_York");
 * // 2025-03-22T10:00-04:00: 29 days 23 hours later
 * ```
 */
export function plusLocalDays(ms: number, days: number, zone: string, param = "timeZone"): number {
  requireZone(zone, param);
  return addDays(new TZDate(ms, zone), days).getTime();
}

/**
 * The instant `months` calendar months after `ms`, at the same local clock time in `zone`;
 * a day that the target month lacks becomes its last day (31 August + 6 months = 28 or 29
 * February), and skipped or repeated local times resolve as in {@link plusLocalDays}.
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
  requireZone(zone, param);
  return addMonths(new TZDate(ms, zone), months).getTime();
}

/**
 * Nights away: local midnights between two instants.
 * @module
 */
import { dayNumber } from "../time/day-number.js";
import { instantArgMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import type { IsoDateTime, TimeZone } from "../time/types.js";

/**
 * How many local midnights in `timeZone` fall after `from` and no later than `to`: the
 * number of calendar-date changes, which is how NISMART-2 counts nights away (1 =
 * overnight; EP-1, EP-2). Dates are local (AGE-1), so a DST change never adds or removes a
 * night, and a day whose midnight is skipped by DST still counts. It is a count of calendar
 * dates (a choice of this library): on the rare date a zone skipped
 * whole (Kiritimati, 31 December 1994) the skipped date counts as a night.
 *
 * `from` and `to` are RFC 3339 instants or `Date`s. Throws a `RangeError` naming `from` or
 * `to` when neither an RFC 3339 instant with an offset nor a valid `Date`,
 * `timeZone` when `Intl` does not know it, and `to` when it is before `from`.
 *
 * @example
 * ```ts
 * nightsAway("2025-03-08T21:00:00-05:00", "2025-03-09T08:00:00-04:00", "America/New_York"); // 1
 * nightsAway("2025-03-08T21:00:00-05:00", "2025-03-08T23:59:00-05:00", "America/New_York"); // 0
 * nightsAway("2025-03-08T02:30:00Z", "2025-03-08T05:30:00Z", "America/New_York");          // 1
 * ```
 * @see `docs/rules.md#ep-1`
 * @see `docs/rules.md#age-1`
 */
export function nightsAway(
  from: IsoDateTime | Date,
  to: IsoDateTime | Date,
  timeZone: TimeZone,
): number {
  const fromMs = instantArgMs(from, "from");
  const toMs = instantArgMs(to, "to");
  if (toMs < fromMs) throw new RangeError("to must not be before from");
  return (
    dayNumber(localPacked(toMs, timeZone, "timeZone")) -
    dayNumber(localPacked(fromMs, timeZone, "timeZone"))
  );
}

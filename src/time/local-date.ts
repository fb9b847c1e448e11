/**
 * Local calendar dates of instants, fast: a cached zone offset (about two `Intl` calls per
 * zone and UTC day, see zone-offset.ts), then integer arithmetic.
 * @module
 */
import { packedFromDays } from "./day-number.js";
import { instantArgMs } from "./instant.js";
import { formatPacked, type PackedDate } from "./packed-date.js";
import type { IsoDate, IsoDateTime, TimeZone } from "./types.js";
import { DAY_MS } from "./units.js";
import { zoneOffsetMs } from "./zone-offset.js";

export { zoneOffsetMs } from "./zone-offset.js";

/**
 * The local calendar date of an epoch instant in `zone`, packed as `yyyymmdd`. The bulk
 * path: one cached offset, then integer arithmetic; no strings, no allocation on a cache
 * hit. Throws a `RangeError` naming `param` when `Intl` does not know the zone.
 * @example
 * ```ts
 * localPacked(Date.parse("2025-03-13T03:30:00Z"), "America/New_York"); // 20250312
 * ```
 * @internal
 */
export function localPacked(ms: number, zone: string, param = "timeZone"): PackedDate {
  return packedFromDays(Math.floor((ms + zoneOffsetMs(ms, zone, param)) / DAY_MS));
}

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone.
 *
 * Rule AGE-1 (unverified, inferred from NY General Construction Law § 19 and § 52): an
 * event's calendar date is the date in the reporting jurisdiction's zone, never the UTC
 * date. A report at 22:00 on 29 February in New York is 1 March in UTC.
 *
 * `at` is an RFC 3339 instant or a `Date`. Throws a `RangeError` naming `at` when it is
 * neither an RFC 3339 date-time with `Z` or an offset nor a valid `Date`, and naming
 * `timeZone` when `Intl` does not know the zone.
 *
 * @example
 * ```ts
 * localDate("2025-03-13T03:30:00Z", "America/New_York"); // "2025-03-12"
 * localDate("2024-03-01T03:00:00Z", "America/New_York"); // "2024-02-29"
 * localDate("2024-12-31T23:30:00-05:00", "UTC");         // "2025-01-01"
 * localDate(new Date("2025-03-13T03:30:00Z"), "America/New_York"); // "2025-03-12"
 * ```
 * @see `docs/rules.md#age-1`
 */
export function localDate(at: IsoDateTime | Date, timeZone: TimeZone): IsoDate {
  return formatPacked(localPacked(instantArgMs(at, "at"), timeZone));
}

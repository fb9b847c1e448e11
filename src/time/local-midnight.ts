/**
 * The instant a local calendar day begins in a zone.
 * @module
 */
import { dayNumber } from "./day-number.js";
import { localPacked, zoneOffsetMs } from "./local-date.js";
import type { PackedDate } from "./packed-date.js";
import { DAY_MS } from "./units.js";

/** Whether local 00:00 on `date` falls exactly at `ms` (the offset there is `offset`). */
function isMidnight(ms: number, offset: number, date: PackedDate, zone: string): boolean {
  return zoneOffsetMs(ms, zone) === offset && localPacked(ms, zone) === date;
}

/**
 * The first instant whose local date is on or after `date`, by bisection over whole seconds
 * (zone offsets are whole seconds). Only reached when 00:00 does not exist locally.
 */
function firstInstantOf(date: PackedDate, zone: string, lo: number, hi: number): number {
  let a = Math.floor(lo / 1000);
  let b = Math.ceil(hi / 1000);
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (localPacked(mid * 1000, zone) >= date) b = mid;
    else a = mid + 1;
  }
  return a * 1000;
}

/**
 * Epoch milliseconds of the first instant of a local calendar day in `zone`: 00:00 local
 * time, or, on the rare day whose midnight a DST change skips (São Paulo on 4 November
 * 2018 went from 23:59:59 to 01:00), the first instant that exists. The year of annual
 * statistics runs from this instant on 1 January to the same instant of the next
 * 1 January, exclusive (ST-1, AGE-1).
 *
 * `date` is a packed `yyyymmdd` date. Throws a `RangeError` naming `param` when `Intl` does
 * not know the zone.
 *
 * @example
 * ```ts
 * new Date(localMidnightMs(20250101, "America/New_York")).toISOString();
 * // "2025-01-01T05:00:00.000Z"
 * new Date(localMidnightMs(20181104, "America/Sao_Paulo")).toISOString();
 * // "2018-11-04T03:00:00.000Z" (01:00 local: midnight was skipped)
 * ```
 * @internal
 */
export function localMidnightMs(date: PackedDate, zone: string, param = "timeZone"): number {
  const utc = dayNumber(date) * DAY_MS; // 00:00 UTC on that date
  // Offsets differ by at most one transition across two days: try both sides' offsets.
  const before = zoneOffsetMs(utc - DAY_MS, zone, param);
  const after = zoneOffsetMs(utc + DAY_MS, zone, param);
  const early = utc - Math.max(before, after);
  const late = utc - Math.min(before, after);
  if (isMidnight(early, utc - early, date, zone)) return early;
  if (isMidnight(late, utc - late, date, zone)) return late;
  return firstInstantOf(date, zone, early, late);
}

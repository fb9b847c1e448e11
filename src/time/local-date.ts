/**
 * Local calendar dates of instants, fast: one `Intl` call per zone and UTC hour, then
 * integer arithmetic.
 * @module
 */
import { packedFromDays } from "./day-number.js";
import { formatPacked, instantMs, type PackedDate } from "./instant.js";
import { requireZone } from "./zone.js";

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Zone → (UTC hour → offset in ms). Cleared when it grows past the limit. */
const offsets = new Map<string, Map<number, number>>();
const OFFSET_LIMIT = 200_000;
/** The last zone looked up and its hour map: bulk runs use one zone over and over. */
let lastZone: string | undefined;
let lastHours: Map<number, number> | undefined;

function partsOffset(f: Intl.DateTimeFormat, ms: number): number {
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  let bc = false;
  for (const p of f.formatToParts(ms)) {
    switch (p.type) {
      case "year":
        y = Number(p.value);
        break;
      case "month":
        mo = Number(p.value);
        break;
      case "day":
        d = Number(p.value);
        break;
      case "hour":
        h = Number(p.value);
        break;
      case "minute":
        mi = Number(p.value);
        break;
      case "second":
        s = Number(p.value);
        break;
      case "era":
        bc = p.value === "BC" || p.value === "B";
        break;
    }
  }
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - y : y, mo - 1, d);
  wall.setUTCHours(h, mi, s, 0);
  // Whole seconds: Intl drops the milliseconds, so compare against the instant floored to a second.
  return wall.getTime() - Math.floor(ms / 1000) * 1000;
}

/**
 * The zone's UTC offset at an instant, in ms. Offsets are cached per UTC hour when the hour
 * has one offset throughout (true of every hour but the rare one holding a transition that
 * is not on the hour, such as Lord Howe's half-hour shift, which is computed exactly).
 * Throws a `RangeError` naming `param` when `Intl` does not know the zone.
 * @internal
 */
export function zoneOffsetMs(ms: number, zone: string, param = "timeZone"): number {
  const hour = Math.floor(ms / HOUR);
  const hours = zone === lastZone ? lastHours : offsets.get(zone);
  const hit = hours?.get(hour);
  if (hit !== undefined) {
    lastZone = zone;
    lastHours = hours;
    return hit;
  }
  return missedOffset(ms, hour, zone, param);
}

/** The cache-miss path of {@link zoneOffsetMs}: two `Intl` calls, cached when they agree. */
function missedOffset(ms: number, hour: number, zone: string, param: string): number {
  const f = requireZone(zone, param);
  const start = partsOffset(f, hour * HOUR);
  const end = partsOffset(f, hour * HOUR + HOUR - 1000);
  if (start !== end) return partsOffset(f, ms);
  let hours = offsets.get(zone);
  if (!hours) {
    hours = new Map();
    offsets.set(zone, hours);
  } else if (hours.size >= OFFSET_LIMIT) hours.clear();
  hours.set(hour, start);
  return start;
}

/**
 * The local calendar date of an epoch instant in `zone`, packed as `yyyymmdd`. The bulk
 * path: one cached offset, then integer arithmetic; no strings, no allocation on a cache
 * hit. Throws a `RangeError` naming `param` when `Intl` does not know the zone.
 * @internal
 */
export function localPacked(ms: number, zone: string, param = "timeZone"): PackedDate {
  return packedFromDays(Math.floor((ms + zoneOffsetMs(ms, zone, param)) / DAY));
}

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone.
 *
 * Rule AGE-1 (DOMAIN.md §2, [U], inferred from NY General Construction Law § 19 and § 52):
 * an event's calendar date is the date in the reporting jurisdiction's zone, never the UTC
 * date. A report at 22:00 on 29 February in New York is 1 March in UTC.
 *
 * Throws a `RangeError` naming `at` when it is not an RFC 3339 date-time with `Z` or an
 * offset, and naming `timeZone` when `Intl` does not know the zone.
 *
 * @example
 * ```ts
 * localDate("2025-03-13T03:30:00Z", "America/New_York"); // "2025-03-12"
 * localDate("2024-03-01T03:00:00Z", "America/New_York"); // "2024-02-29"
 * localDate("2024-12-31T23:30:00-05:00", "UTC");         // "2025-01-01"
 * ```
 */
export function localDate(at: string, timeZone: string): string {
  return formatPacked(localPacked(instantMs(at, "at"), timeZone));
}

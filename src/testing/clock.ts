/**
 * Wall-clock arithmetic for synthetic data: local times in a zone to instants and back to
 * RFC 3339 strings with that zone's offset. Integer arithmetic over `zoneOffsetMs` (one
 * cached `Intl` call per zone and hour), so the output never depends on the host's zone.
 * @module
 */

import { zoneOffsetMs } from "../time/local-date.js";
import { formatPacked, type PackedDate, pack } from "../time/packed-date.js";
import { DAY_MS, MINUTE_MS } from "../time/units.js";

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * The instant of a local wall time in `zone`. In a spring-forward gap the time is read with
 * the offset from before the gap (so 02:30 becomes 03:30 EDT); in a fall-back overlap the
 * earlier of the two instants is taken. Assumes at most one offset change within a day
 * either side, which holds for every IANA zone in use.
 * @internal
 */
export function wallToMs(zone: string, y: number, mo: number, d: number, h = 0, mi = 0): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const before = wall - zoneOffsetMs(wall - DAY_MS, zone);
  const after = wall - zoneOffsetMs(wall + DAY_MS, zone);
  const reads = (ms: number) => ms + zoneOffsetMs(ms, zone) === wall;
  if (reads(before) && reads(after)) return Math.min(before, after);
  if (reads(after)) return after;
  return before;
}

/**
 * An RFC 3339 string of an instant with the offset `zone` has then, to the minute:
 * `2025-03-11T14:05:00-04:00`. Zones with offsets in seconds (pre-1900 LMT) are rounded to
 * the minute of the offset, which still names the same minute.
 * @internal
 */
export function formatInstant(ms: number, zone: string): string {
  const minute = Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  const offMin = Math.round(zoneOffsetMs(minute, zone) / MINUTE_MS);
  const local = new Date(minute + offMin * MINUTE_MS);
  const sign = offMin < 0 ? "-" : "+";
  const abs = Math.abs(offMin);
  const off = offMin === 0 ? "Z" : `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  const date = formatPacked(
    pack(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()),
  );
  return `${date}T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:00${off}`;
}

/** The packed calendar date `days` after a packed date (negative goes back). @internal */
export function addDays(p: PackedDate, days: number): PackedDate {
  const y = Math.floor(p / 10000);
  const t = new Date(Date.UTC(y, Math.floor(p / 100) - y * 100 - 1, p % 100) + days * DAY_MS);
  return pack(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

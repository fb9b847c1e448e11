/**
 * UTC offsets of IANA zones at instants, cached so that the bulk paths make almost no
 * `Intl` calls: one typed-array read per instant on a cache hit.
 *
 * Why not date-fns or `TZDate`: on Node 20, `differenceInYears` on `TZDate`s measured about
 * 60 µs a call, and `tzOffset` about 1.8 µs; a cached read is tens of nanoseconds.
 * @module
 */

import { DAY_MS, HOUR_MS } from "./units.js";
import { requireZone } from "./zone.js";

/** Days per cache chunk (a power of two, ~11 years), and the chunks kept before a reset. */
const CHUNK_BITS = 12;
const CHUNK_DAYS = 1 << CHUNK_BITS;
const CHUNK_LIMIT = 256;
/** Chunk cell values (seconds) that are not offsets: never computed; the day changes offset. */
const UNKNOWN = -2147483648;
const CHANGES = -2147483647;
/** Hours cached per zone (a zone has about 48 a year on its change days). */
const HOUR_LIMIT = 2048;
/** Zones cached (the least recently added is dropped first): memory bounded whatever names come. */
const ZONE_LIMIT = 64;
/** The range of `Date`. */
const MAX_MS = 8.64e15;

/** One zone's cache: per UTC day, its offset in seconds, or a marker. */
type ZoneCache = {
  readonly chunks: Map<number, Int32Array>;
  /** UTC hour → offset in ms, for the days whose offset changes (see {@link hourOffset}). */
  readonly hours: Map<number, number>;
  lastKey: number;
  lastChunk: Int32Array | undefined;
};

const caches = new Map<string, ZoneCache>();
let chunkCount = 0;
/** The last zone looked up: bulk runs use one zone over and over. */
let lastZone = "";
let lastCache: ZoneCache | undefined;

/** The zone's offset at `ms` (whole seconds, as ms) read from `Intl`'s wall-clock parts. */
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
 * The offset on a day whose offset changes: cached per UTC hour when the hour has one offset
 * throughout (every hour but the rare one holding a change that is not on the hour, such as
 * Lord Howe's half-hour shift, which is computed exactly each time).
 */
function hourOffset(f: Intl.DateTimeFormat, cache: ZoneCache, ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  const hit = cache.hours.get(hour);
  if (hit !== undefined) return hit;
  const start = partsOffset(f, hour * HOUR_MS);
  if (start !== partsOffset(f, hour * HOUR_MS + HOUR_MS - 1000)) return partsOffset(f, ms);
  if (cache.hours.size >= HOUR_LIMIT) cache.hours.clear();
  cache.hours.set(hour, start);
  return start;
}

function chunkOf(cache: ZoneCache, key: number): Int32Array {
  let chunk = cache.chunks.get(key);
  if (chunk === undefined) {
    if (chunkCount >= CHUNK_LIMIT) {
      // Bounded memory whatever the input: start over (a reset costs only Intl calls).
      for (const c of caches.values()) {
        c.chunks.clear();
        c.lastChunk = undefined;
      }
      chunkCount = 0;
    }
    chunk = new Int32Array(CHUNK_DAYS).fill(UNKNOWN);
    cache.chunks.set(key, chunk);
    chunkCount++;
  }
  cache.lastKey = key;
  cache.lastChunk = chunk;
  return chunk;
}

function dropOldestZone(): void {
  const [name, oldest] = caches.entries().next().value as [string, ZoneCache];
  chunkCount -= oldest.chunks.size;
  caches.delete(name);
  if (lastZone === name) {
    lastZone = "";
    lastCache = undefined;
  }
}

/**
 * How many zones, day chunks and change hours the offset cache holds: bounded whatever the
 * input (tests check it).
 * @example
 * ```ts
 * zoneOffsetCacheSizes(); // { zones: 1, chunks: 1, hours: 0 }
 * ```
 * @internal
 */
export function zoneOffsetCacheSizes(): { zones: number; chunks: number; hours: number } {
  let hours = 0;
  for (const c of caches.values()) hours += c.hours.size;
  return { zones: caches.size, chunks: chunkCount, hours };
}

/** The cache-miss path: checks the zone, fills the day's cell, answers. */
function missedOffset(ms: number, zone: string, param: string): number {
  const f = requireZone(zone, param);
  let cache = caches.get(zone);
  if (cache === undefined) {
    if (caches.size >= ZONE_LIMIT) dropOldestZone();
    cache = { chunks: new Map(), hours: new Map(), lastKey: 0, lastChunk: undefined };
    caches.set(zone, cache);
  }
  lastZone = zone;
  lastCache = cache;
  const day = Math.floor(ms / DAY_MS);
  const chunk = chunkOf(cache, day >> CHUNK_BITS);
  const cell = day & (CHUNK_DAYS - 1);
  if (chunk[cell] === UNKNOWN) {
    const start = partsOffset(f, day * DAY_MS);
    const end = partsOffset(f, day * DAY_MS + DAY_MS - 1000);
    chunk[cell] = start === end ? start / 1000 : CHANGES;
  }
  const seconds = chunk[cell] as number;
  return seconds === CHANGES ? hourOffset(f, cache, ms) : seconds * 1000;
}

/**
 * The zone's UTC offset at an instant, in ms (whole seconds; local mean times such as
 * New York's −4:56:02 before 1883 included). Throws a `RangeError` naming `param` when
 * `Intl` does not know the zone.
 *
 * Cached per UTC day when the offset at the day's first and last second agree; the days
 * that hold a change are cached per hour (see the module). This assumes no zone changes its
 * offset and back within one UTC day; no tz database zone does, and a property test checks
 * this against `TZDate` across zones and DST days.
 *
 * @example
 * ```ts
 * zoneOffsetMs(Date.parse("2025-03-09T06:59:59Z"), "America/New_York"); // -18000000 (EST)
 * zoneOffsetMs(Date.parse("2025-03-09T07:00:00Z"), "America/New_York"); // -14400000 (EDT)
 * ```
 * @internal
 */
export function zoneOffsetMs(ms: number, zone: string, param = "timeZone"): number {
  // NaN or ±Infinity would read day 0's cell: refuse (also keeps day numbers in int32).
  if (!(Math.abs(ms) <= MAX_MS)) throw new RangeError("instant must be a finite time value");
  const cache = zone === lastZone ? lastCache : caches.get(zone);
  if (cache !== undefined) {
    const day = Math.floor(ms / DAY_MS);
    const key = day >> CHUNK_BITS;
    const chunk = key === cache.lastKey ? cache.lastChunk : cache.chunks.get(key);
    const seconds = chunk === undefined ? UNKNOWN : (chunk[day & (CHUNK_DAYS - 1)] as number);
    if (seconds > CHANGES) {
      lastZone = zone;
      lastCache = cache;
      return seconds * 1000;
    }
  }
  return missedOffset(ms, zone, param);
}

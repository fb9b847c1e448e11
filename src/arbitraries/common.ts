/**
 * Building blocks shared by the arbitraries: zones, instants on whole minutes, dates, and
 * optional fields that are absent (never `undefined`) when not drawn.
 * @module
 */
import * as fc from "fast-check";
import { addDays, formatInstant } from "../testing/clock.js";
import { localPacked } from "../time/local-date.js";
import { formatPacked, type PackedDate } from "../time/packed-date.js";
import { MINUTE_MS } from "../time/units.js";

/** Zones with DST, without, far from UTC, half-hour offsets and UTC itself. @internal */
export const ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
  "UTC",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
] as const;

/** 2000-01-01T00:00Z and 2035-12-31T00:00Z, the range of synthetic report instants. */
const FROM_MS = Date.UTC(2000, 0, 1);
const TO_MS = Date.UTC(2035, 11, 31);

/** An epoch instant on a whole minute between 2000 and 2035. @internal */
export const minuteMs = (): fc.Arbitrary<number> =>
  fc.integer({ min: FROM_MS / MINUTE_MS, max: TO_MS / MINUTE_MS }).map((m) => m * MINUTE_MS);

/** The RFC 3339 string of an instant with its zone's offset. @internal */
export const at = (ms: number, zone: string): string => formatInstant(ms, zone);

/** The local calendar date of an instant, `days` earlier (negative: later), as `YYYY-MM-DD`. @internal */
export function localDateBefore(ms: number, zone: string, days: number): string {
  const p: PackedDate = localPacked(ms, zone);
  return formatPacked(addDays(p, -days));
}

/** A non-empty line of text without control characters. @internal */
export const text = (): fc.Arbitrary<string> =>
  fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim().length > 0);

/** An optional field: `{}` or `{ [key]: value }`, so absent keys stay absent. @internal */
export function optional<K extends string, T>(
  key: K,
  arb: fc.Arbitrary<T>,
): fc.Arbitrary<Partial<Record<K, T>>> {
  return fc
    .option(arb, { nil: undefined })
    .map((v) => (v === undefined ? {} : ({ [key]: v } as Record<K, T>)));
}

/** Merges records drawn from several arbitraries into one object. @internal */
export function merged<T extends object[]>(...parts: { [I in keyof T]: fc.Arbitrary<T[I]> }) {
  return fc.tuple(...parts).map((objects) => Object.assign({}, ...objects));
}

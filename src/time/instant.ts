/**
 * RFC 3339 instants (`IsoDateTime`) and calendar dates (`IsoDate`) as integers. Every public
 * function that takes an instant as a parameter (`now`, `at`, `asOf`, `from`, `to`) also takes
 * a `Date`, as date-fns does, and reads either through {@link instantMs}.
 *
 * The patterns mirror zod's `z.iso.datetime({ offset: true })` and `z.iso.date()` (a test
 * checks that they agree) but live here so that the date functions bundle without zod.
 * @module
 */

import { invalidDate, notDate, notInstant } from "../issues/misuse.js";
import { daysFromCivil, monthDays } from "./day-number.js";
import type { PackedDate } from "./packed-date.js";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./units.js";

// Zod's date pattern with its two branches swapped (the same strings): a date that is not
// 29 February matches the first, where zod's order tries five leap-year forms first.
const DATE = String.raw`(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29)`;

/** `YYYY-MM-DD`, a real calendar date (leap years included). */
export const ISO_DATE_PATTERN = /* @__PURE__ */ new RegExp(`^${DATE}$`);
/** `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)`: seconds and a zone designator are required. */
export const ISO_DATE_TIME_PATTERN = /* @__PURE__ */ new RegExp(
  `^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
);

/**
 * The number written by `count` ASCII digits of `s` from `at`, or -1 when one is not a digit.
 * @example
 * ```ts
 * scanDigits("2025-06", 0, 4); // 2025
 * scanDigits("20x5", 0, 4);    // -1
 * ```
 * @internal
 */
export function scanDigits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The packed date of a real calendar date `YYYY-MM-DD` at `s[at…at+9]`, or -1. Accepts
 * exactly what {@link ISO_DATE_PATTERN} accepts there (a test checks it).
 * @example
 * ```ts
 * scanDate("2024-02-29", 0); // 20240229
 * scanDate("2023-02-29", 0); // -1
 * ```
 * @internal
 */
export function scanDate(s: string, at: number): PackedDate {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return -1;
  const century = twoDigits(s, at);
  const year = twoDigits(s, at + 2);
  const m = twoDigits(s, at + 5);
  const d = twoDigits(s, at + 8);
  if (century < 0 || year < 0) return -1;
  const y = century * 100 + year;
  return realDate(y, m, d) ? y * 10000 + m * 100 + d : -1;
}

/** Whether month `m` (-1 when unreadable) and day `d` of year `y` are a real calendar date. */
function realDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= monthDays(y, m));
}

/**
 * The number of the two ASCII digits of `s` at `at`, or -1: unrolled, as the hot paths read
 * every field of an instant this way.
 */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Milliseconds of `HH:MM` at `s[at…at+4]` when HH ≤ 23 and MM ≤ 59, else -1. */
function scanHoursMinutes(s: string, at: number): number {
  const h = twoDigits(s, at);
  const m = s.charCodeAt(at + 2) === 58 ? twoDigits(s, at + 3) : -1;
  return h < 0 || h > 23 || m < 0 || m > 59 ? -1 : h * HOUR_MS + m * MINUTE_MS;
}

/**
 * Milliseconds since the epoch of an `IsoDateTime`, or `NaN` when it is not one. Accepts
 * exactly what {@link ISO_DATE_TIME_PATTERN} accepts and returns what `Date.parse` returns,
 * fractions truncated to the millisecond (a test checks both; for fractions of 10+ digits
 * V8's `Date.parse` errs, ".0090000000" → 90 ms, and this does not). Scanned by hand because
 * the bulk paths parse one instant per case and the regex plus `Date.parse` cost more.
 * @example
 * ```ts
 * tryInstantMs("1970-01-01T01:00:00+01:00"); // 0
 * tryInstantMs("1970-01-01T00:00:00");       // NaN (no offset)
 * ```
 * @internal
 */
export function tryInstantMs(at: unknown): number {
  if (typeof at !== "string" || !instantShape(at)) return Number.NaN;
  // Each field read once, straight from its digits (no packed date to take apart again).
  const century = twoDigits(at, 0);
  const yy = twoDigits(at, 2);
  const m = twoDigits(at, 5);
  const d = twoDigits(at, 8);
  const h = twoDigits(at, 11);
  const min = twoDigits(at, 14);
  const sec = twoDigits(at, 17);
  if ((century | yy | h | min | sec) < 0 || h > 23 || min > 59 || sec > 59) return Number.NaN;
  const y = century * 100 + yy;
  if (!realDate(y, m, d)) return Number.NaN;
  let i = 19;
  let frac = 0;
  if (at.charCodeAt(i) === 46) {
    const start = ++i;
    for (let c = at.charCodeAt(i) - 48; c >= 0 && c <= 9; c = at.charCodeAt(++i) - 48) {
      if (i - start < 3) frac = frac * 10 + c;
    }
    if (i === start) return Number.NaN;
    for (let k = i - start; k < 3; k++) frac *= 10;
  }
  const sign = at.charCodeAt(i);
  let offset = 0;
  if (sign !== 90 || at.length !== i + 1) {
    if ((sign !== 43 && sign !== 45) || at.length !== i + 6) return Number.NaN;
    offset = scanHoursMinutes(at, i + 1);
    if (offset < 0) return Number.NaN;
    if (sign === 45) offset = -offset;
  }
  const time = h * HOUR_MS + min * MINUTE_MS + sec * 1000 + frac;
  return daysFromCivil(y, m, d) * DAY_MS + time - offset;
}

/** Whether `at` has an instant's separators where its fixed-width part puts them. */
function instantShape(at: string): boolean {
  return (
    at.length >= 20 &&
    at.charCodeAt(4) === 45 &&
    at.charCodeAt(7) === 45 &&
    at.charCodeAt(10) === 84 &&
    at.charCodeAt(13) === 58 &&
    at.charCodeAt(16) === 58
  );
}

/** The first and last millisecond of the years 0000–9999 (UTC), which RFC 3339 can write. */
const FIRST_MS = -62_167_219_200_000;
const LAST_MS = 253_402_300_799_999;

/**
 * The time of a `Date` (of any realm, or a subclass such as `TZDate`), or `undefined` when
 * `value` is no `Date`: `getTime` reads the internal time slot, which only a `Date` has.
 */
function dateTime(value: object): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/**
 * Milliseconds since the epoch of an `IsoDateTime` (a field of a record); throws a
 * `RangeError` naming `param` when `at` is not an RFC 3339 instant with `Z` or an offset.
 * @example
 * ```ts
 * instantMs("1970-01-01T00:00:01Z", "c.reportedAt"); // 1000
 * instantMs("yesterday", "c.reportedAt"); // throws RangeError "c.reportedAt must be …"
 * ```
 * @internal
 */
export function instantMs(at: unknown, param: string): number {
  const ms = tryInstantMs(at);
  if (Number.isNaN(ms)) {
    throw notInstant(param);
  }
  return ms;
}

/**
 * Milliseconds since the epoch of an instant parameter (`now`, `at`, `asOf`, `from`, `to`),
 * given as an `IsoDateTime` or a `Date` (of any realm, or a subclass such as `TZDate`), as
 * date-fns takes them. The one reader of every such parameter, so that they all accept the
 * same. Throws a `RangeError` naming `param` when `at` is neither, or is a `Date` whose time
 * is invalid (`new Date("x")`) or outside the years 0000–9999 that RFC 3339 can write.
 * Record fields stay strings: they are read by {@link instantMs}.
 * @example
 * ```ts
 * instantArgMs("1970-01-01T00:00:01Z", "now"); // 1000
 * instantArgMs(new Date(1000), "now"); // 1000
 * instantArgMs(new Date("x"), "now"); // throws RangeError "now must be a valid Date …"
 * ```
 * @internal
 */
export function instantArgMs(at: unknown, param: string): number {
  if (typeof at !== "object" || at === null) return instantMs(at, param);
  const ms = dateTime(at);
  if (ms === undefined) throw notInstant(param);
  if (!(ms >= FIRST_MS && ms <= LAST_MS)) throw invalidDate(param);
  return ms;
}

/**
 * The packed form of an `IsoDate`; throws a `RangeError` naming `param` when `date` is not a
 * real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * packedDate("2024-02-29", "on"); // 20240229
 * packedDate("2024-02-30", "on"); // throws RangeError "on must be …"
 * ```
 * @internal
 */
export function packedDate(date: unknown, param: string): PackedDate {
  const p = typeof date === "string" && date.length === 10 ? scanDate(date, 0) : -1;
  if (p < 0) throw notDate(param);
  return p;
}

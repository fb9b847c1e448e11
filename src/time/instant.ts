/**
 * RFC 3339 instants (`IsoDateTime`) and calendar dates (`IsoDate`) as integers.
 *
 * The patterns mirror zod's `z.iso.datetime({ offset: true })` and `z.iso.date()` (a test
 * checks that they agree) but live here so that the date functions bundle without zod.
 * @module
 */

const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))`;

/** `YYYY-MM-DD`, a real calendar date (leap years included). */
export const ISO_DATE_PATTERN = new RegExp(`^${DATE}$`);
/** `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)`: seconds and a zone designator are required. */
export const ISO_DATE_TIME_PATTERN = new RegExp(
  `^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
);

/**
 * Milliseconds since the epoch of an `IsoDateTime`, or `NaN` when it is not one.
 * @internal
 */
export function tryInstantMs(at: unknown): number {
  return typeof at === "string" && ISO_DATE_TIME_PATTERN.test(at) ? Date.parse(at) : Number.NaN;
}

/**
 * Milliseconds since the epoch of an `IsoDateTime`; throws a `RangeError` naming `param`
 * when `at` is not an RFC 3339 instant with `Z` or an offset.
 * @internal
 */
export function instantMs(at: unknown, param: string): number {
  const ms = tryInstantMs(at);
  if (Number.isNaN(ms)) {
    throw new RangeError(`${param} must be an RFC 3339 date-time with Z or an offset`);
  }
  return ms;
}

/**
 * A calendar date packed as the integer `yyyymmdd` (2024-02-29 → 20240229). Packed dates
 * compare like the dates they stand for, and cost nothing to store.
 * @internal
 */
export type PackedDate = number;

/** Packs year, month (1–12) and day. @internal */
export function pack(y: number, m: number, d: number): PackedDate {
  return y * 10000 + m * 100 + d;
}

/** The `YYYY-MM-DD` string of a packed date (years 0–9999). @internal */
export function formatPacked(p: PackedDate): string {
  const y = Math.floor(p / 10000);
  const md = p - y * 10000;
  return `${String(y).padStart(4, "0")}-${String(md).padStart(4, "0").slice(0, 2)}-${String(md % 100).padStart(2, "0")}`;
}

/**
 * The packed form of an `IsoDate`; throws a `RangeError` naming `param` when `date` is not a
 * real `YYYY-MM-DD` date.
 * @internal
 */
export function packedDate(date: unknown, param: string): PackedDate {
  if (typeof date !== "string" || !ISO_DATE_PATTERN.test(date)) {
    throw new RangeError(`${param} must be a calendar date YYYY-MM-DD`);
  }
  return pack(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

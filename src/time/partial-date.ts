/**
 * Bounds of a full or partial birth date (DOMAIN.md AGE-5).
 * @module
 */
import { ISO_DATE_PATTERN, type PackedDate, pack } from "./instant.js";

const PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** Days in a month of a year (Gregorian, proleptic). @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The earliest and latest possible dates of a birth date, packed. @internal */
export type DateBounds = { readonly earliest: PackedDate; readonly latest: PackedDate };

/**
 * The earliest and latest dates a birth date can stand for: a full date is both; `YYYY-MM`
 * spans the month; `YYYY` spans the year. `undefined` when `birthDate` is none of these.
 * @internal
 */
export function tryDateBounds(birthDate: unknown): DateBounds | undefined {
  if (typeof birthDate !== "string") return undefined;
  if (ISO_DATE_PATTERN.test(birthDate)) {
    const p = pack(
      Number(birthDate.slice(0, 4)),
      Number(birthDate.slice(5, 7)),
      Number(birthDate.slice(8, 10)),
    );
    return { earliest: p, latest: p };
  }
  const m = PARTIAL.exec(birthDate);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return { earliest: pack(y, 1, 1), latest: pack(y, 12, 31) };
  const mo = Number(m[2]);
  return { earliest: pack(y, mo, 1), latest: pack(y, mo, daysInMonth(y, mo)) };
}

/**
 * Like {@link tryDateBounds}, but throws a `RangeError` naming `param` on a bad date.
 * @internal
 */
export function dateBounds(birthDate: unknown, param: string): DateBounds {
  const b = tryDateBounds(birthDate);
  if (!b) throw new RangeError(`${param} must be YYYY-MM-DD, YYYY-MM or YYYY`);
  return b;
}

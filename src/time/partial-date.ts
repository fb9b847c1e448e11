/**
 * Bounds of a full or partial birth date (AGE-5).
 * @module
 */

import { notBirthDate } from "../issues/misuse.js";
import { monthDays } from "./day-number.js";
import { scanDate, scanDigits } from "./instant.js";
import { type PackedDate, pack } from "./packed-date.js";

export { monthDays as daysInMonth } from "./day-number.js";

/** The earliest and latest possible dates of a birth date, packed. @internal */
export type DateBounds = { readonly earliest: PackedDate; readonly latest: PackedDate };

/**
 * The earliest date a birth date can stand for, packed (the date itself, the first of the
 * month of `YYYY-MM`, 1 January of `YYYY`), or -1 when `birthDate` is none of these. No
 * allocation: the case rules read it on every record parsed.
 * @example
 * ```ts
 * tryEarliestDate("2024-02"); // 20240201
 * tryEarliestDate("2024-13"); // -1
 * ```
 * @internal
 */
export function tryEarliestDate(birthDate: unknown): PackedDate {
  // Hand-scanned rather than a regex: the bulk age paths parse one birth date per case.
  if (typeof birthDate !== "string") return -1;
  const n = birthDate.length;
  if (n === 10) return scanDate(birthDate, 0);
  const y = n === 4 || n === 7 ? scanDigits(birthDate, 0, 4) : -1;
  if (y < 0) return -1;
  if (n === 4) return pack(y, 1, 1);
  const mo = birthDate.charCodeAt(4) === 45 ? scanDigits(birthDate, 5, 2) : -1;
  return mo < 1 || mo > 12 ? -1 : pack(y, mo, 1);
}

/**
 * The earliest and latest dates a birth date can stand for: a full date is both; `YYYY-MM`
 * spans the month; `YYYY` spans the year. `undefined` when `birthDate` is none of these.
 * @example
 * ```ts
 * tryDateBounds("2024-02"); // { earliest: 20240201, latest: 20240229 }
 * tryDateBounds("2024-13"); // undefined
 * ```
 * @internal
 */
export function tryDateBounds(birthDate: unknown): DateBounds | undefined {
  const earliest = tryEarliestDate(birthDate);
  if (earliest < 0) return undefined;
  const n = (birthDate as string).length;
  if (n === 10) return { earliest, latest: earliest };
  const y = Math.floor(earliest / 10000);
  if (n === 4) return { earliest, latest: pack(y, 12, 31) };
  const mo = Math.floor(earliest / 100) % 100;
  return { earliest, latest: pack(y, mo, monthDays(y, mo)) };
}

/**
 * Like {@link tryDateBounds}, but throws a `RangeError` naming `param` on a bad date.
 * @example
 * ```ts
 * dateBounds("2009", "birthDate"); // { earliest: 20090101, latest: 20091231 }
 * ```
 * @internal
 */
export function dateBounds(birthDate: unknown, param: string): DateBounds {
  const b = tryDateBounds(birthDate);
  if (!b) throw notBirthDate(param);
  return b;
}

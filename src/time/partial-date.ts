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
  // Hand-scanned rather than a regex: the bulk age paths parse one birth date per case.
  if (typeof birthDate !== "string") return undefined;
  const n = birthDate.length;
  if (n === 10) {
    const p = scanDate(birthDate, 0);
    return p < 0 ? undefined : { earliest: p, latest: p };
  }
  const y = n === 4 || n === 7 ? scanDigits(birthDate, 0, 4) : -1;
  if (y < 0) return undefined;
  if (n === 4) return { earliest: pack(y, 1, 1), latest: pack(y, 12, 31) };
  const mo = birthDate.charCodeAt(4) === 45 ? scanDigits(birthDate, 5, 2) : -1;
  if (mo < 1 || mo > 12) return undefined;
  return { earliest: pack(y, mo, 1), latest: pack(y, mo, monthDays(y, mo)) };
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

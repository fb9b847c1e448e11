/**
 * Calendar dates as integers `yyyymmdd`: the one home of the type and its two conversions,
 * imported by every module that does date arithmetic (a leaf: it imports nothing).
 * @module
 */

/**
 * A calendar date packed as the integer `yyyymmdd` (2024-02-29 → 20240229). Packed dates
 * compare like the dates they stand for, and cost nothing to store.
 * @internal
 */
export type PackedDate = number;

/**
 * Packs year, month (1–12) and day.
 * @example
 * ```ts
 * pack(2024, 2, 29); // 20240229
 * ```
 * @internal
 */
export function pack(y: number, m: number, d: number): PackedDate {
  return y * 10000 + m * 100 + d;
}

/**
 * The `YYYY-MM-DD` string of a packed date (years 0–9999).
 * @example
 * ```ts
 * formatPacked(20240229); // "2024-02-29"
 * ```
 * @internal
 */
export function formatPacked(p: PackedDate): string {
  const y = Math.floor(p / 10000);
  const md = p - y * 10000;
  return `${String(y).padStart(4, "0")}-${String(md).padStart(4, "0").slice(0, 2)}-${String(md % 100).padStart(2, "0")}`;
}

/**
 * The local calendar year of a zone as an interval of instants, cached per zone.
 * @module
 */

import { localMidnightMs } from "../time/local-midnight.js";
import { pack } from "../time/packed-date.js";

/**
 * `[startMs, endMs)`: local 1 January 00:00 to the next local 1 January 00:00.
 *
 * @example
 * ```ts
 * const w: YearWindow = { startMs: 1704085200000, endMs: 1735707600000 }; // 2024 in New York
 * ```
 * @internal
 */
export type YearWindow = { readonly startMs: number; readonly endMs: number };

/**
 * The windows of one year, one per zone, computed once each. The cache holds at most one
 * entry per zone `Intl` knows (an unknown zone throws before it is stored), so it stays
 * small whatever the number of cases. `param` names the zone in errors; it is called only
 * on a cache miss. The year is local to the zone (AGE-1).
 *
 * @example
 * ```ts
 * const windowOf = yearWindows(2024);
 * windowOf("America/New_York", () => "c.timeZone");
 * // { startMs: Date.parse("2024-01-01T05:00:00Z"), endMs: Date.parse("2025-01-01T05:00:00Z") }
 * ```
 * @internal
 */
export function yearWindows(year: number): (zone: string, param: () => string) => YearWindow {
  const cache = new Map<string, YearWindow>();
  return (zone, param) => {
    let w = cache.get(zone);
    if (w === undefined) {
      const p = param();
      w = {
        startMs: localMidnightMs(pack(year, 1, 1), zone, p),
        endMs: localMidnightMs(pack(year + 1, 1, 1), zone, p),
      };
      cache.set(zone, w);
    }
    return w;
  };
}

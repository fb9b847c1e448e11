/**
 * The local calendar year of a zone as an interval of instants, cached per zone.
 * @module
 */
import { pack } from "../time/instant.js";
import { localMidnightMs } from "../time/local-midnight.js";

/** `[startMs, endMs)`: local 1 January 00:00 to the next local 1 January 00:00. @internal */
export type YearWindow = { readonly startMs: number; readonly endMs: number };

/**
 * The windows of one year, one per zone, computed once each. The cache holds at most one
 * entry per zone `Intl` knows (an unknown zone throws before it is stored), so it stays
 * small whatever the number of cases. `param` names the zone in errors; it is called only
 * on a cache miss.
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

/**
 * The shape of a synthetic year in time: when reports come in, and when an episode ends.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { MINUTE_MS } from "../time/units.js";
import { wallToMs } from "./clock.js";

/** Relative weight of each month's reports: more in spring and autumn, fewer in summer and winter. */
const MONTH_WEIGHTS = [7.6, 7.3, 8.6, 8.9, 9.2, 7.9, 7.3, 7.6, 8.9, 9.4, 8.6, 7.7];
/**
 * Report instants, oldest first: report i of n falls at quantile (i + u) / n of the year,
 * warped by the month weights, so they are sorted and spread over day and night with no
 * buffering.
 * @internal
 */
export function reportClock(year: number, zone: string, reports: number) {
  const starts = Array.from({ length: 13 }, (_, m) =>
    wallToMs(zone, year + Math.floor(m / 12), (m % 12) + 1, 1),
  );
  const total = MONTH_WEIGHTS.reduce((a, b) => a + b, 0);
  const cumulative = [0];
  for (const w of MONTH_WEIGHTS) cumulative.push((cumulative.at(-1) as number) + w / total);
  return (i: number, u: number): number => {
    const q = (i + u) / reports;
    let m = 0;
    while (m < 11 && q >= (cumulative[m + 1] as number)) m++;
    const from = cumulative[m] as number;
    const frac = (q - from) / ((cumulative[m + 1] as number) - from);
    const start = starts[m] as number;
    const ms = start + frac * ((starts[m + 1] as number) - start);
    return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  };
}

/** When the child is back (the locate), or never within the data. @internal */
export function episodeEndMs(c: MissingCase): number {
  const locate = c.events.find((e) => e.type === "locate");
  return locate ? Date.parse(locate.at) : Number.POSITIVE_INFINITY;
}

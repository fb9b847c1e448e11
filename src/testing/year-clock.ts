/**
 * The shape of a synthetic year in time: when reports come in, and when an episode ends.
 * @module
 */

import type { MissingCase } from "../models/case.js";
import type { Child } from "../models/child.js";
import type { ReportedAs } from "../models/reported-as.js";
import { MINUTE_MS } from "../time/units.js";
import { buildCase, randomMissingFrom } from "./case.js";
import { wallToMs } from "./clock.js";
import type { Rng } from "./random.js";
import { zoneOfState } from "./vocabulary.js";
import type { SyntheticYearOptions } from "./year-options.js";

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

/** What every report of a synthetic year shares, read once from its options. @internal */
export type YearFrame = {
  readonly year: number;
  readonly zone: string;
  readonly state: NonNullable<MissingCase["state"]>;
  readonly runawayShare: number;
  /** The report instant of report `i`, given a uniform draw `u`. */
  readonly clock: (i: number, u: number) => number;
  /** The data's snapshot: the last millisecond of the year, local time. */
  readonly untilMs: number;
  /** Digits of the report number in case ids. */
  readonly digits: number;
};

/** The frame of a year (options checked by `syntheticYear`). @internal */
export function yearFrame(o: SyntheticYearOptions): YearFrame {
  const zone = o.timeZone ?? zoneOfState(o.state);
  return {
    year: o.year,
    zone,
    // Checked against the USPS codes by syntheticYear.
    state: (o.state ?? "NY") as NonNullable<MissingCase["state"]>,
    runawayShare: o.runawayShare ?? 0.95,
    clock: reportClock(o.year, zone, o.reports),
    untilMs: wallToMs(zone, o.year + 1, 1, 1) - 1,
    digits: Math.max(6, String(o.reports).length),
  };
}

/** What differs between the reports of a year. @internal */
export type YearReport = {
  readonly index: number;
  readonly child: Child;
  readonly agency: string;
  readonly reportedMs: number;
  readonly lastContactMs: number;
  readonly reportedAs: ReportedAs;
  readonly priorEpisodes: number;
  /** The city and county of a New York agency, when known. */
  readonly nyPlace?: readonly [city: string, county: string] | undefined;
};

/** Report `r` of the year as a case, numbered `<state>-<year>-<index + 1>`. @internal */
export function yearCase(rng: Rng, f: YearFrame, r: YearReport): MissingCase {
  const { state } = f;
  return buildCase(rng, {
    id: `${state}-${f.year}-${String(r.index + 1).padStart(f.digits, "0")}`,
    child: r.child,
    reportingAgencyId: r.agency,
    state,
    zone: f.zone,
    reportedMs: r.reportedMs,
    lastContactMs: r.lastContactMs,
    reportedAs: r.reportedAs,
    missingFrom: randomMissingFrom(rng, r.reportedAs),
    priorEpisodes: r.priorEpisodes,
    place:
      state === "NY" && r.nyPlace ? { city: r.nyPlace[0], county: r.nyPlace[1], state } : { state },
    untilMs: f.untilMs,
  });
}

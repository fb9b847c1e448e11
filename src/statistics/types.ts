/**
 * Options and result of the annual statistics.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import type { ReportedAs } from "../models/reported-as.js";

/**
 * Which year to count and who counts as a child. `year` is a calendar year (1–9998);
 * `ageLimit` (default 18, rule ST-1) is the age at report below which a case counts;
 * `children: true` also counts distinct children (see {@link ChildCounts}).
 *
 * @example
 * ```ts
 * const options: AnnualOptions = { year: 2024, ageLimit: 18, children: true };
 * ```
 * @see `docs/rules.md#st-1`
 */
export type AnnualOptions = {
  readonly year: number;
  readonly ageLimit?: number | undefined;
  readonly children?: boolean | undefined;
};

/**
 * What `children: true` adds to {@link AnnualStatistics}: reports linked into children by
 * `linkCases` with its default options, over the cases counted in `reported`.
 *
 * @example
 * ```ts
 * const s = annualStatistics(cases, { year: 2024, children: true });
 * s.reported;                   // 12114 reports
 * s.distinctChildren;           // fewer children
 * s.childrenWithRepeatEpisodes; // of them, reported twice or more in the year
 * ```
 */
export type ChildCounts = {
  /** Children among the reports counted in `reported` (linked by `linkCases`). */
  readonly distinctChildren: number;
  /** Of those children, the ones with two or more reports in the year. */
  readonly childrenWithRepeatEpisodes: number;
};

/**
 * What New York's Division of Criminal Justice Services publishes each year (ST-1 … ST-4),
 * computed from case records.
 *
 * Population: cases of children under `ageLimit` at report (an uncertain age counts by its
 * lower bound), except records ever cancelled as `'entered-in-error'` or `'duplicate'`. The
 * year runs from local 1 January 00:00 to the next local 1 January 00:00 (exclusive) in
 * each case's zone. Everything else is as of the year's end, from the event history.
 *
 * @example
 * ```ts
 * const s: AnnualStatistics = annualStatistics(cases, { year: 2024 });
 * s.reported;     // 12114
 * s.runawayShare; // 0.95 (to two places)
 * ```
 * @see `docs/rules.md#st-1`
 * @see `docs/rules.md#st-2`
 * @see `docs/rules.md#st-3`
 * @see `docs/rules.md#st-4`
 */
export type AnnualStatistics = {
  readonly year: number;
  /** ST-1: population cases reported in the year. */
  readonly reported: number;
  /** ST-2: of `reported`, those recorded at intake as runaways. */
  readonly reportedAsRunaway: number;
  /** ST-2: `reportedAsRunaway / reported`, in [0, 1]; 0 when `reported` is 0. */
  readonly runawayShare: number;
  /** ST-3: population cases with a clear in the year (once each), whatever year reported. */
  readonly closed: number;
  /** ST-4: population cases reported before the year's end and open (reported, active, located) then. */
  readonly activeAtYearEnd: number;
  /** 12 counts of `reported`, January first, by the local month of the report. */
  readonly byMonth: readonly number[];
  /** Counts of `reported` by age at report (lower bound); every age 0 … ageLimit − 1 is a key. */
  readonly byAgeAtReport: Readonly<Record<number, number>>;
  /** Counts of `reported` by the circumstance recorded at intake; every value is a key. */
  readonly byReportedAs: Readonly<Record<ReportedAs, number>>;
  /** With `children: true`: children among the reports counted in `reported`. */
  readonly distinctChildren?: number;
  /** With `children: true`: of those, the children reported twice or more in the year. */
  readonly childrenWithRepeatEpisodes?: number;
};

/**
 * Counts cases one at a time in memory that does not grow with their number: the same
 * result as {@link annualStatistics} over the cases added so far.
 *
 * @example
 * ```ts
 * const acc = createAnnualAccumulator({ year: 2024 });
 * for await (const c of stream) acc.add(c);
 * acc.result().reported;
 * ```
 */
export type AnnualAccumulator<S extends AnnualStatistics = AnnualStatistics> = {
  /** Counts one case. Throws like {@link annualStatistics} on a case its types forbid. */
  add(c: MissingCase): void;
  /** The statistics of the cases added so far (a new object each call). */
  result(): S;
};

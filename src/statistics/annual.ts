/**
 * Annual statistics over a collection of cases.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { createCounter } from "./accumulator.js";
import type { AnnualOptions, AnnualStatistics, ChildCounts } from "./types.js";

/**
 * What New York publishes each year about missing children, computed from case records in
 * one pass (ST-1 … ST-4; New York's figures for 2024: 12,114 reported, 95 % runaways,
 * 12,310 closed, 1,067 active at year end, as relayed in the news).
 *
 * - **Population** (ST-1): children under `ageLimit` (default 18) at report, age on the
 *   local date of the report (AGE-7); a partial birth date counts by the lower bound of its
 *   age range (ST-6).
 * - **Year**: local 1 January 00:00 to the next local 1 January 00:00, exclusive, in each
 *   case's own zone (AGE-1): a report at 23:30 on 31 December in New York is in that
 *   year although it is 1 January in UTC.
 * - `reported` (ST-1): population cases reported in the year; `reportedAsRunaway` and
 *   `runawayShare` (ST-2) by `reportedAs` at intake (never inferred, OP-5).
 * - `closed` (ST-3, unverified): population cases
 *   with a `clear` event in the year, once each, whatever year they were reported. A
 *   cancellation is not a closure.
 * - `activeAtYearEnd` (ST-4): population cases reported before the year's end whose
 *   status then, from the event history by the lifecycle table, is reported, active or
 *   located: a case located but not cleared is open; one cleared after the year's end was
 *   open at it; one reopened in the year and not cleared again is open.
 * - **As of the year's end**: events at or after the end change no count: a later clear,
 *   reopen or cancellation (withdrawn, unfounded) leaves the year's figures as they were.
 * - **Cancelled records** (ST-5, a choice of this library): a record cancelled as
 *   `'entered-in-error'` or `'duplicate'` at *any* time, even after the year's end, is
 *   excluded from every count:
 *   such a cancel says the record never stood for a real report (a duplicate's episode is
 *   counted through the other record), so published figures are revised when it is
 *   found. A record cancelled as `'report-withdrawn'` or `'unfounded'` was a report
 *   received: it counts in `reported`, and is not open after the cancel.
 *
 * Counts are reports (episodes), never unique children (VOC-4), unless `options.children` is
 * true: then `distinctChildren` is the number of children the reports counted in `reported`
 * stand for, linked by `linkCases` with its default options (the same child reported by
 * several agencies, under a nickname or a mistyped birth date, counts once), and
 * `childrenWithRepeatEpisodes` those of them reported twice or more in the year. Without it,
 * nothing changes and nothing is slower. With it, a case id that repeats an earlier one
 * throws a `RangeError` naming `cases[i].id` (reports are linked by id). Implemented on
 * {@link createAnnualAccumulator}: same results, case by case. Throws a `RangeError` naming
 * `options.year` / `options.ageLimit` when not integers in range, and `cases[i]` and the
 * field when a case has an invalid `reportedAt`, `timeZone`, birth date or event (parsed
 * cases never do). Cases are never mutated.
 *
 * @example
 * ```ts
 * const s = annualStatistics(cases, { year: 2024 });
 * s.reported;        // 12114
 * s.reportedAsRunaway / s.reported; // ≈ 0.95
 * s.closed;          // 12310
 * s.activeAtYearEnd; // 1067
 * s.byMonth.length;  // 12
 * annualStatistics(cases, { year: 2024, children: true }).distinctChildren; // fewer than 12114
 * ```
 * @see `docs/rules.md#st-1`
 * @see `docs/rules.md#st-2`
 * @see `docs/rules.md#st-3`
 * @see `docs/rules.md#st-4`
 * @see `docs/rules.md#st-5`
 * @see `docs/rules.md#st-6`
 * @see `docs/rules.md#voc-4`
 */
export function annualStatistics(
  cases: Iterable<MissingCase>,
  options: AnnualOptions & { readonly children: true },
): AnnualStatistics & ChildCounts;
export function annualStatistics(
  cases: Iterable<MissingCase>,
  options: AnnualOptions,
): AnnualStatistics;
export function annualStatistics(
  cases: Iterable<MissingCase>,
  options: AnnualOptions,
): AnnualStatistics {
  const counter = createCounter(options);
  if (cases === null || typeof cases !== "object" || !(Symbol.iterator in cases)) {
    throw new TypeError("cases must be an iterable of MissingCase");
  }
  if (Array.isArray(cases)) {
    // Index loop on arrays: the bulk path, and the index names a bad case.
    for (let i = 0; i < cases.length; i++) counter.add(cases[i], i);
  } else {
    let i = 0;
    for (const c of cases) counter.add(c, i++);
  }
  return counter.result();
}

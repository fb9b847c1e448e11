/**
 * `childHistory`: one child's episodes, as of an instant.
 * @module
 */
import { endangermentIndicators, traffickingRiskFlags } from "../classification/indicators.js";
import { foldEvents } from "../lifecycle/fold.js";
import type { MissingCase } from "../models/case.js";
import { OPEN_STATUSES, RISK_INDICATORS } from "../models/lists.js";
import type { ReportedAs } from "../models/reported-as.js";
import type { RiskIndicator } from "../models/risk-indicator.js";
import { dayNumber, monthDays } from "../time/day-number.js";
import { instantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";

/**
 * What {@link childHistory} returns: a child's episodes summed up as of an instant.
 *
 * @example
 * ```ts
 * const h: ChildHistory = childHistory(casesOfOneChild, { asOf: "2024-12-31T23:59:59Z" });
 * h.episodes; // 3
 * ```
 */
export type ChildHistory = {
  /** The child's key, as {@link linkCases} gives it: the id of the earliest report. */
  readonly key: string;
  /** Reports at or before `asOf`, less records cancelled by then as entered in error or duplicates. */
  readonly episodes: number;
  readonly firstReportedAt: string;
  readonly lastReportedAt: string;
  /** Episodes reported in the twelve months up to `asOf` (after the same UTC instant a year before). */
  readonly episodesInLast12Months: number;
  /** Local midnights away over all episodes, to the locate or, if still missing, to `asOf`; undefined when one is not known. */
  readonly nightsAwayTotal: number | undefined;
  /** Episodes by the circumstance recorded at intake; only values that occur are keys. */
  readonly reportedAs: Partial<Record<ReportedAs, number>>;
  /** Union over the episodes of the endangerment indicators and trafficking flags, derived flags included. */
  readonly riskIndicators: readonly RiskIndicator[];
};

/**
 * Options of {@link childHistory}: `asOf`, an RFC 3339 instant or a `Date`.
 *
 * @example
 * ```ts
 * const options: ChildHistoryOptions = { asOf: new Date("2025-01-01T00:00:00Z") };
 * ```
 */
export type ChildHistoryOptions = { readonly asOf: string | Date };

type Episode = { readonly c: MissingCase; readonly index: number; readonly reportedMs: number };

function asOfMs(options: ChildHistoryOptions): number {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("options must be an object with asOf");
  }
  const { asOf } = options;
  if (asOf instanceof Date) {
    const ms = asOf.getTime();
    if (Number.isNaN(ms)) throw new RangeError("options.asOf must be a valid Date");
    return ms;
  }
  return instantMs(asOf, "options.asOf");
}

/** The same UTC wall time a year earlier (29 February → 28 February). */
function yearBefore(ms: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear() - 1;
  const day = Math.min(d.getUTCDate(), monthDays(y, d.getUTCMonth() + 1));
  return (
    Date.UTC(y, d.getUTCMonth(), day) +
    (ms - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  );
}

const byReport = (x: Episode, y: Episode): number =>
  x.reportedMs - y.reportedMs || (x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0);

function isVoidBy(c: MissingCase, untilMs: number, param: string): boolean {
  const state = foldEvents(c.events, Number.NEGATIVE_INFINITY, untilMs, param);
  if (state.status !== "cancelled") return false;
  // A cancel is final (the lifecycle table allows nothing after it): it is the last event.
  const cancel = c.events[c.events.length - 1];
  return (
    cancel?.type === "cancel" &&
    (cancel.reason === "entered-in-error" || cancel.reason === "duplicate")
  );
}

/** Nights away of one episode as of `untilMs`, or undefined when not known. */
function nightsOf(e: Episode, untilMs: number): number | undefined {
  const { c } = e;
  const param = `cases[${e.index}]`;
  const state = foldEvents(c.events, e.reportedMs, untilMs, `${param}.events`);
  const from = instantMs(c.lastContactAt, `${param}.lastContactAt`);
  const nights = (to: number) =>
    dayNumber(localPacked(to, c.timeZone, `${param}.timeZone`)) -
    dayNumber(localPacked(from, c.timeZone, `${param}.timeZone`));
  if (state.locate) return nights(instantMs(state.locate.at, `${param}.events`));
  if (OPEN_STATUSES.has(state.status)) return nights(untilMs);
  // Cancelled before a locate (withdrawn, unfounded): only what the record says.
  return c.facts?.nightsAway;
}

/** Flags of each episode; the i-th episode of the child has at least i before it (TRF-1). */
function indicatorsOf(episodes: readonly Episode[]): RiskIndicator[] {
  const found = new Set<RiskIndicator>();
  episodes.forEach(({ c }, i) => {
    const prior = i === 0 ? c.priorEpisodes : Math.max(c.priorEpisodes ?? 0, i);
    const seen = prior === c.priorEpisodes ? c : { ...c, priorEpisodes: prior };
    for (const flag of traffickingRiskFlags(seen)) found.add(flag);
    for (const flag of endangermentIndicators(seen)) found.add(flag);
  });
  return RISK_INDICATORS.filter((r) => found.has(r));
}

/**
 * One child's history of missing episodes as of `options.asOf` (an RFC 3339 instant or a
 * `Date`): pass the reports of one child, e.g. the `caseIds` of a child from
 * {@link linkCases}.
 *
 * - An **episode** is a report received at or before `asOf`, except records cancelled by
 *   then as entered in error or as duplicates (they never stood for an episode, as in the
 *   annual statistics). Events after `asOf` are ignored everywhere: a child found the next
 *   day is still missing as of `asOf`.
 * - `nightsAwayTotal`: local midnights (in each case's zone) from last contact to the locate
 *   in force, or to `asOf` while the child is still missing; a report withdrawn before a
 *   locate counts its recorded `facts.nightsAway`; undefined when one episode's nights are
 *   not known (unknown is not zero).
 * - `riskIndicators`: the union over the episodes of `endangermentIndicators` and
 *   `traffickingRiskFlags`, each read with at least as many prior episodes as the history
 *   shows: three linked episodes raise `'repeat-missing'` (TRF-1, 3+ episodes,
 *   https://www.missingkids.org/theissues/trafficking) even when no report recorded
 *   `priorEpisodes`; `'ran-from-care'` comes from any episode from foster care, a group home
 *   or a residential facility. Ordered as the risk indicator list.
 *
 * Throws a `TypeError` when `cases` is not a non-empty array, a `RangeError` naming
 * `options.asOf` when it is not an instant or a valid `Date`, and when no episode is
 * reported by `asOf`; and naming `cases[i]` and the field for a malformed case.
 *
 * @example
 * ```ts
 * import { childHistory } from "missing-child-cases";
 * import { makeCase } from "missing-child-cases/testing";
 *
 * const child = makeCase({}, { seed: 3 }).child;
 * const first = makeCase({ child, reportedAt: "2024-03-01T20:00:00-05:00", missingFrom: "group-home", status: "closed" }, { seed: 1 });
 * const second = makeCase({ child, reportedAt: "2024-06-10T21:00:00-04:00", status: "closed" }, { seed: 2 });
 * const h = childHistory([first, second], { asOf: "2024-12-31T23:59:59-05:00" });
 * h.episodes; // 2
 * h.riskIndicators.includes("ran-from-care"); // true
 * ```
 */
export function childHistory(
  cases: readonly MissingCase[],
  options: ChildHistoryOptions,
): ChildHistory {
  const until = asOfMs(options);
  if (!Array.isArray(cases) || cases.length === 0) {
    throw new TypeError("cases must be a non-empty array of MissingCase");
  }
  const all: Episode[] = cases.map((c, index) => {
    if (typeof c !== "object" || c === null)
      throw new TypeError(`cases[${index}] must be a MissingCase`);
    return { c, index, reportedMs: instantMs(c.reportedAt, `cases[${index}].reportedAt`) };
  });
  all.sort(byReport);
  const episodes = all.filter(
    (e) => e.reportedMs <= until && !isVoidBy(e.c, until, `cases[${e.index}].events`),
  );
  const first = episodes[0];
  const last = episodes[episodes.length - 1];
  if (!first || !last) {
    throw new RangeError("cases must hold an episode reported at or before options.asOf");
  }
  const since = yearBefore(until);
  const reportedAs: Partial<Record<ReportedAs, number>> = {};
  let nightsAwayTotal: number | undefined = 0;
  for (const e of episodes) {
    reportedAs[e.c.reportedAs] = (reportedAs[e.c.reportedAs] ?? 0) + 1;
    const n = nightsOf(e, until);
    nightsAwayTotal =
      n === undefined || nightsAwayTotal === undefined ? undefined : nightsAwayTotal + n;
  }
  return {
    key: (all[0] as Episode).c.id,
    episodes: episodes.length,
    firstReportedAt: first.c.reportedAt,
    lastReportedAt: last.c.reportedAt,
    episodesInLast12Months: episodes.filter((e) => e.reportedMs > since).length,
    nightsAwayTotal,
    reportedAs,
    riskIndicators: indicatorsOf(episodes),
  };
}

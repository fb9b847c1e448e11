/**
 * Annual statistics one case at a time (ST-1 … ST-6).
 * @module
 */
import { ageRangeOnPacked } from "../age/index.js";
import { notBirthDate, notCase, notInstant } from "../issues/misuse.js";
import type { MissingCase } from "../models/case.js";
import { REPORTED_AS } from "../models/lists.js";
import type { ReportedAs } from "../models/reported-as.js";
import { tryInstantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import type { PackedDate } from "../time/packed-date.js";
import { tryDateBounds } from "../time/partial-date.js";
import { type ChildCounter, createChildCounter } from "./children.js";
import type { AnnualAccumulator, AnnualOptions, AnnualStatistics, ChildCounts } from "./types.js";
import { CLEARED_IN_YEAR, isVoidRecord, OPEN_AT_END, yearEndFacts } from "./year-end.js";
import { yearWindows } from "./year-window.js";

type Resolved = { readonly year: number; readonly ageLimit: number; readonly children: boolean };

/** Checks the options; messages name the option, never its value. */
function resolveOptions(options: AnnualOptions): Resolved {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("options must be an object with a year");
  }
  const { year, ageLimit = 18, children = false } = options; // ST-1: under 18 at report by default
  if (!Number.isInteger(year) || year < 1 || year > 9998) {
    throw new RangeError("options.year must be an integer from 1 to 9998");
  }
  if (!Number.isInteger(ageLimit) || ageLimit < 1 || ageLimit > 200) {
    throw new RangeError("options.ageLimit must be an integer from 1 to 200");
  }
  if (typeof children !== "boolean") throw new TypeError("options.children must be a boolean");
  return { year, ageLimit, children };
}

/** Mutable counters: fixed size (byAge is bounded by ageLimit), so memory does not grow. */
type Counts = {
  reported: number;
  runaway: number;
  closed: number;
  active: number;
  readonly byMonth: number[];
  readonly byAge: number[];
  readonly byReportedAs: Map<ReportedAs, number>;
};

function emptyCounts(ageLimit: number): Counts {
  return {
    reported: 0,
    runaway: 0,
    closed: 0,
    active: 0,
    byMonth: new Array<number>(12).fill(0),
    byAge: new Array<number>(ageLimit).fill(0),
    byReportedAs: new Map(REPORTED_AS.map((r) => [r, 0])),
  };
}

function snapshot(year: number, k: Counts, children: ChildCounter | undefined): AnnualStatistics {
  const byAgeAtReport: Record<number, number> = {};
  k.byAge.forEach((n, age) => {
    byAgeAtReport[age] = n;
  });
  return {
    year,
    reported: k.reported,
    reportedAsRunaway: k.runaway,
    runawayShare: k.reported === 0 ? 0 : k.runaway / k.reported,
    closed: k.closed,
    activeAtYearEnd: k.active,
    byMonth: [...k.byMonth],
    byAgeAtReport,
    byReportedAs: Object.fromEntries(k.byReportedAs) as Record<ReportedAs, number>,
    ...children?.counts(),
  };
}

/**
 * Age at report in completed years, the lower bound when the birth date is partial (ST-6:
 * an uncertain age counts by its lower bound), on the local date of the report (AGE-7).
 */
function reportAge(c: MissingCase, on: PackedDate, name: (f: string) => string): number {
  const bounds = tryDateBounds(c.child?.birthDate);
  if (bounds === undefined) {
    throw notBirthDate(name("child.birthDate"));
  }
  if (on < bounds.earliest) {
    throw new RangeError(
      `${name("reportedAt")} must not be before the earliest possible birth date`,
    );
  }
  return ageRangeOnPacked(bounds, on).min;
}

/**
 * Counts one case. `index` is its position in `annualStatistics`'s input, or `undefined`
 * for the accumulator; error messages name `cases[index]` or `c`.
 * @example `counter.add(c, 3); // a bad birth date throws "cases[3].child.birthDate must …"`
 * @internal
 */
export type AddCase = (c: MissingCase, index?: number) => void;

/**
 * The counting step shared by {@link createAnnualAccumulator} and `annualStatistics`, so
 * both give the same counts (ST-1 … ST-6).
 *
 * @example
 * ```ts
 * const counter = createCounter({ year: 2024 });
 * cases.forEach((c, i) => counter.add(c, i)); // errors name cases[i]
 * counter.result().reported;
 * ```
 * @internal
 */
export function createCounter(options: AnnualOptions): {
  add: AddCase;
  result: () => AnnualStatistics;
} {
  const { year, ageLimit, children } = resolveOptions(options);
  const k = emptyCounts(ageLimit);
  // Only with `children: true`: the reports of the year, as linking reads them.
  const linked = children ? createChildCounter() : undefined;
  const windowOf = yearWindows(year);
  // Parameter names are built only when something throws: no strings on the bulk path.
  let at: number | undefined;
  const who = () => (at === undefined ? "c" : `cases[${at}]`);
  const name = (field: string) => `${who()}.${field}`;
  const zoneName = () => name("timeZone");

  const add: AddCase = (c, index) => {
    at = index;
    if (typeof c !== "object" || c === null) {
      throw notCase(who());
    }
    const reportedMs = tryInstantMs(c.reportedAt);
    if (Number.isNaN(reportedMs)) {
      throw notInstant(name("reportedAt"));
    }
    if (!Array.isArray(c.events)) throw new TypeError(`${name("events")} must be an array`);
    const w = windowOf(c.timeZone, zoneName);
    // Reported after the year: in no count (a clear needs a report before it).
    if (reportedMs >= w.endMs || isVoidRecord(c.events)) return;
    const inYear = reportedMs >= w.startMs;
    const facts = yearEndFacts(c.events, w, inYear, name);
    if (!inYear && facts === 0) return;
    const reportedOn = localPacked(reportedMs, c.timeZone);
    const age = reportAge(c, reportedOn, name);
    if (age >= ageLimit) return;
    const n = k.byReportedAs.get(c.reportedAs);
    if (n === undefined) throw new RangeError(`${name("reportedAs")} must be a ReportedAs value`);
    if (facts & CLEARED_IN_YEAR) k.closed++;
    if (facts & OPEN_AT_END) k.active++;
    if (!inYear) return;
    linked?.add(c, index);
    k.byReportedAs.set(c.reportedAs, n + 1);
    k.reported++;
    if (c.reportedAs === "runaway") k.runaway++;
    const month = Math.floor(reportedOn / 100) % 100;
    k.byMonth[month - 1] = (k.byMonth[month - 1] ?? 0) + 1;
    k.byAge[age] = (k.byAge[age] ?? 0) + 1;
  };
  return { add, result: () => snapshot(year, k, linked) };
}

/**
 * Annual statistics built one case at a time, for streams larger than memory: counters of
 * fixed size (`byAgeAtReport` has `ageLimit` entries) and one cached year window per time
 * zone, so memory does not grow with the number of cases. `result()` equals
 * `annualStatistics` over the cases added so far, in any order; it returns a new object,
 * and adding more cases later never changes one already returned.
 *
 * Definitions (ST-1 … ST-4) and the choices for cancelled records and uncertain ages (ST-5,
 * ST-6) are those of `annualStatistics`. With `children: true` it keeps what linking reads of
 * each report counted in `reported` (names, birth date, ids, times: not the case), so its
 * memory then grows with the reports of the year, and `result()` links them. Throws like it:
 * a `RangeError`/`TypeError` naming
 * `options.year` or `options.ageLimit` here, and naming the field of `c` in `add`.
 *
 * @example
 * ```ts
 * const acc = createAnnualAccumulator({ year: 2024 });
 * for await (const line of lines) {
 *   const r = parseCase(JSON.parse(line));
 *   if (r.ok) acc.add(r.value);
 * }
 * const { reported, runawayShare, closed, activeAtYearEnd } = acc.result();
 * ```
 * @see `docs/rules.md#st-1`
 * @see `docs/rules.md#st-5`
 * @see `docs/rules.md#st-6`
 */
export function createAnnualAccumulator(
  options: AnnualOptions & { readonly children: true },
): AnnualAccumulator<AnnualStatistics & ChildCounts>;
export function createAnnualAccumulator(options: AnnualOptions): AnnualAccumulator;
export function createAnnualAccumulator(options: AnnualOptions): AnnualAccumulator {
  const counter = createCounter(options);
  return { add: (c) => counter.add(c), result: counter.result };
}

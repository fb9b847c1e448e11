/**
 * When a deadline or a notice applies to a case (DL-5): its conditions, read three-valued
 * from the facts of the case as of an instant, each fact computed at most once.
 * @module
 */
import { caseAge } from "../age/case-ages.js";
import { type Age, ageBelow } from "../classification/age.js";
import { episodeTypeOf } from "../classification/classify-case.js";
import { endangermentIndicators } from "../classification/indicators.js";
import { type Tri, triAnd, triOr } from "../classification/tri.js";
import type { DeadlineCondition } from "../jurisdictions/types.js";
import type { MissingCase } from "../models/case.js";
import { isCarePlacement } from "../rules/care.js";
import { instantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";

/**
 * What the conditions read of a case, as of an instant: the answers that depend on events
 * are given, the others computed on first use.
 * @internal
 */
export type CaseFacts = {
  readonly c: MissingCase;
  /** Whether the case has an `enter` (as of). */
  readonly entered: boolean;
  /** Whether a locate is in force (as of). */
  readonly located: boolean;
};

type Memo = { age?: Age; atRisk?: boolean; runaway?: Tri; reportedOn?: number };

/** Facts of a case, with a memo for the ones computed on demand. */
type Reader = CaseFacts & { readonly memo: Memo };

function age(r: Reader): Age {
  r.memo.age ??= caseAge(r.c, "report", undefined);
  return r.memo.age;
}

/** A risk established (two-valued, as NY-3 always read it): safety at risk or an indicator. */
function atRisk(r: Reader): boolean {
  r.memo.atRisk ??=
    r.c.facts?.physicalSafetyAtRisk === true || endangermentIndicators(r.c).length > 0;
  return r.memo.atRisk;
}

function runaway(r: Reader): Tri {
  if (r.memo.runaway === undefined) {
    const type = episodeTypeOf(r.c);
    r.memo.runaway = type === "undetermined" ? "unknown" : type === "runaway";
  }
  return r.memo.runaway;
}

function reportedOnOrAfter(r: Reader, date: string): boolean {
  r.memo.reportedOn ??= localPacked(
    instantMs(r.c.reportedAt, "c.reportedAt"),
    r.c.timeZone,
    "c.timeZone",
  );
  return r.memo.reportedOn >= Number(date.replaceAll("-", ""));
}

/** One condition of the vocabulary, by key. */
const TESTS: {
  readonly [K in keyof DeadlineCondition]-?: (
    r: Reader,
    value: NonNullable<DeadlineCondition[K]>,
  ) => Tri;
} = {
  ageBelowAtReport: (r, n) => ageBelow(age(r), n),
  reportedOnOrAfter: reportedOnOrAfter,
  missingFromCare: (r) => r.c.missingFrom !== undefined && isCarePlacement(r.c.missingFrom),
  atRisk: (r, wanted) => atRisk(r) === wanted,
  priorEpisodesAtLeast: (r, n) =>
    r.c.priorEpisodes === undefined ? "unknown" : r.c.priorEpisodes >= n,
  runaway: (r) => runaway(r),
  hasEnter: (r) => r.entered,
  notLocated: (r) => !r.located,
  // Facts a case does not record: always unknown, so the deadline is listed (DL-5).
  enrolledInSchool: () => "unknown",
  bornInState: () => "unknown",
  anyOf: (r, list) => anyOf(r, list),
};

function anyOf(r: Reader, list: readonly DeadlineCondition[]): Tri {
  let out: Tri = false;
  for (const w of list) {
    out = triOr(out, holds(r, w));
    if (out === true) return true;
  }
  return out;
}

function holds(r: Reader, w: DeadlineCondition): Tri {
  let out: Tri = true;
  for (const key of Object.keys(w) as (keyof DeadlineCondition)[]) {
    const value = w[key];
    if (value === undefined) continue;
    const test = TESTS[key] as (r: Reader, v: typeof value) => Tri;
    out = triAnd(out, test(r, value));
    if (out === false) return false;
  }
  return out;
}

/**
 * A reader of conditions over one case as of an instant: `applies(w)` is `true`, `false` or
 * `'unknown'` (an age range straddling a limit, a fact not recorded). Facts are read in the
 * order the condition gives them and each is computed at most once per reader.
 * @internal
 *
 * @example
 * ```ts
 * const applies = conditionReader({ c, entered: true, located: false });
 * applies({ ageBelowAtReport: 21 }); // true for a 15-year-old
 * applies({ enrolledInSchool: true }); // "unknown"
 * ```
 */
export function conditionReader(facts: CaseFacts): (w: DeadlineCondition) => Tri {
  const reader: Reader = { ...facts, memo: {} };
  return (w) => holds(reader, w);
}

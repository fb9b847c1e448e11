/**
 * Statutory deadlines of a case, as of an instant.
 * @module
 */
import { ageRangeAtReport } from "../age/index.js";
import { endangermentIndicators } from "../classification/index.js";
import { notCase } from "../issues/misuse.js";
import { foldEvents } from "../lifecycle/fold.js";
import type { MissingCase } from "../models/case.js";
import type { CaseEvent, CaseEventOf } from "../models/case-event.js";
import { isCarePlacement } from "../rules/care.js";
import { instantMs, tryInstantMs } from "../time/instant.js";
import { plusHours, plusLocalDays, plusLocalMonths } from "./calendar.js";
import { type LapseMark, lapsedMs, lapseMarks } from "./lapse.js";
import { DEADLINE_RULE_OF, DEADLINE_SOURCES, type DeadlineRule } from "./rules.js";

/**
 * One statutory deadline of a case. `ruleId` names the rule it applies (in `RULES` and
 * `docs/rules.md`); `source` cites that rule in one line. `dueAt`, `satisfiedAt` and
 * `lapsedAt` are `Date.prototype.toISOString()` strings (UTC, milliseconds); on time means
 * `satisfiedAt` ≤ `dueAt`. At most one of `satisfiedAt` and `lapsedAt` is present; a
 * deadline with neither whose `dueAt` has passed was missed.
 *
 * @example
 * ```ts
 * const d: Deadline = {
 *   rule: "ncic-entry",
 *   ruleId: "FED-4",
 *   dueAt: "2025-02-03T04:15:00.000Z",
 *   satisfiedAt: "2025-02-03T03:30:00.000Z",
 *   source: DEADLINE_SOURCES["ncic-entry"],
 * };
 * const onTime = d.satisfiedAt !== undefined && d.satisfiedAt <= d.dueAt; // true
 * ```
 * @see `docs/rules.md#fed-4`
 * @see `docs/rules.md#dl-2`
 */
export type Deadline = {
  readonly rule: DeadlineRule;
  readonly ruleId: string;
  readonly dueAt: string;
  /** When the first satisfying event happened; absent while none has, or when it lapsed first. */
  readonly satisfiedAt?: string;
  /**
   * When the deadline lapsed (DL-2): the instant of the locate that found the child before
   * the deadline was due and before it was satisfied. A lapsed deadline is never overdue.
   */
  readonly lapsedAt?: string;
  readonly source: string;
};

/** The first events that start or satisfy a deadline, among those at or before `untilMs`. */
type Milestones = {
  enter?: CaseEvent;
  verify?: CaseEvent;
  ncmec?: CaseEvent;
  namus?: CaseEvent;
};

function isNotice(e: CaseEvent, to: CaseEventOf<"notify">["recipient"]): boolean {
  return e.type === "notify" && e.recipient === to;
}

function milestones(events: readonly CaseEvent[], untilMs: number): Milestones {
  const m: Milestones = {};
  for (const e of events) {
    // Events run oldest first (a schema rule), so the first later one ends the history.
    if (!(tryInstantMs(e.at) <= untilMs)) break;
    if (e.type === "enter") m.enter ??= e;
    // Only an active or located case can be verified, so every verify follows the enter.
    else if (e.type === "verify" && m.enter) m.verify ??= e;
    else if (isNotice(e, "ncmec")) m.ncmec ??= e;
    else if (isNotice(e, "namus")) m.namus ??= e;
  }
  return m;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function deadline(
  rule: DeadlineRule,
  dueMs: number,
  by: CaseEvent | undefined,
  marks: readonly LapseMark[],
): Deadline {
  const ruleId = DEADLINE_RULE_OF[rule].id;
  const base = { rule, ruleId, dueAt: iso(dueMs), source: DEADLINE_SOURCES[rule] };
  const satisfiedMs = by ? instantMs(by.at, "c.events[].at") : undefined;
  const lapsed = lapsedMs(marks, dueMs, satisfiedMs);
  if (lapsed !== undefined) return { ...base, lapsedAt: iso(lapsed) };
  return satisfiedMs === undefined ? base : { ...base, satisfiedAt: iso(satisfiedMs) };
}

/** NY-3: the 30-day clock runs when safety is known to be at risk or any endangerment indicator holds. */
function namusDays(c: MissingCase): number {
  return c.facts?.physicalSafetyAtRisk === true || endangermentIndicators(c).length > 0 ? 30 : 180;
}

/**
 * The deadlines of `c` given only its events at or before `untilMs` (the case as of that
 * instant); rules and sources as in {@link complianceDeadlines}.
 * @internal
 *
 * @example
 * ```ts
 * deadlinesAsOf(c, Date.parse("2025-03-01T00:00:00Z")); // as complianceDeadlines on 1 March
 * ```
 */
export function deadlinesAsOf(c: MissingCase, untilMs: number): Deadline[] {
  if (typeof c !== "object" || c === null) throw notCase("c");
  const reportedMs = instantMs(c.reportedAt, "c.reportedAt");
  const state = foldEvents(c.events, reportedMs, untilMs, "c.events");
  if (state.status === "cancelled") return [];
  const m = milestones(c.events, untilMs);
  const h = lapseMarks(c.events, untilMs);
  const zone = c.timeZone;
  const enterMs = m.enter ? instantMs(m.enter.at, "c.events[].at") : undefined;
  const out: Deadline[] = [];
  if (ageRangeAtReport(c).min < 21)
    out.push(deadline("ncic-entry", plusHours(reportedMs, 2), m.enter, h));
  if (enterMs !== undefined) {
    const due = plusLocalDays(enterMs, 30, zone, "c.timeZone");
    out.push(deadline("ncic-verification", due, m.verify, h));
  }
  if (c.missingFrom !== undefined && isCarePlacement(c.missingFrom)) {
    out.push(deadline("foster-care-report", plusHours(reportedMs, 24), m.enter, h));
    out.push(deadline("ncmec-notice", plusHours(reportedMs, 24), m.ncmec, h));
  }
  if (c.state === "NY" && enterMs !== undefined) {
    const due = plusLocalDays(enterMs, namusDays(c), zone, "c.timeZone");
    out.push(deadline("ny-namus-referral", due, m.namus, h));
  }
  if (state.locate === undefined) {
    const due = plusLocalMonths(reportedMs, 6, zone, "c.timeZone");
    out.push(deadline("long-term-missing", due, undefined, h));
  }
  return out;
}

/**
 * The statutory deadlines of a case, in this order, each with the rule it applies
 * (`ruleId`), its due instant, the first event that satisfied it (if any) and its source:
 *
 * | rule | rule id | applies when | due | satisfied by |
 * |---|---|---|---|---|
 * | `ncic-entry` | FED-4 | age at report < 21, or possibly so (lower bound of a partial birth date) | `reportedAt` + 2 h | the first `enter` |
 * | `ncic-verification` | FED-5 | the case has an `enter` | that `enter` + 30 days | the first `verify` after it |
 * | `foster-care-report` | FED-7 | `missingFrom` is foster care, a group home or a residential facility | `reportedAt` + 24 h | the first `enter` |
 * | `ncmec-notice` | FED-7 (and FED-6) | as above | `reportedAt` + 24 h | the first `notify` to `ncmec` |
 * | `ny-namus-referral` | NY-3 | `state` is `'NY'` and the case has an `enter` | that `enter` + 30 days if `facts.physicalSafetyAtRisk` is true or any endangerment indicator holds, else + 180 days | the first `notify` to `namus` |
 * | `long-term-missing` | NC-2 (unverified) | no locate in force (a reopen voids one) | `reportedAt` + 6 months | never (a milestone) |
 *
 * A deadline **lapses** (DL-2, a choice of this library) when the child is located before it
 * is due and before it is satisfied: `lapsedAt` is that locate's instant, and it is never
 * overdue. A satisfying event at or before the locate's instant wins the tie; a reopen before
 * the due time voids the locate and the lapse (the deadline runs again), a reopen at or after
 * it leaves the lapse. A deadline with neither `satisfiedAt` nor `lapsedAt` whose `dueAt` has
 * passed was missed. A cancelled case has none. Hours are exact; days and months are calendar units in
 * `c.timeZone` at the same local time (DL-1): a local time that a DST change skips becomes
 * the first valid instant (the change itself), a repeated one takes its earlier occurrence,
 * and a day the month lacks becomes its last day. An unknown `physicalSafetyAtRisk` counts as not established for
 * NY-3, so the 180-day clock runs until the risk is recorded.
 *
 * Throws a `RangeError` naming the field (`c.reportedAt`, `c.timeZone`, `c.events[i]`, …)
 * when the case is not one its type allows; messages never quote values.
 *
 * @example
 * ```ts
 * complianceDeadlines(c)[0];
 * // { rule: "ncic-entry", ruleId: "FED-4", dueAt: "2025-02-03T04:15:00.000Z",
 * //   satisfiedAt: "2025-02-03T03:30:00.000Z", source: "FED-4: 34 U.S.C. 41308(3); …" }
 * // The child found 30 minutes after the report, before any entry:
 * complianceDeadlines(foundFast)[0].lapsedAt; // "2025-02-03T02:45:00.000Z"
 * ```
 * @see `docs/rules.md#fed-4`
 * @see `docs/rules.md#fed-5`
 * @see `docs/rules.md#fed-6`
 * @see `docs/rules.md#fed-7`
 * @see `docs/rules.md#ny-3`
 * @see `docs/rules.md#nc-2`
 * @see `docs/rules.md#dl-1`
 * @see `docs/rules.md#dl-2`
 */
export function complianceDeadlines(c: MissingCase): Deadline[] {
  return deadlinesAsOf(c, Number.POSITIVE_INFINITY);
}

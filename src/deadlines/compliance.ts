/**
 * Statutory deadlines of a case, as of an instant, read from the jurisdiction profiles.
 * @module
 */

import { notCase } from "../issues/misuse.js";
import type { JurisdictionId } from "../jurisdictions/ids.js";
import type { DeadlineDefinition, Jurisdiction } from "../jurisdictions/types.js";
import { foldEvents } from "../lifecycle/fold.js";
import type { MissingCase } from "../models/case.js";
import type { CaseEvent } from "../models/case-event.js";
import { instantMs, tryInstantMs } from "../time/instant.js";
import { plusDuration } from "./calendar.js";
import { conditionReader } from "./conditions.js";
import { type LapseMark, lapsedMs, lapseMarks } from "./lapse.js";
import { type DeadlineOptions, profilesOf } from "./options.js";
import { type DeadlineRule, deadlineSources } from "./rules.js";

/**
 * One statutory deadline of a case. `ruleId` names the rule it applies (in `RULES` and
 * `docs/rules.md`), `jurisdiction` the profile it comes from; `source` cites that rule in one
 * line. `dueAt`, `satisfiedAt` and `lapsedAt` are `Date.prototype.toISOString()` strings
 * (UTC, milliseconds); on time means `satisfiedAt` ≤ `dueAt`. At most one of `satisfiedAt`
 * and `lapsedAt` is present; a deadline with neither whose `dueAt` has passed was missed.
 *
 * @example
 * ```ts
 * const d: Deadline = {
 *   rule: "ncic-entry",
 *   ruleId: "FED-4",
 *   jurisdiction: "US",
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
  /** The profile the deadline comes from: `'US'` for the federal ones. */
  readonly jurisdiction: JurisdictionId;
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

/** The case as of an instant: what the deadlines read of its events. */
type AsOf = {
  readonly c: MissingCase;
  /** The events at or before the instant, oldest first. */
  readonly events: readonly CaseEvent[];
  readonly reportedMs: number;
  readonly enter: CaseEvent | undefined;
  /** The locate in force, if any. */
  readonly locate: CaseEvent | undefined;
  readonly marks: readonly LapseMark[];
};

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The events at or before `untilMs` (events run oldest first, a schema rule). */
function eventsUntil(events: readonly CaseEvent[], untilMs: number): readonly CaseEvent[] {
  const end = events.findIndex((e) => !(tryInstantMs(e.at) <= untilMs));
  return end < 0 ? events : events.slice(0, end);
}

/** The instant a deadline runs from, or `undefined` when that has not happened (DL-4). */
function anchorMs(a: AsOf, d: DeadlineDefinition): number | undefined {
  switch (d.from) {
    case "report":
      return a.reportedMs;
    case "first-enter":
      return a.enter === undefined ? undefined : instantMs(a.enter.at, "c.events[].at");
    case "locate":
      return a.locate === undefined ? undefined : instantMs(a.locate.at, "c.events[].at");
  }
}

/**
 * The first event that meets `d`: of its type (and recipient), at or after the report; after
 * the locate for a deadline that runs from it (DL-4).
 */
function satisfying(a: AsOf, d: DeadlineDefinition): CaseEvent | undefined {
  const by = d.satisfiedBy;
  if (by === undefined) return undefined;
  const start = d.from === "locate" && a.locate ? a.events.indexOf(a.locate) + 1 : 0;
  for (let i = start; i < a.events.length; i++) {
    const e = a.events[i] as CaseEvent;
    if (e.type !== by.event) continue;
    if (by.recipient === undefined || (e.type === "notify" && e.recipient === by.recipient))
      return e;
  }
  return undefined;
}

function deadline(a: AsOf, d: DeadlineDefinition, j: JurisdictionId, startMs: number): Deadline {
  const rule = d.rule as DeadlineRule;
  const dueMs = plusDuration(startMs, d.after, a.c.timeZone, "c.timeZone");
  const base = {
    rule,
    ruleId: d.ruleId,
    jurisdiction: j,
    dueAt: iso(dueMs),
    source: deadlineSources()[rule],
  };
  const by = satisfying(a, d);
  const satisfiedMs = by ? instantMs(by.at, "c.events[].at") : undefined;
  // A deadline that runs from the locate cannot lapse: the finding is what starts it (DL-4).
  const marks = d.from === "locate" ? [] : a.marks;
  const lapsed = lapsedMs(marks, dueMs, satisfiedMs);
  if (lapsed !== undefined) return { ...base, lapsedAt: iso(lapsed) };
  return satisfiedMs === undefined ? base : { ...base, satisfiedAt: iso(satisfiedMs) };
}

/** The deadlines of `profiles` that apply to the case as of `a`, milestones last (DL-5). */
function listed(a: AsOf, profiles: readonly Jurisdiction[]): Deadline[] {
  const applies = conditionReader({
    c: a.c,
    entered: a.enter !== undefined,
    located: a.locate !== undefined,
  });
  const seen = new Set<string>();
  const duties: Deadline[] = [];
  const milestones: Deadline[] = [];
  for (const j of profiles) {
    for (const d of j.deadlines) {
      if (seen.has(d.rule)) continue;
      const startMs = anchorMs(a, d);
      if (startMs === undefined || applies(d.appliesWhen) === false) continue;
      // Definitions sharing a name are alternatives: the first that applies is the one.
      seen.add(d.rule);
      (d.satisfiedBy ? duties : milestones).push(deadline(a, d, j.id, startMs));
    }
  }
  return [...duties, ...milestones];
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
export function deadlinesAsOf(
  c: MissingCase,
  untilMs: number,
  options?: DeadlineOptions,
): Deadline[] {
  if (typeof c !== "object" || c === null) throw notCase("c");
  const profiles = profilesOf(c, options);
  const reportedMs = instantMs(c.reportedAt, "c.reportedAt");
  const state = foldEvents(c.events, reportedMs, untilMs, "c.events");
  if (state.status === "cancelled") return [];
  const events = eventsUntil(c.events, untilMs);
  const a: AsOf = {
    c,
    events,
    reportedMs,
    enter: events.find((e) => e.type === "enter"),
    locate: state.locate,
    marks: lapseMarks(c.events, untilMs),
  };
  return listed(a, profiles);
}

/**
 * The statutory deadlines of a case, with the rule each applies (`ruleId`), the profile it
 * comes from (`jurisdiction`), its due instant, the first event that satisfied it (if any)
 * and its source. The profiles are `options.jurisdictions` or, by default,
 * `jurisdictionsFor(c)`: the federal baseline and the profile of `c.state` when the library
 * has one (DL-5). The federal deadlines:
 *
 * | rule | rule id | applies when | due | satisfied by |
 * |---|---|---|---|---|
 * | `ncic-entry` | FED-4 | age at report < 21, or possibly so (a partial birth date) | `reportedAt` + 2 h | the first `enter` |
 * | `namus-entry` | FED-10 | as above, reported on or after 27 December 2022 (FED-14) | `reportedAt` + 2 h | the first `notify` to `namus` |
 * | `ncic-verification` | FED-5 | the case has an `enter` | that `enter` + 30 days | the first `verify` |
 * | `foster-care-report` | FED-7 | `missingFrom` is foster care, a group home or a residential facility | `reportedAt` + 24 h | the first `enter` |
 * | `ncmec-notice` | FED-7 (and FED-6) | as above | `reportedAt` + 24 h | the first `notify` to `ncmec` |
 * | `long-term-missing` | NC-2 (unverified) | no locate in force (a reopen voids one) | `reportedAt` + 6 months | never (a milestone) |
 *
 * Then the state's (`docs/lifecycle.md` lists them all): New York's NamUs referral (NY-3:
 * the entry + 30 days when a risk is established, else 180), California's transmission,
 * school notice and report of a finding (CA-5, CA-7, CA-6), Texas's clearinghouse, NCMEC,
 * high-risk, area and child-welfare notices (TX-2, TX-3, TX-6, TX-4, TX-8), Florida's entry
 * (FL-3), Illinois's registrar notice in 5 business days (IL-4), Ohio's and Georgia's
 * foster-care clocks (OH-4, GA-5), North Carolina's NCIC entry and NamUs after 90 days
 * (NCS-3, NCS-5). A deadline is listed when it applies or may apply (DL-5); one whose
 * starting event has not happened is not (DL-4). Milestones come last.
 *
 * A deadline **lapses** (DL-2, a choice of this library) when the child is located before it
 * is due and before it is satisfied: `lapsedAt` is that locate's instant, and it is never
 * overdue. A satisfying event at or before the locate's instant wins the tie; a reopen before
 * the due time voids the locate and the lapse (the deadline runs again), a reopen at or after
 * it leaves the lapse. A deadline that runs from the locate never lapses. A deadline with
 * neither `satisfiedAt` nor `lapsedAt` whose `dueAt` has passed was missed. A cancelled case
 * has none. Hours are exact; days and months are calendar units in `c.timeZone` at the same
 * local time, business days are Monday to Friday except the observed federal holidays
 * (DL-1, FED-17): a local time that a DST change skips becomes the first valid instant, a
 * repeated one takes its earlier occurrence, and a day the month lacks becomes its last day.
 *
 * Throws a `RangeError` naming the field (`c.reportedAt`, `c.timeZone`, `c.events[i]`, …)
 * when the case is not one its type allows, and a `TypeError` naming `options.jurisdictions`
 * when it is not an array of jurisdiction ids; messages never quote values.
 *
 * @example
 * ```ts
 * complianceDeadlines(c)[0];
 * // { rule: "ncic-entry", ruleId: "FED-4", jurisdiction: "US", dueAt: "2025-02-03T04:15:00.000Z",
 * //   satisfiedAt: "2025-02-03T03:30:00.000Z", source: "FED-4: 34 U.S.C. 41308(3); …" }
 * complianceDeadlines({ ...c, state: "CA" }).map((d) => d.rule);
 * // ["ncic-entry", "namus-entry", "ca-clets-entry", "ca-school-notice", "long-term-missing"]
 * complianceDeadlines(c, { jurisdictions: ["US"] }); // the federal deadlines only
 * ```
 * @see `docs/rules.md#fed-4`
 * @see `docs/rules.md#fed-10`
 * @see `docs/rules.md#fed-5`
 * @see `docs/rules.md#fed-7`
 * @see `docs/rules.md#ny-3`
 * @see `docs/rules.md#nc-2`
 * @see `docs/rules.md#dl-1`
 * @see `docs/rules.md#dl-2`
 * @see `docs/rules.md#dl-4`
 * @see `docs/rules.md#dl-5`
 */
export function complianceDeadlines(c: MissingCase, options?: DeadlineOptions): Deadline[] {
  return deadlinesAsOf(c, Number.POSITIVE_INFINITY, options);
}

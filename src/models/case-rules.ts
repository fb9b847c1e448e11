/**
 * Cross-field rules of a case (LC-1, LC-2 and the checks listed in `docs/issues.md`). They run on a
 * case whose fields are each valid, and report through the codes of `issues/codes.ts`.
 * @module
 */

import type { IssueCode } from "../issues/codes.js";
import type { RuleIssue } from "../issues/issue.js";
import { packedFromDays } from "../time/day-number.js";
import { tryInstantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import type { PackedDate } from "../time/packed-date.js";
import { tryEarliestDate } from "../time/partial-date.js";
import { DAY_MS } from "../time/units.js";
import type { CaseEvent } from "./case-event.js";
import type { CaseStatus } from "./case-status.js";
import { localYearInRange } from "./date-range.js";
import { GUARD_CODES, guardEvent, LifecycleFold } from "./lifecycle-fold.js";

/** The fields of a case the rules read. @internal */
export type CaseShape = {
  readonly child: { readonly birthDate: string };
  readonly timeZone: string;
  readonly reportedAt: string;
  readonly lastContactAt: string;
  readonly status: CaseStatus;
  readonly events: readonly CaseEvent[];
};

export type { RuleIssue } from "../issues/issue.js";

/** The mean Gregorian year in ms: `1970 + ms / YEAR` is within days of an instant's year. */
const YEAR = 31_556_952_000;

function utcPacked(ms: number): PackedDate {
  return packedFromDays(Math.floor(ms / DAY_MS));
}

/**
 * Whether a birth date is after the local date of an instant in `zone` (AGE-1:
 * an event's calendar date is the date in the case's zone). Every zone's offset is within a
 * day of UTC, so the local date lies between the UTC dates a day either side: a birth date
 * outside that window is decided without the (costly) zone lookup, and one born years
 * before without even a `Date`.
 */
function bornAfter(earliest: PackedDate, ms: number, zone: string): boolean {
  if (Math.floor(earliest / 10000) <= 1970 + Math.floor(ms / YEAR) - 3) return false;
  if (earliest <= utcPacked(ms - DAY_MS)) return false;
  if (earliest > utcPacked(ms + DAY_MS)) return true;
  return earliest > localPacked(ms, zone);
}

type Path = (string | number)[];

/** The issues found so far, with `issue` added (a list is only made for the first issue). */
function add(issues: RuleIssue[] | undefined, code: IssueCode, path: Path): RuleIssue[] {
  const list = issues ?? [];
  list.push({ code, path });
  return list;
}

/** What the rules return for a case they find nothing in: shared, as most cases are valid. */
const NONE: readonly RuleIssue[] = Object.freeze([]);

/**
 * Every cross-field issue of a structurally valid case, in field order. A valid case
 * allocates nothing here (`isCase` runs this on every record): the list and each issue's
 * path are made only when something is found.
 * @internal
 */
export function caseRuleIssues(c: CaseShape): readonly RuleIssue[] {
  const zone = c.timeZone;
  const reportedMs = tryInstantMs(c.reportedAt);
  const lastContactMs = tryInstantMs(c.lastContactAt);
  let issues: RuleIssue[] | undefined;
  if (!localYearInRange(reportedMs, zone)) {
    issues = add(issues, "date-time/out-of-range", ["reportedAt"]);
  }
  if (!localYearInRange(lastContactMs, zone)) {
    issues = add(issues, "date-time/out-of-range", ["lastContactAt"]);
  }
  if (lastContactMs > reportedMs) {
    issues = add(issues, "case/last-contact-after-report", ["lastContactAt"]);
  }
  const earliest = tryEarliestDate(c.child.birthDate);
  if (earliest >= 0 && bornAfter(earliest, lastContactMs, zone)) {
    issues = add(issues, "case/born-after-last-contact", ["child", "birthDate"]);
  }
  const state = new LifecycleFold(reportedMs);
  let foldable = true;
  const ctx = { reportedMs, lastContactMs };
  for (let i = 0; i < c.events.length; i++) {
    const event = c.events[i] as CaseEvent;
    const ms = tryInstantMs(event.at);
    if (!localYearInRange(ms, zone)) {
      issues = add(issues, "date-time/out-of-range", ["events", i, "at"]);
    }
    const failure = guardEvent(state, event, ms, ctx);
    if (failure) {
      const { issue, field } = GUARD_CODES[failure];
      issues = add(issues, issue, ["events", i, field]);
      if (failure === "not-allowed") {
        foldable = false;
        continue;
      }
    }
    state.apply(event, ms);
  }
  if (foldable && state.status !== c.status) {
    issues = add(issues, "case/status-mismatch", ["status"]);
  }
  return issues ?? NONE;
}

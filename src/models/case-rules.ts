/**
 * Cross-field rules of a case (LC-1, LC-2 and the checks listed in `docs/issues.md`). They run on a
 * case whose fields are each valid, and report through the codes of `issues/codes.ts`.
 * @module
 */

import type { RuleIssue } from "../issues/issue.js";
import { tryInstantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import { type PackedDate, pack } from "../time/packed-date.js";
import { tryDateBounds } from "../time/partial-date.js";
import { DAY_MS } from "../time/units.js";
import type { CaseEvent } from "./case-event.js";
import type { CaseStatus } from "./case-status.js";
import { localYearInRange } from "./date-range.js";
import { applyEvent, GUARD_CODES, guardEvent, initialState } from "./lifecycle-fold.js";

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
  const d = new Date(ms);
  return pack(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
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

/** Pushes an issue when the local date of `ms` in `zone` falls outside the years allowed. */
function checkRange(issues: RuleIssue[], ms: number, zone: string, path: (string | number)[]) {
  if (!localYearInRange(ms, zone)) issues.push({ code: "date-time/out-of-range", path });
}

/**
 * Every cross-field issue of a structurally valid case, in field order.
 * @internal
 */
export function caseRuleIssues(c: CaseShape): RuleIssue[] {
  const reportedMs = tryInstantMs(c.reportedAt);
  const lastContactMs = tryInstantMs(c.lastContactAt);
  const issues: RuleIssue[] = [];
  checkRange(issues, reportedMs, c.timeZone, ["reportedAt"]);
  checkRange(issues, lastContactMs, c.timeZone, ["lastContactAt"]);
  if (lastContactMs > reportedMs) {
    issues.push({ code: "case/last-contact-after-report", path: ["lastContactAt"] });
  }
  const birth = tryDateBounds(c.child.birthDate);
  if (birth && bornAfter(birth.earliest, lastContactMs, c.timeZone)) {
    issues.push({ code: "case/born-after-last-contact", path: ["child", "birthDate"] });
  }
  let state = initialState(reportedMs);
  let foldable = true;
  const ctx = { reportedMs, lastContactMs };
  for (let i = 0; i < c.events.length; i++) {
    const event = c.events[i] as CaseEvent;
    const ms = tryInstantMs(event.at);
    checkRange(issues, ms, c.timeZone, ["events", i, "at"]);
    const failure = guardEvent(state, event, ms, ctx);
    if (failure) {
      const { issue, field } = GUARD_CODES[failure];
      issues.push({ code: issue, path: ["events", i, field] });
      if (failure === "not-allowed") {
        foldable = false;
        continue;
      }
    }
    state = applyEvent(state, event, ms);
  }
  if (foldable && state.status !== c.status) {
    issues.push({ code: "case/status-mismatch", path: ["status"] });
  }
  return issues;
}

/**
 * The notices a case's jurisdictions require with no time set: schools and birth records in
 * Texas for a child under 11, the clearinghouse in Florida, Georgia, North Carolina and
 * Michigan, and the like.
 * @module
 */

import { notCase } from "../issues/misuse.js";
import type { JurisdictionId } from "../jurisdictions/ids.js";
import type { NoticeRecipient } from "../jurisdictions/types.js";
import { foldEvents } from "../lifecycle/fold.js";
import type { MissingCase } from "../models/case.js";
import { instantMs } from "../time/instant.js";
import { conditionReader } from "./conditions.js";
import { type DeadlineOptions, profilesOf } from "./options.js";

/**
 * A notice the law requires for a case with no time set: its name, the rule, the profile,
 * who is told, and when the first notice to that recipient was given (absent while none
 * was).
 *
 * @example
 * ```ts
 * const n: RequiredNotice = {
 *   rule: "tx-school-notice",
 *   ruleId: "TX-7",
 *   jurisdiction: "US-TX",
 *   recipient: "school",
 * };
 * ```
 * @see `docs/rules.md#tx-7`
 */
export type RequiredNotice = {
  readonly rule: string;
  readonly ruleId: string;
  readonly jurisdiction: JurisdictionId;
  readonly recipient: NoticeRecipient;
  readonly notifiedAt?: string;
};

/**
 * The notices with no clock that the case's jurisdictions require (`options.jurisdictions`,
 * by default `jurisdictionsFor(c)`), in profile order: each listed when it applies or may
 * apply (DL-5), with the instant of the first `notify` to its recipient. "Immediately" or
 * "as soon as" with no figure is such a notice, never an hour clock. A cancelled case has
 * none. Throws as `complianceDeadlines` does.
 *
 * @example
 * ```ts
 * // A Texas case of a 10-year-old, the school told at 09:00 the next day:
 * requiredNotices(c).map((n) => [n.rule, n.notifiedAt]);
 * // [["tx-school-notice", "2025-02-03T15:00:00.000Z"], ["tx-birth-record-notice", undefined]]
 * // The same case of an 11-year-old: []
 * ```
 * @see `docs/rules.md#tx-7`
 * @see `docs/rules.md#dl-5`
 */
export function requiredNotices(c: MissingCase, options?: DeadlineOptions): RequiredNotice[] {
  if (typeof c !== "object" || c === null) throw notCase("c");
  const profiles = profilesOf(c, options);
  const state = foldEvents(
    c.events,
    instantMs(c.reportedAt, "c.reportedAt"),
    undefined,
    "c.events",
  );
  if (state.status === "cancelled") return [];
  const applies = conditionReader({
    c,
    entered: c.events.some((e) => e.type === "enter"),
    located: state.locate !== undefined,
  });
  const out: RequiredNotice[] = [];
  for (const j of profiles) {
    for (const n of j.notices) {
      if (applies(n.appliesWhen) === false) continue;
      const first = c.events.find((e) => e.type === "notify" && e.recipient === n.recipient);
      const base = { rule: n.rule, ruleId: n.ruleId, jurisdiction: j.id, recipient: n.recipient };
      out.push(
        first === undefined
          ? base
          : { ...base, notifiedAt: new Date(instantMs(first.at, "c.events[].at")).toISOString() },
      );
    }
  }
  return out;
}

/**
 * The shape of a jurisdiction profile: its age line, its deadlines and notices as data, its
 * alert plans and what the sources did not settle.
 * @module
 */
import type { NoticeRecipient } from "../models/case-event.js";
import type { CASE_EVENT_TYPES } from "../models/lists.js";
import type { RuleStatus } from "../rules/types.js";
import type { JurisdictionId } from "./ids.js";

export type { NoticeRecipient };

/**
 * A length of time. Hours are exact elapsed time; days and months are calendar units in the
 * case's zone at the same local clock time; business days are Monday to Friday except the
 * federal holidays on their observed dates (FED-15 … FED-17). The profiles use one unit per
 * duration; when several are given they apply largest first: months, days, business days,
 * hours.
 *
 * @example
 * ```ts
 * const twoHours: Duration = { hours: 2 };
 * const fiveBusinessDays: Duration = { businessDays: 5 };
 * ```
 * @see `docs/rules.md#dl-1`
 * @see `docs/rules.md#fed-17`
 */
export type Duration = {
  readonly hours?: number;
  readonly days?: number;
  readonly businessDays?: number;
  readonly months?: number;
};

/**
 * What a deadline runs from (DL-4): the report (`reportedAt`), the first `enter`, or the
 * locate in force. A clock the law starts at the disappearance runs from the report.
 *
 * @example
 * ```ts
 * const from: DeadlineAnchor = "first-enter"; // the 30-day verification
 * ```
 * @see `docs/rules.md#dl-4`
 */
export type DeadlineAnchor = "report" | "first-enter" | "locate";

/**
 * When a deadline or a notice applies, as data: every condition given must hold (three-valued,
 * Kleene AND), and `anyOf` needs one of its conditions. A deadline is listed when its
 * conditions hold or may hold (DL-5): an age range that straddles a limit (AGE-5), or a fact
 * the case does not record, is unknown, and an unknown lists it.
 *
 * - `ageBelowAtReport`: the age at report (AGE-7) is below this many years.
 * - `reportedOnOrAfter`: the local date of the report is this `YYYY-MM-DD` or later.
 * - `missingFromCare`: `missingFrom` is foster care, a group home or a residential facility
 *   (an absent `missingFrom` counts as not, as in earlier versions).
 * - `atRisk`: a risk is established (`true`) or not (`false`): `facts.physicalSafetyAtRisk`
 *   is true or an endangerment indicator holds. Two-valued: an unknown fact is no risk.
 * - `priorEpisodesAtLeast`: `priorEpisodes` is at least this (absent is unknown).
 * - `runaway`: the episode type (`episodeTypeOf`) is a runaway (undetermined is unknown).
 * - `hasEnter`: the case has an `enter`.
 * - `notLocated`: no locate is in force.
 * - `enrolledInSchool`, `bornInState`: facts a case does not record, so always unknown.
 *
 * @example
 * ```ts
 * // California's 2-hour transmission: under 21, or at risk at any age.
 * const when: DeadlineCondition = { anyOf: [{ ageBelowAtReport: 21 }, { atRisk: true }] };
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type DeadlineCondition = {
  readonly ageBelowAtReport?: number;
  readonly reportedOnOrAfter?: string;
  readonly missingFromCare?: true;
  readonly atRisk?: boolean;
  readonly priorEpisodesAtLeast?: number;
  readonly runaway?: true;
  readonly hasEnter?: true;
  readonly notLocated?: true;
  readonly enrolledInSchool?: true;
  readonly bornInState?: true;
  readonly anyOf?: readonly DeadlineCondition[];
};

/**
 * The part of the comparison of jurisdictions a deadline, notice or note belongs to: entry
 * into the state system and NCIC, NamUs, verification, the state clearinghouse, school and
 * birth records, children missing from care, the AMBER plan, the second-tier alerts, or
 * anything else.
 *
 * @example
 * ```ts
 * const t: ProfileTopic = "records";
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type ProfileTopic =
  | "entry"
  | "namus"
  | "verification"
  | "clearinghouse"
  | "records"
  | "foster-care"
  | "amber"
  | "second-tier"
  | "other";

/**
 * One deadline of a jurisdiction, as data: its name (`rule`, e.g. `'namus-entry'`), the rule
 * of the rule book it applies, when it applies, what it runs from and for how long, and the
 * first event that meets it. A definition without `satisfiedBy` is a milestone that nothing
 * meets (`long-term-missing`). Definitions that share a name are alternatives: the first that
 * applies is used (New York's NamUs referral is 30 or 180 days).
 *
 * @example
 * ```ts
 * const d: DeadlineDefinition = {
 *   rule: "ca-school-notice",
 *   ruleId: "CA-7",
 *   topic: "records",
 *   appliesWhen: { ageBelowAtReport: 18, enrolledInSchool: true },
 *   from: "report",
 *   after: { days: 10 },
 *   satisfiedBy: { event: "notify", recipient: "school" },
 * };
 * ```
 * @see `docs/rules.md#dl-4`
 * @see `docs/rules.md#dl-5`
 */
export type DeadlineDefinition = {
  readonly rule: string;
  readonly ruleId: string;
  readonly topic: ProfileTopic;
  readonly appliesWhen: DeadlineCondition;
  readonly from: DeadlineAnchor;
  readonly after: Duration;
  readonly satisfiedBy?: {
    readonly event: (typeof CASE_EVENT_TYPES)[number];
    readonly recipient?: NoticeRecipient;
  };
};

/**
 * A notice a jurisdiction's law requires with no time set (a school flag for a child under
 * 11 in Texas, the state clearinghouse in Florida): who is told, when it applies, and the rule.
 *
 * @example
 * ```ts
 * const n: NoticeDefinition = {
 *   rule: "tx-school-notice",
 *   ruleId: "TX-7",
 *   topic: "records",
 *   appliesWhen: { ageBelowAtReport: 11 },
 *   recipient: "school",
 * };
 * ```
 * @see `docs/rules.md#tx-7`
 */
export type NoticeDefinition = {
  readonly rule: string;
  readonly ruleId: string;
  readonly topic: ProfileTopic;
  readonly appliesWhen: DeadlineCondition;
  readonly recipient: NoticeRecipient;
};

/**
 * What a profile says on a topic beyond its deadlines and notices: a fact with no duty the
 * library checks (with the rule that states it), or a point the sources did not settle
 * (without a rule; the same words are in `notEncoded`).
 *
 * @example
 * ```ts
 * const n: ProfileNote = { topic: "entry", ruleId: "PA-2", text: "CLEAN entry immediately on sufficient identification; no hour figure" };
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type ProfileNote = {
  readonly topic: ProfileTopic;
  readonly text: string;
  readonly ruleId?: string;
};

/**
 * A jurisdiction's profile: its id and name, who is a missing child there (`missingChild`:
 * under `below` years at report, by the rule `ruleId`), its deadlines (the federal ones live
 * in `'US'`), its notices with no clock, its alert plans, notes for the comparison of
 * jurisdictions, and what the sources did not settle, in plain words.
 *
 * @example
 * ```ts
 * const mi = JURISDICTIONS.find((j) => j.id === "US-MI");
 * mi?.missingChild; // { below: 17, ruleId: "MI-1" }
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type Jurisdiction = {
  readonly id: JurisdictionId;
  readonly name: string;
  readonly missingChild: { readonly below: number; readonly ruleId: string };
  readonly deadlines: readonly DeadlineDefinition[];
  readonly notices: readonly NoticeDefinition[];
  readonly alerts: readonly {
    readonly id: string;
    readonly name: string;
    /** `'amber'`: the AMBER plan; `'second'`: an alert for cases that do not meet it. */
    readonly tier: "amber" | "second";
    readonly ruleIds: readonly string[];
  }[];
  readonly notes: readonly ProfileNote[];
  readonly notEncoded: readonly string[];
};

/**
 * One cell of the comparison of jurisdictions: its words, its standing (the weakest status
 * among its rules, or `'not-encoded'` for a point the sources did not settle) and its rules.
 *
 * @example
 * ```ts
 * const cell: SummaryCell = { text: "under 17", status: "verified", ruleIds: ["MI-1"] };
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type SummaryCell = {
  readonly text: string;
  readonly status: RuleStatus | "not-encoded";
  readonly ruleIds: readonly string[];
};

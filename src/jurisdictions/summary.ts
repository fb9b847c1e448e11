/**
 * A profile in the columns of the comparison of jurisdictions, each cell with its standing:
 * what `docs/jurisdictions.md` shows for the age line, entry, clearinghouse, records and care.
 * @module
 */
import { ruleById } from "../rules/index.js";
import type { RuleStatus } from "../rules/types.js";
import type {
  DeadlineCondition,
  DeadlineDefinition,
  Duration,
  Jurisdiction,
  NoticeDefinition,
  NoticeRecipient,
  ProfileTopic,
  SummaryCell,
} from "./types.js";

/**
 * The columns of the comparison of jurisdictions: the age line, entry, the clearinghouse
 * notice, school and birth-record flags, children missing from care (from the profile's
 * data), then the AMBER plan and the second-tier alerts (from its alert plans).
 *
 * @example
 * ```ts
 * const c: SummaryColumn = "foster-care";
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type SummaryColumn =
  | "age-line"
  | "entry"
  | "clearinghouse"
  | "records"
  | "foster-care"
  | "amber"
  | "second-tier";

/**
 * A profile's cells, column by column.
 *
 * @example
 * ```ts
 * const s: ProfileSummary = profileSummary(JURISDICTIONS[0]);
 * s["age-line"][0]?.text; // "under 21"
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type ProfileSummary = Readonly<Record<SummaryColumn, readonly SummaryCell[]>>;

const RECIPIENT_WORDS: Readonly<Record<NoticeRecipient, string>> = {
  ncmec: "NCMEC",
  namus: "NamUs",
  clearinghouse: "the clearinghouse",
  "law-enforcement": "law enforcement",
  school: "the school",
  "vital-records": "vital records",
  court: "the court",
};

const ANCHOR_WORDS: Readonly<Record<DeadlineDefinition["from"], string>> = {
  report: "the report",
  "first-enter": "the entry",
  locate: "the locate",
};

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/**
 * A duration in words: "2 hours", "5 business days".
 *
 * @example
 * ```ts
 * durationText({ businessDays: 5 }); // "5 business days"
 * ```
 * @internal
 */
export function durationText(d: Duration): string {
  const parts = [
    d.months === undefined ? [] : [plural(d.months, "month")],
    d.days === undefined ? [] : [plural(d.days, "day")],
    d.businessDays === undefined ? [] : [plural(d.businessDays, "business day")],
    d.hours === undefined ? [] : [plural(d.hours, "hour")],
  ].flat();
  return parts.join(" and ");
}

/**
 * A condition in words: "under 21 or at risk"; the conditions of one alternative are
 * joined by "and", the others by `joiner`.
 *
 * @example
 * ```ts
 * conditionText({ ageBelowAtReport: 11 }); // "under 11"
 * conditionText({ anyOf: [{ missingFromCare: true, priorEpisodesAtLeast: 1 }, { atRisk: true }] });
 * // "(missing from care and 1+ earlier episodes) or at risk"
 * ```
 * @internal
 */
export function conditionText(w: DeadlineCondition, joiner = ", "): string {
  const parts: string[] = [];
  if (w.ageBelowAtReport !== undefined) parts.push(`under ${w.ageBelowAtReport}`);
  if (w.reportedOnOrAfter !== undefined) parts.push(`reported from ${w.reportedOnOrAfter}`);
  if (w.missingFromCare) parts.push("missing from care");
  if (w.atRisk !== undefined) parts.push(w.atRisk ? "at risk" : "no risk established");
  if (w.priorEpisodesAtLeast !== undefined)
    parts.push(`${w.priorEpisodesAtLeast}+ earlier episodes`);
  if (w.runaway) parts.push("a runaway");
  if (w.hasEnter) parts.push("once entered");
  if (w.notLocated) parts.push("while not located");
  if (w.enrolledInSchool) parts.push("enrolled in school");
  if (w.bornInState) parts.push("born in the state");
  if (w.anyOf !== undefined) parts.push(w.anyOf.map(alternative).join(" or "));
  return parts.join(joiner);
}

/** One alternative of `anyOf`, in brackets when it has several conditions. */
function alternative(w: DeadlineCondition): string {
  const text = conditionText(w, " and ");
  return text.includes(" and ") ? `(${text})` : text;
}

function action(d: DeadlineDefinition): string {
  const by = d.satisfiedBy;
  if (by === undefined) return "a milestone";
  if (by.event === "enter") return "entry (state system, NCIC)";
  if (by.event === "verify") return "verification";
  if (by.event === "notify" && by.recipient !== undefined)
    return `notice to ${RECIPIENT_WORDS[by.recipient]}`;
  return `a ${by.event}`;
}

function withCondition(text: string, w: DeadlineCondition): string {
  const when = conditionText(w);
  return when === "" ? text : `${text} (${when})`;
}

/**
 * A deadline in words: "notice to the school within 10 days of the report (under 18,
 * enrolled in school)".
 *
 * @example
 * ```ts
 * deadlineText(JURISDICTIONS[0].deadlines[0]); // "entry (state system, NCIC) within 2 hours of the report (under 21)"
 * ```
 * @internal
 */
export function deadlineText(d: DeadlineDefinition): string {
  return withCondition(
    `${action(d)} within ${durationText(d.after)} of ${ANCHOR_WORDS[d.from]}`,
    d.appliesWhen,
  );
}

function noticeText(n: NoticeDefinition): string {
  return withCondition(`notice to ${RECIPIENT_WORDS[n.recipient]}, no time set`, n.appliesWhen);
}

function statusOf(ruleId: string): RuleStatus {
  const rule = ruleById(ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  return rule.status;
}

function cell(text: string, ruleId: string): SummaryCell {
  return { text, status: statusOf(ruleId), ruleIds: [ruleId] };
}

/** Weakest first: a cell is as strong as its weakest rule. */
const STRENGTH: readonly RuleStatus[] = ["unverified", "choice", "verified"];

/** Rules every plan shares (the library's readings, NCIC flags): not the plan's own source. */
const SHARED_RULE = /^(AMB-\d|NCIC-)/;

function alertCell(a: Jurisdiction["alerts"][number]): SummaryCell {
  const own = a.ruleIds.filter((id) => !SHARED_RULE.test(id));
  const ids = own.length > 0 ? own : a.ruleIds;
  const weakest = ids
    .map(statusOf)
    .reduce(
      (w, s) => (STRENGTH.indexOf(s) < STRENGTH.indexOf(w) ? s : w),
      "verified" as RuleStatus,
    );
  return { text: a.name, status: weakest, ruleIds: ids };
}

function alertColumn(j: Jurisdiction, tier: "amber" | "second"): SummaryCell[] {
  const cells = j.alerts.filter((a) => a.tier === tier).map(alertCell);
  const notes = j.notes
    .filter((n) => n.topic === (tier === "amber" ? "amber" : "second-tier"))
    .map(noteCell);
  return [...cells, ...notes];
}

/** What stands in a column when the state has no clock of its own there. */
const FEDERAL_FALLBACK: Partial<Record<SummaryColumn, SummaryCell>> = {
  entry: {
    text: "no state clock: the federal 2 hours for anyone under 21",
    status: "verified",
    ruleIds: ["FED-4", "FED-10"],
  },
  "foster-care": {
    text: "no state clock: the federal 24 hours",
    status: "verified",
    ruleIds: ["FED-7"],
  },
};

function noteCell(n: Jurisdiction["notes"][number]): SummaryCell {
  return n.ruleId === undefined
    ? { text: n.text, status: "not-encoded", ruleIds: [] }
    : cell(n.text, n.ruleId);
}

/** The topics each column of the profile's own data shows. */
const TOPICS = {
  entry: ["entry", "namus", "verification"],
  clearinghouse: ["clearinghouse"],
  records: ["records"],
  "foster-care": ["foster-care"],
} as const satisfies Partial<Record<SummaryColumn, readonly ProfileTopic[]>>;

function column(j: Jurisdiction, topic: keyof typeof TOPICS): SummaryCell[] {
  const shown: readonly ProfileTopic[] = TOPICS[topic];
  const clocks = j.deadlines.filter((d) => shown.includes(d.topic));
  // Alternatives of one deadline (same name) are one cell each: their times differ.
  const cells = [
    ...clocks.map((d) => cell(deadlineText(d), d.ruleId)),
    ...j.notices.filter((n) => shown.includes(n.topic)).map((n) => cell(noticeText(n), n.ruleId)),
    ...j.notes.filter((n) => shown.includes(n.topic)).map(noteCell),
  ];
  // The federal clock stands when the state sets none of its own on this topic.
  const own = clocks.filter((d) => d.topic === topic);
  const fallback = FEDERAL_FALLBACK[topic];
  return j.id !== "US" && own.length === 0 && fallback ? [...cells, fallback] : cells;
}

/**
 * A profile in the five columns it fills in the comparison of jurisdictions, each cell with
 * its words, its standing (the status of its rule, or `'not-encoded'` for a point the
 * sources did not settle) and its rule ids: the age line, entry into the state system and
 * NCIC, the clearinghouse notice, school and birth-record flags, and children missing from
 * care. A state with no entry or care clock of its own gets a last cell saying the federal
 * one applies. The AMBER and second-tier alert columns come from `j.alerts`.
 *
 * @example
 * ```ts
 * const tx = JURISDICTIONS.find((j) => j.id === "US-TX")!;
 * profileSummary(tx)["age-line"]; // [{ text: "under 18", status: "verified", ruleIds: ["TX-1"] }]
 * profileSummary(tx).records[0]; // { text: "notice to the school, no time set (under 11)", status: "verified", ruleIds: ["TX-7"] }
 * ```
 * @see `docs/rules.md#dl-5`
 */
export function profileSummary(j: Jurisdiction): ProfileSummary {
  return {
    "age-line": [cell(`under ${j.missingChild.below}`, j.missingChild.ruleId)],
    entry: column(j, "entry"),
    clearinghouse: column(j, "clearinghouse"),
    records: column(j, "records"),
    "foster-care": column(j, "foster-care"),
    amber: alertColumn(j, "amber"),
    "second-tier": alertColumn(j, "second"),
  };
}

/**
 * The federal baseline: the deadlines every case gets, whatever its state.
 * @module
 */
import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/**
 * The federal deadlines, in the order they are listed: entry into the state system and NCIC
 * and into NamUs within 2 hours for anyone under 21 (FED-4, FED-10; NamUs for reports since
 * 27 December 2022, FED-14), the 30-day verification (FED-5), the 24-hour reports for a child
 * missing from care (FED-7) and the 6-month long-term mark (NC-2).
 * @internal
 */
export const US_DEADLINES = [
  {
    rule: "ncic-entry",
    ruleId: "FED-4",
    topic: "entry",
    appliesWhen: { ageBelowAtReport: 21 },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "namus-entry",
    ruleId: "FED-10",
    topic: "namus",
    appliesWhen: { ageBelowAtReport: 21, reportedOnOrAfter: "2022-12-27" },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "notify", recipient: "namus" },
  },
  {
    rule: "ncic-verification",
    ruleId: "FED-5",
    topic: "verification",
    appliesWhen: {},
    from: "first-enter",
    after: { days: 30 },
    satisfiedBy: { event: "verify" },
  },
  {
    rule: "foster-care-report",
    ruleId: "FED-7",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "ncmec-notice",
    ruleId: "FED-7",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "notify", recipient: "ncmec" },
  },
  {
    rule: "long-term-missing",
    ruleId: "NC-2",
    topic: "other",
    appliesWhen: { notLocated: true },
    from: "report",
    after: { months: 6 },
  },
] as const satisfies readonly DeadlineDefinition[];

/** The federal profile. @internal */
export function US(): Profile {
  return profile({
    id: "US",
    name: "United States (federal)",
    missingChild: { below: 21, rule: ruleOf("FED-1") },
    deadlines: US_DEADLINES,
    notes: [
      {
        topic: "amber",
        ruleId: "AMB-DOJ",
        text: "age: 17 or younger (the DOJ's recommended criteria)",
      },
      {
        topic: "clearinghouse",
        ruleId: "FED-4",
        text: "made available to the state clearinghouse within the same 2 hours",
      },
    ],
    gaps: [
      {
        topic: "namus",
        text: "The Department of Justice's planned automatic transfer from NCIC to NamUs (72 hours for abductions, 30 days for endangered or involuntary cases, 180 days for the rest) is a federal plan, not a deadline for agencies.",
      },
      {
        text: "A NamUs record shared through an authorization under 34 U.S.C. 40507 has no event of its own: record it as a notice to NamUs.",
      },
      {
        text: "Inauguration Day and days off granted by executive order are not counted as federal holidays: they cannot be known in advance.",
      },
    ],
    rules: [
      ruleOf("FED-4"),
      ruleOf("FED-5"),
      ruleOf("FED-7"),
      ruleOf("FED-10"),
      ruleOf("NC-2"),
      ruleOf("AMB-DOJ"),
    ],
  });
}

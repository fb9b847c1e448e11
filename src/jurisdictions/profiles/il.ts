/**
 * Illinois: the registrar's notice within 5 business days of the disappearance and the
 * school notice.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Illinois's deadline (IL-4). @internal */
export const IL_DEADLINES = [
  {
    rule: "il-registrar-notice",
    ruleId: "IL-4",
    topic: "records",
    appliesWhen: { ageBelowAtReport: 18, hasEnter: true, bornInState: true },
    from: "report",
    after: { businessDays: 5 },
    satisfiedBy: { event: "notify", recipient: "vital-records" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Illinois's profile. @internal */
export function IL(): Profile {
  return profile({
    id: "US-IL",
    name: "Illinois",
    missingChild: { below: 21, rule: ruleOf("IL-1") },
    deadlines: IL_DEADLINES,
    notices: [
      {
        rule: "il-school-notice",
        ruleId: "IL-5",
        topic: "records",
        appliesWhen: { ageBelowAtReport: 18, enrolledInSchool: true },
        recipient: "school",
      },
    ],
    notes: [
      {
        topic: "amber",
        ruleId: "IL-8",
        text: "age: under 16, or with a proven mental or physical disability (conflicts with the DOJ's 17 or younger)",
      },
      {
        topic: "entry",
        ruleId: "IL-2",
        text: "entry as soon as the minimum data are available, with no hour figure",
      },
      { topic: "records", ruleId: "IL-6", text: "the registrar flags the birth certificate" },
      {
        topic: "records",
        ruleId: "IL-7",
        text: "for a child under 18, registrar and school notices with no time set",
      },
      {
        topic: "foster-care",
        ruleId: "IL-10",
        text: "a caregiver tells the child-welfare department by the next business day",
      },
    ],
    gaps: [
      {
        topic: "second-tier",
        text: "Illinois's Endangered Missing Person Advisory is described only on a site whose owner and date are unclear; its criteria are not encoded.",
      },
      {
        topic: "clearinghouse",
        text: "Illinois sets no separate deadline for notice to the state clearinghouse: entry in the state system is the notice.",
      },
      {
        text: "The caregiver's notice to the child-welfare department (IL-10) comes before the police report, so it is not checked as a deadline.",
      },
      {
        text: "The text of 325 ILCS 40/2 after its amendment by P.A. 103-1071 was not read; the age line is the earlier text's.",
      },
    ],
    rules: [
      ruleOf("IL-2"),
      ruleOf("IL-4"),
      ruleOf("IL-5"),
      ruleOf("IL-6"),
      ruleOf("IL-7"),
      ruleOf("IL-10"),
      ruleOf("IL-8"),
    ],
  });
}

/**
 * Illinois: the registrar's notice within 5 business days of the disappearance and the
 * school notice.
 * @module
 */

import { IL_8 } from "../../rules/alerts/illinois.js";
import { IL_1, IL_2, IL_4, IL_5, IL_6, IL_7, IL_10 } from "../../rules/states/illinois.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Illinois's deadline (IL-4). @internal */
export const IL_DEADLINES = [
  {
    rule: "il-registrar-notice",
    ruleId: IL_4.id,
    topic: "records",
    appliesWhen: { ageBelowAtReport: 18, hasEnter: true, bornInState: true },
    from: "report",
    after: { businessDays: 5 },
    satisfiedBy: { event: "notify", recipient: "vital-records" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Illinois's profile. @internal */
export const IL = (): Profile =>
  profile({
    id: "US-IL",
    name: "Illinois",
    missingChild: { below: 21, rule: IL_1 },
    deadlines: IL_DEADLINES,
    notices: [
      {
        rule: "il-school-notice",
        ruleId: IL_5.id,
        topic: "records",
        appliesWhen: { ageBelowAtReport: 18, enrolledInSchool: true },
        recipient: "school",
      },
    ],
    notes: [
      {
        topic: "amber",
        ruleId: IL_8.id,
        text: "age: under 16, or with a proven mental or physical disability (conflicts with the DOJ's 17 or younger)",
      },
      {
        topic: "entry",
        ruleId: IL_2.id,
        text: "entry as soon as the minimum data are available, with no hour figure",
      },
      { topic: "records", ruleId: IL_6.id, text: "the registrar flags the birth certificate" },
      {
        topic: "records",
        ruleId: IL_7.id,
        text: "for a child under 18, registrar and school notices with no time set",
      },
      {
        topic: "foster-care",
        ruleId: IL_10.id,
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
    rules: [IL_2, IL_4, IL_5, IL_6, IL_7, IL_10, IL_8],
  });

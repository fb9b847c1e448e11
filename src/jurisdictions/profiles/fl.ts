/**
 * Florida: entry within 2 hours (unverified), the clearinghouse notice and the foster-care
 * search allowance.
 * @module
 */

import { FL_9 } from "../../rules/alerts/florida.js";
import { FL_1, FL_3, FL_6, FL_7, FL_8 } from "../../rules/states/florida.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Florida's deadline (FL-3). @internal */
export const FL_DEADLINES = [
  {
    rule: "fl-entry",
    ruleId: FL_3.id,
    topic: "entry",
    appliesWhen: { ageBelowAtReport: 18 },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "enter" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Florida's profile. @internal */
export const FL = (): Profile =>
  profile({
    id: "US-FL",
    name: "Florida",
    missingChild: { below: 18, rule: FL_1 },
    deadlines: FL_DEADLINES,
    notices: [
      {
        rule: "fl-clearinghouse-notice",
        ruleId: FL_6.id,
        topic: "clearinghouse",
        // A missing endangered person: any missing child, any adult under 26, or older and endangered.
        appliesWhen: { anyOf: [{ ageBelowAtReport: 26 }, { atRisk: true }] },
        recipient: "clearinghouse",
      },
    ],
    notes: [
      { topic: "amber", ruleId: FL_9.id, text: "age: under 18" },
      {
        topic: "records",
        ruleId: FL_7.id,
        text: "the Department of Education lists missing schoolchildren monthly from the state system",
      },
      {
        topic: "foster-care",
        ruleId: FL_8.id,
        text: "a caregiver may search up to 4 hours before calling law enforcement, unless the child is high risk",
      },
    ],
    gaps: [
      { topic: "records", text: "No Florida birth-record flag was found." },
      {
        text: "Florida sets no deadline for law enforcement's notice to the state clearinghouse or to NCMEC.",
      },
      {
        text: "Florida's 4-hour search allowance for a caregiver (FL-8) runs before the report and is not checked as a deadline.",
      },
      { text: "A duty to collect DNA after 90 days was seen only in a 2008 bill." },
    ],
    rules: [FL_3, FL_6, FL_7, FL_8, FL_9],
  });

/**
 * Florida: entry within 2 hours (unverified), the clearinghouse notice and the foster-care
 * search allowance.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Florida's deadline (FL-3). @internal */
export const FL_DEADLINES = [
  {
    rule: "fl-entry",
    ruleId: "FL-3",
    topic: "entry",
    appliesWhen: { ageBelowAtReport: 18 },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "enter" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Florida's profile. @internal */
export function FL(): Profile {
  return profile({
    id: "US-FL",
    name: "Florida",
    missingChild: { below: 18, rule: ruleOf("FL-1") },
    deadlines: FL_DEADLINES,
    notices: [
      {
        rule: "fl-clearinghouse-notice",
        ruleId: "FL-6",
        topic: "clearinghouse",
        // A missing endangered person: any missing child, any adult under 26, or older and endangered.
        appliesWhen: { anyOf: [{ ageBelowAtReport: 26 }, { atRisk: true }] },
        recipient: "clearinghouse",
      },
    ],
    notes: [
      { topic: "amber", ruleId: "FL-9", text: "age: under 18" },
      {
        topic: "records",
        ruleId: "FL-7",
        text: "the Department of Education lists missing schoolchildren monthly from the state system",
      },
      {
        topic: "foster-care",
        ruleId: "FL-8",
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
    rules: [ruleOf("FL-3"), ruleOf("FL-6"), ruleOf("FL-7"), ruleOf("FL-8"), ruleOf("FL-9")],
  });
}

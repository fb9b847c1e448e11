/**
 * North Carolina: NCIC within 2 hours under the Administrative Code, NamUs after 90 days
 * (unverified) and the copy to the Center for Missing Persons.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** North Carolina's deadlines (NCS-3, NCS-5). @internal */
export const NC_DEADLINES = [
  {
    rule: "nc-ncic-entry",
    ruleId: "NCS-3",
    topic: "entry",
    appliesWhen: { ageBelowAtReport: 21 },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "nc-namus-entry",
    ruleId: "NCS-5",
    topic: "namus",
    appliesWhen: {},
    from: "report",
    after: { days: 90 },
    satisfiedBy: { event: "notify", recipient: "namus" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** North Carolina's profile. @internal */
export function NC(): Profile {
  return profile({
    id: "US-NC",
    name: "North Carolina",
    missingChild: { below: 18, rule: ruleOf("NCS-1") },
    deadlines: NC_DEADLINES,
    notices: [
      {
        rule: "nc-clearinghouse-notice",
        ruleId: "NCS-2",
        topic: "clearinghouse",
        appliesWhen: { ageBelowAtReport: 18 },
        recipient: "clearinghouse",
      },
    ],
    notes: [
      { topic: "amber", ruleId: "NCS-6", text: "age: 17 or younger, not a runaway" },
      {
        topic: "entry",
        ruleId: "NCS-2",
        text: "the statute's NCIC entry is immediate, with no hour figure",
      },
      {
        topic: "other",
        ruleId: "NCS-4",
        text: "NCMEC is told as soon as practicable when the AMBER criteria are met",
      },
    ],
    gaps: [
      {
        topic: "second-tier",
        text: "North Carolina's second-tier alert for children could not be confirmed (a 2025 bill would change it).",
      },
      {
        topic: "foster-care",
        text: "North Carolina's child-welfare manual (written report within 48 hours, NCMEC within 24 hours) was seen only in summary; the federal 24 hours (FED-7) apply.",
      },
      { topic: "records", text: "No North Carolina school or birth-record flag duty was found." },
    ],
    rules: [ruleOf("NCS-2"), ruleOf("NCS-3"), ruleOf("NCS-4"), ruleOf("NCS-5"), ruleOf("NCS-6")],
  });
}

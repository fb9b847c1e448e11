/**
 * North Carolina: NCIC within 2 hours under the Administrative Code, NamUs after 90 days
 * (unverified) and the copy to the Center for Missing Persons.
 * @module
 */

import { NCS_6 } from "../../rules/alerts/north-carolina.js";
import { NCS_1, NCS_2, NCS_3, NCS_4, NCS_5 } from "../../rules/states/north-carolina.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** North Carolina's deadlines (NCS-3, NCS-5). @internal */
export const NC_DEADLINES = [
  {
    rule: "nc-ncic-entry",
    ruleId: NCS_3.id,
    topic: "entry",
    appliesWhen: { ageBelowAtReport: 21 },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "nc-namus-entry",
    ruleId: NCS_5.id,
    topic: "namus",
    appliesWhen: {},
    from: "report",
    after: { days: 90 },
    satisfiedBy: { event: "notify", recipient: "namus" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** North Carolina's profile. @internal */
export const NC = (): Profile =>
  profile({
    id: "US-NC",
    name: "North Carolina",
    missingChild: { below: 18, rule: NCS_1 },
    deadlines: NC_DEADLINES,
    notices: [
      {
        rule: "nc-clearinghouse-notice",
        ruleId: NCS_2.id,
        topic: "clearinghouse",
        appliesWhen: { ageBelowAtReport: 18 },
        recipient: "clearinghouse",
      },
    ],
    notes: [
      { topic: "amber", ruleId: NCS_6.id, text: "age: 17 or younger, not a runaway" },
      {
        topic: "entry",
        ruleId: NCS_2.id,
        text: "the statute's NCIC entry is immediate, with no hour figure",
      },
      {
        topic: "other",
        ruleId: NCS_4.id,
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
    rules: [NCS_2, NCS_3, NCS_4, NCS_5, NCS_6],
  });

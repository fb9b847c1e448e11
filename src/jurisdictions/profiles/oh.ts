/**
 * Ohio: the foster-care clocks of the Administrative Code and the Attorney General's
 * clearinghouse.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Ohio's deadlines (OH-4). @internal */
export const OH_DEADLINES = [
  {
    rule: "oh-foster-care-report",
    ruleId: "OH-4",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "oh-ncmec-notice",
    ruleId: "OH-4",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "notify", recipient: "ncmec" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Ohio's profile. @internal */
export function OH(): Profile {
  return profile({
    id: "US-OH",
    name: "Ohio",
    missingChild: { below: 18, rule: ruleOf("OH-1") },
    deadlines: OH_DEADLINES,
    notes: [
      { topic: "amber", ruleId: "OH-5", text: "age: under 18" },
      {
        topic: "clearinghouse",
        ruleId: "OH-3",
        text: "the Attorney General's clearinghouse, with no deadline for notice",
      },
    ],
    gaps: [
      {
        topic: "entry",
        text: "Ohio's statutory time for entering a missing child into the state system and NCIC was not found; the federal 2 hours (FED-4) apply.",
      },
      {
        topic: "records",
        text: "Ohio's school record-marking (Rev. Code 3313.672) was seen only in a 2007 bill.",
      },
      { text: "What Ohio's 2008 act changed for missing persons aged 18 to 20 was not read." },
    ],
    rules: [ruleOf("OH-3"), ruleOf("OH-4"), ruleOf("OH-5")],
  });
}

/**
 * Ohio: the foster-care clocks of the Administrative Code and the Attorney General's
 * clearinghouse.
 * @module
 */

import { OH_5 } from "../../rules/alerts/ohio.js";
import { OH_1, OH_3, OH_4 } from "../../rules/states/ohio.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Ohio's deadlines (OH-4). @internal */
export const OH_DEADLINES = [
  {
    rule: "oh-foster-care-report",
    ruleId: OH_4.id,
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "oh-ncmec-notice",
    ruleId: OH_4.id,
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "notify", recipient: "ncmec" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Ohio's profile. @internal */
export const OH = (): Profile =>
  profile({
    id: "US-OH",
    name: "Ohio",
    missingChild: { below: 18, rule: OH_1 },
    deadlines: OH_DEADLINES,
    notes: [
      { topic: "amber", ruleId: OH_5.id, text: "age: under 18" },
      {
        topic: "clearinghouse",
        ruleId: OH_3.id,
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
    rules: [OH_3, OH_4, OH_5],
  });

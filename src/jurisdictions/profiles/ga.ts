/**
 * Georgia: the notices on a report and the child-welfare policy's clocks (unverified).
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Georgia's deadlines (GA-5, unverified). @internal */
export const GA_DEADLINES = [
  {
    rule: "ga-ncic-confirmation",
    ruleId: "GA-5",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "ga-ncmec-notice",
    ruleId: "GA-5",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "notify", recipient: "ncmec" },
  },
  {
    rule: "ga-court-report",
    ruleId: "GA-5",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true, runaway: true },
    from: "report",
    after: { businessDays: 2 },
    satisfiedBy: { event: "notify", recipient: "court" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Georgia's profile. @internal */
export function GA(): Profile {
  return profile({
    id: "US-GA",
    name: "Georgia",
    missingChild: { below: 18, rule: ruleOf("GA-6") },
    deadlines: GA_DEADLINES,
    notices: [
      {
        rule: "ga-clearinghouse-notice",
        ruleId: "GA-1",
        topic: "clearinghouse",
        appliesWhen: { ageBelowAtReport: 18 },
        recipient: "clearinghouse",
      },
      {
        rule: "ga-area-notice",
        ruleId: "GA-1",
        topic: "other",
        appliesWhen: { ageBelowAtReport: 18 },
        recipient: "law-enforcement",
      },
    ],
    notes: [{ topic: "amber", ruleId: "GA-4", text: "age: 17 or younger (Levi's Call)" }],
    gaps: [
      {
        topic: "entry",
        text: "Georgia's state-police rule (immediate entry for minors, 12 hours for others) may have been repealed in 2024; the federal 2 hours (FED-4, FED-10) govern anyone under 21, an 18- to 20-year-old included.",
      },
      {
        text: "Georgia's 60-day update of medical and dental data for juveniles stands in the same rule and is not encoded; the federal 30 days (FED-5) are stricter.",
      },
      {
        text: "Georgia's statutory definition of a missing child (O.C.G.A. 35-3-81) was not found.",
      },
      { topic: "records", text: "No Georgia school or birth-record flag duty was found." },
      {
        topic: "second-tier",
        text: "No second-tier alert for children was found (Mattie's Call is for adults).",
      },
    ],
    rules: [ruleOf("GA-1"), ruleOf("GA-5"), ruleOf("GA-4")],
  });
}

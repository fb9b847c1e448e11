/**
 * California: transmission within 2 hours, the school notice within 10 days of the
 * disappearance, and the report when the person is found.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineCondition, DeadlineDefinition } from "../types.js";

/** Under 21, or at risk whatever the age (Pen. Code 14211(d), (e)). */
const UNDER_21_OR_AT_RISK = {
  anyOf: [{ ageBelowAtReport: 21 }, { atRisk: true }],
} as const satisfies DeadlineCondition;

/** California's deadlines (CA-5, CA-7, CA-6). @internal */
export const CA_DEADLINES = [
  {
    rule: "ca-clets-entry",
    ruleId: "CA-5",
    topic: "entry",
    appliesWhen: UNDER_21_OR_AT_RISK,
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "notify", recipient: "clearinghouse" },
  },
  {
    rule: "ca-school-notice",
    ruleId: "CA-7",
    topic: "records",
    appliesWhen: { ageBelowAtReport: 18, enrolledInSchool: true },
    from: "report",
    after: { days: 10 },
    satisfiedBy: { event: "notify", recipient: "school" },
  },
  {
    rule: "ca-found-report",
    ruleId: "CA-6",
    topic: "other",
    appliesWhen: {},
    from: "locate",
    after: { hours: 24 },
    satisfiedBy: { event: "notify", recipient: "law-enforcement" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** California's profile. @internal */
export function CA(): Profile {
  return profile({
    id: "US-CA",
    name: "California",
    missingChild: { below: 18, rule: ruleOf("CA-1") },
    deadlines: CA_DEADLINES,
    notices: [
      {
        rule: "ca-bolo",
        ruleId: "CA-4",
        topic: "other",
        appliesWhen: UNDER_21_OR_AT_RISK,
        recipient: "law-enforcement",
      },
    ],
    notes: [
      {
        topic: "amber",
        ruleId: "CA-9",
        text: "age: 17 or younger, or any age with a proven mental or physical disability",
      },
      {
        topic: "second-tier",
        ruleId: "CA-10a",
        text: "Ebony Alert: Black youth; an age of 12 to 25 is a factor, never a bar",
      },
      {
        topic: "clearinghouse",
        ruleId: "CA-5",
        text: "the same 2-hour transmission: the Violent Crime Information Center is the clearinghouse",
      },
      {
        topic: "records",
        ruleId: "CA-8",
        text: "the school marks the child's record and reports any request for it",
      },
    ],
    gaps: [
      { topic: "records", text: "No California duty to flag birth records was found." },
      {
        topic: "foster-care",
        text: "A county's report of a missing foster child at risk of commercial sexual exploitation within 24 hours (Pen. Code 11166) was seen only in a secondary summary; the federal 24 hours (FED-7) cover the same children.",
      },
      { text: "California law read here sets no deadline for law enforcement to notify NCMEC." },
      {
        text: "California's dental-records declaration after 30 days (CA-12) is not checked: a case records no event for it.",
      },
    ],
    rules: [
      ruleOf("CA-4"),
      ruleOf("CA-5"),
      ruleOf("CA-6"),
      ruleOf("CA-7"),
      ruleOf("CA-8"),
      ruleOf("CA-9"),
      ruleOf("CA-10a"),
    ],
  });
}

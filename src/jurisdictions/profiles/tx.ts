/**
 * Texas: the 2-hour entries and notices of Code of Criminal Procedure chapter 63, the
 * under-11 record flags and the child-welfare agency's notices.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/** Texas's deadlines (TX-2, TX-3, TX-6, TX-4, TX-8). @internal */
export const TX_DEADLINES = [
  {
    rule: "tx-clearinghouse-entry",
    ruleId: "TX-2",
    topic: "entry",
    appliesWhen: { ageBelowAtReport: 18 },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "notify", recipient: "clearinghouse" },
  },
  {
    rule: "tx-ncmec-notice",
    ruleId: "TX-3",
    topic: "entry",
    appliesWhen: { ageBelowAtReport: 18 },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "notify", recipient: "ncmec" },
  },
  {
    rule: "tx-high-risk-notice",
    ruleId: "TX-6",
    topic: "entry",
    appliesWhen: {
      ageBelowAtReport: 18,
      anyOf: [
        { priorEpisodesAtLeast: 3 },
        { missingFromCare: true, priorEpisodesAtLeast: 1 },
        { atRisk: true },
      ],
    },
    from: "report",
    after: { hours: 2 },
    satisfiedBy: { event: "notify", recipient: "law-enforcement" },
  },
  {
    rule: "tx-area-notice",
    ruleId: "TX-4",
    topic: "other",
    appliesWhen: { ageBelowAtReport: 18 },
    from: "report",
    after: { hours: 48 },
    satisfiedBy: { event: "notify", recipient: "law-enforcement" },
  },
  {
    rule: "tx-dfps-report",
    ruleId: "TX-8",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "enter" },
  },
  {
    rule: "tx-dfps-court-notice",
    ruleId: "TX-8",
    topic: "foster-care",
    appliesWhen: { missingFromCare: true },
    from: "report",
    after: { hours: 24 },
    satisfiedBy: { event: "notify", recipient: "court" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** Texas's profile. @internal */
export function TX(): Profile {
  return profile({
    id: "US-TX",
    name: "Texas",
    missingChild: { below: 18, rule: ruleOf("TX-1") },
    deadlines: TX_DEADLINES,
    notices: [
      {
        rule: "tx-school-notice",
        ruleId: "TX-7",
        topic: "records",
        appliesWhen: { ageBelowAtReport: 11 },
        recipient: "school",
      },
      {
        rule: "tx-birth-record-notice",
        ruleId: "TX-7",
        topic: "records",
        appliesWhen: { ageBelowAtReport: 11 },
        recipient: "vital-records",
      },
    ],
    notes: [
      { topic: "amber", ruleId: "TX-9", text: "age: 17 or younger" },
      {
        topic: "clearinghouse",
        ruleId: "TX-2",
        text: "the same 2-hour entry into the Department of Public Safety's clearinghouse",
      },
    ],
    gaps: [
      {
        topic: "namus",
        text: "Texas's own NamUs deadline for children (30 or 60 days) could not be confirmed; the federal 2 hours (FED-10) apply to anyone under 21.",
      },
      {
        topic: "records",
        text: "Texas sets no deadline that could be read for the school and birth-record notices for a child under 11.",
      },
      {
        topic: "second-tier",
        text: "The CLEAR Alert is for adults aged 18 to 64; Texas has no separate alert for endangered children besides the local-area AMBER activation.",
      },
    ],
    rules: [
      ruleOf("TX-2"),
      ruleOf("TX-3"),
      ruleOf("TX-4"),
      ruleOf("TX-6"),
      ruleOf("TX-7"),
      ruleOf("TX-8"),
      ruleOf("TX-9"),
    ],
  });
}

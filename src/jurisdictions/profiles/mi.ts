/**
 * Michigan: a child is under 17; entry "immediately" after a preliminary investigation; the
 * clearinghouse and the school record.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";

/** Michigan's profile: no deadline of its own (MI-2 has no hour figure). @internal */
export function MI(): Profile {
  return profile({
    id: "US-MI",
    name: "Michigan",
    missingChild: { below: 17, rule: ruleOf("MI-1") },
    deadlines: [],
    notices: [
      {
        rule: "mi-clearinghouse-entry",
        ruleId: "MI-2",
        topic: "clearinghouse",
        appliesWhen: { ageBelowAtReport: 17 },
        recipient: "clearinghouse",
      },
    ],
    notes: [
      { topic: "amber", ruleId: "MI-5", text: "age: under 18 (since 2017)" },
      { topic: "second-tier", ruleId: "MI-6", text: "the advisory has no age limit" },
      {
        topic: "entry",
        ruleId: "MI-2",
        text: "entry immediately after a preliminary investigation, with no hour figure",
      },
      {
        topic: "clearinghouse",
        ruleId: "MI-3",
        text: "the State Police clearinghouse records each child",
      },
      {
        topic: "records",
        ruleId: "MI-4",
        text: "the school tags the record of a student under 17 on notice; the tag comes off within 7 days of the cancellation, and at 18",
      },
    ],
    gaps: [
      {
        topic: "entry",
        text: "Which missing individuals MCL 28.258(2) covers could not be read.",
      },
      {
        topic: "records",
        text: "A Michigan duty to flag birth records is implied by MCL 28.258's definitions, but its text was not read.",
      },
      {
        topic: "foster-care",
        text: "Michigan's child-welfare manual (NCMEC within 24 hours, confirmation of the state entry within 1 business day) was seen only in summary; the federal 24 hours (FED-7) apply.",
      },
    ],
    rules: [ruleOf("MI-2"), ruleOf("MI-3"), ruleOf("MI-4"), ruleOf("MI-5"), ruleOf("MI-6")],
  });
}

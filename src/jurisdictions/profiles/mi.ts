/**
 * Michigan: a child is under 17; entry "immediately" after a preliminary investigation; the
 * clearinghouse and the school record.
 * @module
 */

import { MI_5, MI_6 } from "../../rules/alerts/michigan.js";
import { MI_1, MI_2, MI_3, MI_4 } from "../../rules/states/michigan.js";
import { type Profile, profile } from "../profile.js";

/** Michigan's profile: no deadline of its own (MI-2 has no hour figure). @internal */
export const MI = (): Profile =>
  profile({
    id: "US-MI",
    name: "Michigan",
    missingChild: { below: 17, rule: MI_1 },
    deadlines: [],
    notices: [
      {
        rule: "mi-clearinghouse-entry",
        ruleId: MI_2.id,
        topic: "clearinghouse",
        appliesWhen: { ageBelowAtReport: 17 },
        recipient: "clearinghouse",
      },
    ],
    notes: [
      { topic: "amber", ruleId: MI_5.id, text: "age: under 18 (since 2017)" },
      { topic: "second-tier", ruleId: MI_6.id, text: "the advisory has no age limit" },
      {
        topic: "entry",
        ruleId: MI_2.id,
        text: "entry immediately after a preliminary investigation, with no hour figure",
      },
      {
        topic: "clearinghouse",
        ruleId: MI_3.id,
        text: "the State Police clearinghouse records each child",
      },
      {
        topic: "records",
        ruleId: MI_4.id,
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
    rules: [MI_2, MI_3, MI_4, MI_5, MI_6],
  });

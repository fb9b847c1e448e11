/**
 * Pennsylvania: no clock of its own; entry "immediately" and the school-records notation.
 * @module
 */

import { ruleOf } from "../../rules/index.js";
import { type Profile, profile } from "../profile.js";

/** Pennsylvania's profile: no deadline of its own (PA-2 has no hour figure). @internal */
export function PA(): Profile {
  return profile({
    id: "US-PA",
    name: "Pennsylvania",
    missingChild: { below: 18, rule: ruleOf("PA-8") },
    deadlines: [],
    notes: [
      { topic: "amber", ruleId: "PA-5", text: "age: under 18" },
      { topic: "second-tier", ruleId: "PA-6", text: "MEPA has no age limit" },
      {
        topic: "entry",
        ruleId: "PA-2",
        text: "entry immediately on enough identifying information, with no hour figure",
      },
      { topic: "records", ruleId: "PA-7", text: '"Missing Child" notation on school records' },
    ],
    gaps: [
      { topic: "clearinghouse", text: "No Pennsylvania clearinghouse deadline was found." },
      {
        topic: "foster-care",
        text: "No Pennsylvania rule for children missing from care was found; the federal 24 hours (FED-7) apply.",
      },
      { topic: "records", text: "No Pennsylvania birth-record flag was found." },
    ],
    rules: [ruleOf("PA-2"), ruleOf("PA-7"), ruleOf("PA-5"), ruleOf("PA-6")],
  });
}

/**
 * Pennsylvania: no clock of its own; entry "immediately" and the school-records notation.
 * @module
 */

import { PA_5, PA_6 } from "../../rules/alerts/pennsylvania.js";
import { PA_2, PA_7, PA_8 } from "../../rules/states/pennsylvania.js";
import { type Profile, profile } from "../profile.js";

/** Pennsylvania's profile: no deadline of its own (PA-2 has no hour figure). @internal */
export const PA = (): Profile =>
  profile({
    id: "US-PA",
    name: "Pennsylvania",
    missingChild: { below: 18, rule: PA_8 },
    deadlines: [],
    notes: [
      { topic: "amber", ruleId: PA_5.id, text: "age: under 18" },
      { topic: "second-tier", ruleId: PA_6.id, text: "MEPA has no age limit" },
      {
        topic: "entry",
        ruleId: PA_2.id,
        text: "entry immediately on enough identifying information, with no hour figure",
      },
      { topic: "records", ruleId: PA_7.id, text: '"Missing Child" notation on school records' },
    ],
    gaps: [
      { topic: "clearinghouse", text: "No Pennsylvania clearinghouse deadline was found." },
      {
        topic: "foster-care",
        text: "No Pennsylvania rule for children missing from care was found; the federal 24 hours (FED-7) apply.",
      },
      { topic: "records", text: "No Pennsylvania birth-record flag was found." },
    ],
    rules: [PA_2, PA_7, PA_5, PA_6],
  });

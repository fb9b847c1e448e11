/**
 * New York: the register's NamUs referral and flags.
 * @module
 */
import { NY_1, NY_2, NY_3, NY_5 } from "../../rules/new-york.js";
import { type Profile, profile } from "../profile.js";
import type { DeadlineDefinition } from "../types.js";

/**
 * New York's NamUs referral (NY-3), 30 days after the entry when a risk is established, else
 * 180 days: two alternatives of one deadline.
 * @internal
 */
export const NY_DEADLINES = [
  {
    rule: "ny-namus-referral",
    ruleId: NY_3.id,
    topic: "namus",
    appliesWhen: { atRisk: true },
    from: "first-enter",
    after: { days: 30 },
    satisfiedBy: { event: "notify", recipient: "namus" },
  },
  {
    rule: "ny-namus-referral",
    ruleId: NY_3.id,
    topic: "namus",
    appliesWhen: { atRisk: false },
    from: "first-enter",
    after: { days: 180 },
    satisfiedBy: { event: "notify", recipient: "namus" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** New York's profile. @internal */
export const NY = (): Profile =>
  profile({
    id: "US-NY",
    name: "New York",
    missingChild: { below: 18, rule: NY_1 },
    deadlines: NY_DEADLINES,
    notes: [
      { topic: "amber", ruleId: NY_5.id, text: "age: under 18" },
      {
        topic: "records",
        ruleId: NY_2.id,
        text: "entry in the state register flags the birth certificate and the last school's record",
      },
    ],
    gaps: [
      {
        text: "The third limb of New York's definition, a child known to have been taken, enticed or concealed by someone with no legal right, is not read by `isMissingChild`.",
      },
    ],
    rules: [NY_2, NY_3, NY_5],
  });

/**
 * New York: the register's NamUs referral and flags.
 * @module
 */
import { ruleOf } from "../../rules/index.js";
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
    ruleId: "NY-3",
    topic: "namus",
    appliesWhen: { atRisk: true },
    from: "first-enter",
    after: { days: 30 },
    satisfiedBy: { event: "notify", recipient: "namus" },
  },
  {
    rule: "ny-namus-referral",
    ruleId: "NY-3",
    topic: "namus",
    appliesWhen: { atRisk: false },
    from: "first-enter",
    after: { days: 180 },
    satisfiedBy: { event: "notify", recipient: "namus" },
  },
] as const satisfies readonly DeadlineDefinition[];

/** New York's profile. @internal */
export function NY(): Profile {
  return profile({
    id: "US-NY",
    name: "New York",
    missingChild: { below: 18, rule: ruleOf("NY-1") },
    deadlines: NY_DEADLINES,
    notes: [
      { topic: "amber", ruleId: "NY-5", text: "age: under 18" },
      {
        topic: "records",
        ruleId: "NY-2",
        text: "entry in the state register flags the birth certificate and the last school's record",
      },
    ],
    gaps: [
      {
        text: "The third limb of New York's definition, a child known to have been taken, enticed or concealed by someone with no legal right, is not read by `isMissingChild`.",
      },
    ],
    rules: [ruleOf("NY-2"), ruleOf("NY-3"), ruleOf("NY-5")],
  });
}

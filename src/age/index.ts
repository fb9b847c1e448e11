/**
 * Ages and nights away (AGE-1 … AGE-7).
 * @module
 */
export { ageOn, ageRangeOn, ageRangeOnPacked } from "./age-on.js";
export {
  ageAtFound,
  ageAtLastContact,
  ageAtReport,
  ageRangeAtFound,
  ageRangeAtLastContact,
  ageRangeAtReport,
} from "./case-ages.js";
export { nightsAway } from "./nights-away.js";
export type { AgeOptions, AgeRange, AgeRule, LeapDayRule } from "./options.js";

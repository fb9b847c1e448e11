/**
 * Statutory deadlines of a case, read from the jurisdiction profiles (FED-4 … FED-17, the
 * states' rules, NC-2, DL-1 … DL-5), and the notices the law requires with no clock.
 * @module
 */
export { complianceDeadlines, type Deadline } from "./compliance.js";
export { type RequiredNotice, requiredNotices } from "./notices.js";
export type { DeadlineOptions } from "./options.js";
export { overdueDeadlines } from "./overdue.js";
export {
  DEADLINE_JURISDICTIONS,
  DEADLINE_RULES,
  DEADLINE_SOURCES,
  type DeadlineRule,
} from "./rules.js";

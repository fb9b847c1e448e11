/**
 * Statutory deadlines of a case (FED-4 … FED-7, NY-3, NC-2, DL-1 … DL-3).
 * @module
 */
export { complianceDeadlines, type Deadline } from "./compliance.js";
export { overdueDeadlines } from "./overdue.js";
export { DEADLINE_RULES, DEADLINE_SOURCES, type DeadlineRule } from "./rules.js";

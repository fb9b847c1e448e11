/**
 * missing-child-cases: the vocabulary of missing-child cases, once, correct and typed.
 *
 * Models (zod v4) and parsing; ages and local dates; NISMART-2 classification, NCMEC case
 * types, NCIC categories, risk flags and AMBER eligibility; the case lifecycle and statutory
 * deadlines; annual statistics, operation summaries and privacy redaction. Every function
 * is pure: "now" is always an argument.
 *
 * @packageDocumentation
 */

// One alphabetical list (biome keeps it sorted); each module's TSDoc names its rule sources.

export {
  type AgeOptions,
  type AgeRange,
  type AgeRule,
  ageAtFound,
  ageAtLastContact,
  ageAtReport,
  ageOn,
  ageRangeAtFound,
  ageRangeAtLastContact,
  ageRangeAtReport,
  ageRangeOn,
  type LeapDayRule,
  nightsAway,
} from "./age/index.js";
export * from "./alerts/index.js";
export * from "./classification/index.js";
export {
  complianceDeadlines,
  DEADLINE_RULES,
  DEADLINE_SOURCES,
  type Deadline,
  type DeadlineRule,
  overdueDeadlines,
} from "./deadlines/index.js";
export {
  INPUT_MESSAGES,
  type InputCode,
  ISSUE_MESSAGES,
  type IssueCode,
  TRANSITION_MESSAGES,
  type TransitionCode,
} from "./issues/codes.js";
export { lifecycleDiagram } from "./lifecycle/diagram.js";
export { closedAt, deriveStatus, locatedAt, statusAt } from "./lifecycle/status.js";
export { allowedEvents, INITIAL_STATUS, LIFECYCLE_TABLE } from "./lifecycle/table.js";
export {
  applyEvents,
  type TransitionError,
  type TransitionResult,
  transition,
} from "./lifecycle/transition.js";
export {
  type CaseComparison,
  type CaseLink,
  type ChildHistory,
  type ChildHistoryOptions,
  childHistory,
  compareCases,
  DEFAULT_LINK_THRESHOLD,
  type Evidence,
  LINK_WEIGHTS,
  type LinkedChild,
  type LinkField,
  type LinkOptions,
  type LinkResult,
  type LinkWeight,
  linkCases,
} from "./linking/index.js";
export * from "./models/agency.js";
export * from "./models/case.js";
export * from "./models/case-event.js";
export * from "./models/case-status.js";
export * from "./models/child.js";
export * from "./models/codes.js";
export * from "./models/episode-facts.js";
export * from "./models/operation.js";
export * from "./models/place.js";
export * from "./models/primitives.js";
export * from "./models/reported-as.js";
export * from "./models/risk-indicator.js";
export * from "./operations/index.js";
export type { Issue, ParseResult } from "./parse/issue.js";
export {
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "./parse/parse.js";
export * from "./privacy/index.js";
export * from "./statistics/index.js";
export { localDate } from "./time/local-date.js";
export { isTimeZone } from "./time/zone.js";

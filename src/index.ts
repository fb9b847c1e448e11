/**
 * missing-child-cases: the vocabulary of missing-child cases, once, correct and typed.
 *
 * Models (zod v4) and parsing; ages and local dates; NISMART-2 classification, NCMEC case
 * types, NCIC categories, risk flags, AMBER and state alert eligibility; the case lifecycle and statutory
 * deadlines; annual statistics, operation summaries and privacy redaction. Every function
 * is pure: "now" is always an argument.
 *
 * @module missing-child-cases
 */

// Explicit named exports only, one block per module (biome keeps them sorted): every public
// name is chosen here, so nothing internal becomes public by accident.

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
export {
  type Age,
  type AlertEligibility,
  type AmberEligibility,
  type AmberStandard,
  ageAtLeast,
  ageAtMost,
  ageBelow,
  alertEligibility,
  amberAlertEligibility,
  type CaseOptions,
  type ClassifyOptions,
  type Criterion,
  classifyCase,
  classifyEpisode,
  type EpisodeClassification,
  type EpisodeType,
  endangermentIndicators,
  episodeTypeOf,
  isMissingChild,
  type MissingChildDefinition,
  type NcicSuggestion,
  type NcmecCaseType,
  ncmecCaseType,
  suggestNcicCategory,
  type Tri,
  traffickingRiskFlags,
  triAnd,
  triNot,
  triOf,
  triOr,
} from "./classification/index.js";
export {
  complianceDeadlines,
  DEADLINE_JURISDICTIONS,
  DEADLINE_RULES,
  DEADLINE_SOURCES,
  type Deadline,
  type DeadlineOptions,
  type DeadlineRule,
  overdueDeadlines,
  type RequiredNotice,
  requiredNotices,
} from "./deadlines/index.js";
export {
  INPUT_MESSAGES,
  type InputCode,
  ISSUE_MESSAGES,
  type IssueCode,
  TRANSITION_MESSAGES,
  type TransitionCode,
} from "./issues/codes.js";
export {
  ALERT_PLANS,
  type AlertPlan,
  alertPlansOf,
} from "./jurisdictions/alert-plans.js";
export {
  type DeadlineAnchor,
  type DeadlineCondition,
  type DeadlineDefinition,
  type Duration,
  isJurisdictionId,
  JURISDICTION_IDS,
  JURISDICTIONS,
  type Jurisdiction,
  type JurisdictionId,
  jurisdictionsFor,
  type NoticeDefinition,
  type ProfileNote,
  type ProfileTopic,
  type SummaryCell,
} from "./jurisdictions/index.js";
export {
  type ProfileSummary,
  profileSummary,
  type SummaryColumn,
} from "./jurisdictions/summary.js";
export { lifecycleDiagram } from "./lifecycle/diagram.js";
export {
  closedAt,
  deriveStatus,
  locatedAt,
  statusAt,
} from "./lifecycle/status.js";
export {
  allowedEvents,
  INITIAL_STATUS,
  LIFECYCLE_TABLE,
} from "./lifecycle/table.js";
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
export {
  type Agency,
  type AgencyKind,
  type AgencyLevel,
  AgencySchema,
} from "./models/agency.js";
export {
  type MissingCase,
  MissingCaseSchema,
  type MissingFrom,
  type NcicRecord,
  NcicRecordSchema,
} from "./models/case.js";
export {
  type CancelEvent,
  CancelEventSchema,
  type CancelReason,
  type CaseEvent,
  type CaseEventOf,
  CaseEventSchema,
  type CaseEventType,
  type ClearDisposition,
  type ClearEvent,
  ClearEventSchema,
  type EnterEvent,
  EnterEventSchema,
  type LocateCondition,
  type LocateEvent,
  LocateEventSchema,
  type NoticeRecipient,
  type NotifyEvent,
  NotifyEventSchema,
  type ReopenEvent,
  ReopenEventSchema,
  type VerifyEvent,
  VerifyEventSchema,
} from "./models/case-event.js";
export {
  type CaseStatus,
  CaseStatusSchema,
} from "./models/case-status.js";
export {
  type Child,
  ChildSchema,
  type PersonName,
  PersonNameSchema,
} from "./models/child.js";
export {
  type NcicCategory,
  NcicCategorySchema,
  type NcicEyeColor,
  NcicEyeColorSchema,
  type NcicFlag,
  NcicFlagSchema,
  type NcicHairColor,
  NcicHairColorSchema,
  type NcicRace,
  NcicRaceSchema,
  type NcicSex,
  NcicSexSchema,
} from "./models/codes.js";
export {
  type EpisodeFacts,
  EpisodeFactsSchema,
  type PerpetratorPurpose,
  type TakenBy,
} from "./models/episode-facts.js";
export {
  type CaseExtension,
  type ExtendedCase,
  extendCaseSchema,
} from "./models/extend.js";
export {
  LIMITS,
  LIMITS_TABLE,
  type LimitRow,
} from "./models/limits.js";
export {
  AGENCY_KINDS,
  AGENCY_LEVELS,
  CANCEL_REASONS,
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  CLEAR_DISPOSITIONS,
  ENDANGERMENT_INDICATORS,
  EPISODE_TYPES,
  LOCATE_CONDITIONS,
  MISSING_FROM,
  NCIC_CATEGORIES,
  NCIC_EYE_COLORS,
  NCIC_FLAGS,
  NCIC_HAIR_COLORS,
  NCIC_RACE_CODES,
  NCIC_SEX_CODES,
  NOTICE_RECIPIENTS,
  OPEN_STATUSES,
  PERPETRATOR_PURPOSES,
  REPORTED_AS,
  RISK_INDICATORS,
  TAKEN_BY,
  TRAFFICKING_INDICATORS,
} from "./models/lists.js";
export {
  type Operation,
  OperationSchema,
} from "./models/operation.js";
export {
  type Place,
  PlaceSchema,
} from "./models/place.js";
export {
  type IsoDate,
  IsoDateSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  NIC_PATTERN,
  NicSchema,
  ORI_PATTERN,
  OriSchema,
  PARTIAL_DATE_PATTERN,
  type PartialDate,
  PartialDateSchema,
  type TimeZone,
  TimeZoneSchema,
  US_STATE_CODES,
  type UsState,
  UsStateSchema,
} from "./models/primitives.js";
export {
  type ReportedAs,
  ReportedAsSchema,
} from "./models/reported-as.js";
export {
  type EndangermentIndicator,
  type RiskIndicator,
  RiskIndicatorSchema,
  type TraffickingIndicator,
} from "./models/risk-indicator.js";
export {
  type OperationSummary,
  type OperationSummaryOptions,
  summarizeOperation,
} from "./operations/index.js";
export { isAgency, isCase, isCaseEvent, isChild, isOperation } from "./parse/check.js";
export type {
  Issue,
  ParseOptions,
  ParseResult,
} from "./parse/issue.js";
export {
  createCaseParser,
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "./parse/parse.js";
export {
  type Audience,
  type PartnerCase,
  type PublicCase,
  type PublicChild,
  type RedactOptions,
  redactCase,
} from "./privacy/index.js";
export {
  RULES,
  type Rule,
  type RuleSource,
  type RuleStatus,
  ruleById,
} from "./rules/index.js";
export {
  type AnnualAccumulator,
  type AnnualOptions,
  type AnnualStatistics,
  annualStatistics,
  type ChildCounts,
  createAnnualAccumulator,
} from "./statistics/index.js";
export { localDate } from "./time/local-date.js";
export { isTimeZone } from "./time/zone.js";

/**
 * Classification: NISMART-2 episode types, NCMEC case types, NCIC categories, endangerment
 * and trafficking flags, missing-child definitions, AMBER and other alert eligibility.
 * @module
 */
export { type Age, ageAtLeast, ageAtMost, ageBelow } from "./age.js";
export { type AlertEligibility, alertEligibility } from "./alerts/index.js";
export { type AmberEligibility, type AmberStandard, amberAlertEligibility } from "./amber.js";
export { classifyCase, episodeTypeOf } from "./classify-case.js";
export {
  type Criterion,
  classifyEpisode,
  EPISODE_TYPES,
  type EpisodeClassification,
  type EpisodeType,
} from "./classify-episode.js";
export { isMissingChild, type MissingChildDefinition } from "./definitions.js";
export type { CaseOptions, ClassifyOptions } from "./episode-criteria.js";
export { endangermentIndicators, traffickingRiskFlags } from "./indicators.js";
export { type NcicSuggestion, suggestNcicCategory } from "./ncic.js";
export { type NcmecCaseType, ncmecCaseType } from "./ncmec.js";
export { type Tri, triAnd, triNot, triOf, triOr } from "./tri.js";

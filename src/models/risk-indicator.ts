/**
 * Risk indicators: endangerment (DOMAIN.md END-1, NISMART-2 bulletin NCJ 196469, Table 4)
 * and trafficking red flags (DOMAIN.md TRF-1…TRF-7).
 * @module
 */
import * as z from "zod";

/**
 * The NISMART-2 endangerment indicators (END-1 [V]; items 10–16 are provisional [U]:
 * DOMAIN.md covers 16 of the 17 source items). `age-13-or-younger` is derived from the age
 * by `endangermentIndicators`, never required as input.
 */
export const ENDANGERMENT_INDICATORS = [
  "abused-at-home",
  "substance-dependent",
  "hard-drug-use",
  "age-13-or-younger",
  "criminal-place",
  "criminal-activity",
  "survival-sex",
  "missed-school",
  "gone-30-days",
  "with-drug-abuser",
  "with-violent-person",
  "suicide-attempt",
  "physically-assaulted",
  "sexually-assaulted",
  "with-sexual-exploiter",
  "serious-mental-illness-or-disability",
] as const;

/**
 * Trafficking red flags (TRF-1…TRF-7, [V]/[P]). `repeat-missing` and `ran-from-care` are
 * derived by `traffickingRiskFlags`, never required as input. Flags, never a determination (TRF-0).
 */
export const TRAFFICKING_INDICATORS = [
  "repeat-missing",
  "ran-from-care",
  "prior-sexual-abuse",
  "prior-sexual-assault",
  "household-substance-abuse",
  "rejected-for-identity",
  "romance-recruitment",
  "controlling-older-partner",
  "online-enticement",
  "multiple-phones",
  "unexplained-money",
  "no-id",
  "hotel-keys",
  "branding",
  "the-life-language",
  "coached-answers",
] as const;

/** Every risk indicator: the endangerment list, then the trafficking list. */
export const RISK_INDICATORS = [...ENDANGERMENT_INDICATORS, ...TRAFFICKING_INDICATORS] as const;

/**
 * Schema of a risk indicator. On a case, `riskIndicators` absent means *not assessed*
 * (unknown); an empty array means *assessed, none observed*.
 *
 * @example
 * ```ts
 * RiskIndicatorSchema.parse("romance-recruitment"); // "romance-recruitment"
 * ```
 */
export const RiskIndicatorSchema = z.enum(RISK_INDICATORS);
/** A risk indicator (endangerment or trafficking). */
export type RiskIndicator = z.infer<typeof RiskIndicatorSchema>;
/** An endangerment indicator (END-1). */
export type EndangermentIndicator = (typeof ENDANGERMENT_INDICATORS)[number];
/** A trafficking red flag (TRF-*). */
export type TraffickingIndicator = (typeof TRAFFICKING_INDICATORS)[number];

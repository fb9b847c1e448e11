/**
 * Fact sets and helpers for the alert-plan tests: each fact set puts the case in one
 * episode type (checked in alerts.test.ts), so a test names the situation, not the facts.
 */
import { alertEligibility, type EpisodeFacts, type MissingCase } from "../../src/index.js";

/** A nonfamily abduction by force, the child in danger. */
export const STRANGER: EpisodeFacts = {
  takenBy: "stranger",
  forceOrThreat: true,
  physicalSafetyAtRisk: true,
};
/** A family abduction (custody violated and the child concealed): needs age < 15. */
export const CUSTODY: EpisodeFacts = {
  takenBy: "family-member",
  custodyViolation: true,
  concealment: true,
};
/** A runaway: left without permission, two nights away, nobody took the child. */
export const RUNAWAY: EpisodeFacts = {
  takenBy: "none",
  leftWithoutPermission: true,
  nightsAway: 2,
};
/** Every episode type ruled out while the caretaker cannot find the child: unexplained. */
export const UNEXPLAINED: EpisodeFacts = {
  leftWithoutPermission: false,
  choseNotToReturn: false,
  toldToLeave: false,
  preventedFromReturning: false,
  takenBy: "none",
  whereaboutsUnknownToCaretaker: true,
  caretakerAlarmedMinutes: 120,
  caretakerTriedToLocate: true,
  lostStrandedOrInjured: false,
  tooYoungToReturn: false,
  benignReason: false,
};
/** No disability, no mental incompetence, no indicator: nothing puts the child at risk but danger. */
export const NOT_AT_RISK = { riskIndicators: [] } as const;

/** The outcome of each criterion of a plan, by criterion id. */
export function criteriaOf(c: MissingCase, alertId: string): Record<string, unknown> {
  return Object.fromEntries(alertEligibility(c, alertId).criteria.map((k) => [k.id, k.met]));
}

/** The outcome of each factor of a plan, by factor id. */
export function factorsOf(c: MissingCase, alertId: string): Record<string, unknown> {
  return Object.fromEntries((alertEligibility(c, alertId).factors ?? []).map((k) => [k.id, k.met]));
}

/** Whether the case is eligible for the plan. */
export const eligible = (c: MissingCase, alertId: string) => alertEligibility(c, alertId).eligible;

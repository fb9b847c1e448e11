/**
 * The alert plans the library knows, as data: each plan's id, name, jurisdiction and the
 * rules its criteria apply. The criteria themselves are evaluated by `alertEligibility` in
 * `src/classification/`.
 * @module
 */
import type { JurisdictionId } from "./ids.js";

/**
 * One alert plan: a stable id (`'amber-doj'`, `'amber-ny'`…), its public name, the
 * jurisdiction whose plan it is, and the rules of the rule book its criteria apply.
 *
 * @example
 * ```ts
 * const p: AlertPlan = { id: "amber-ny", name: "New York AMBER Alert", jurisdiction: "US-NY", ruleIds: ["NY-5", "AMB-1"] };
 * ```
 */
export type AlertPlan = {
  readonly id: string;
  readonly name: string;
  readonly jurisdiction: JurisdictionId;
  readonly ruleIds: readonly string[];
};

/**
 * Every alert plan, federal first, then by jurisdiction.
 *
 * @example
 * ```ts
 * ALERT_PLANS.map((p) => p.id); // ["amber-doj", "amber-ny", …]
 * ```
 * @see `docs/rules.md#amb-doj`
 * @see `docs/rules.md#ny-5`
 */
export const ALERT_PLANS: readonly AlertPlan[] = Object.freeze([
  Object.freeze({
    id: "amber-doj",
    name: "AMBER Alert (U.S. Department of Justice recommended criteria)",
    jurisdiction: "US",
    ruleIds: Object.freeze(["AMB-DOJ", "AMB-1"]),
  }),
  Object.freeze({
    id: "amber-ny",
    name: "New York AMBER Alert",
    jurisdiction: "US-NY",
    ruleIds: Object.freeze(["NY-5", "AMB-1"]),
  }),
] satisfies AlertPlan[]);

/**
 * The alert plans of one jurisdiction.
 *
 * @example
 * ```ts
 * alertPlansOf("US-NY").map((p) => p.id); // ["amber-ny"]
 * ```
 */
export function alertPlansOf(id: JurisdictionId): readonly AlertPlan[] {
  return ALERT_PLANS.filter((p) => p.jurisdiction === id);
}

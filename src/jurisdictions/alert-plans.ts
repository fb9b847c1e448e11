/**
 * The alert plans the library knows, as data: each plan's id, name, jurisdiction, tier and
 * the rules its criteria apply. The criteria themselves are evaluated by `alertEligibility`
 * in `src/classification/`.
 * @module
 */
import type { JurisdictionId } from "./ids.js";

/**
 * One alert plan: a stable id (`'amber-doj'`, `'amber-ny'`…), its public name, the
 * jurisdiction whose plan it is, its tier (`'amber'`: the AMBER plan; `'second'`: an alert
 * for cases that do not meet it), and the rules of the rule book its criteria apply.
 *
 * @example
 * ```ts
 * const p: AlertPlan = {
 *   id: "amber-ny",
 *   name: "New York AMBER Alert",
 *   jurisdiction: "US-NY",
 *   tier: "amber",
 *   ruleIds: ["NY-5", "AMB-1", "AMB-2"],
 * };
 * ```
 * @see `docs/rules.md#amb-2`
 */
export type AlertPlan = {
  readonly id: string;
  readonly name: string;
  readonly jurisdiction: JurisdictionId;
  readonly tier: "amber" | "second";
  readonly ruleIds: readonly string[];
};

/* @__NO_SIDE_EFFECTS__ */
function alertPlan(
  id: string,
  name: string,
  jurisdiction: JurisdictionId,
  tier: AlertPlan["tier"],
  ruleIds: readonly string[],
): AlertPlan {
  return Object.freeze({ id, name, jurisdiction, tier, ruleIds: Object.freeze([...ruleIds]) });
}

// Rules every plan applies: the abduction reading (when the plan asks for one), the
// readings of description, danger and NCIC entry, and those of the second tier.
const AMBER = ["AMB-1", "AMB-2"];
const SECOND = ["AMB-2", "AMB-3"];

/**
 * Every alert plan, federal first, then by jurisdiction in the order of `JURISDICTION_IDS`,
 * each state's AMBER plan before its second tier. Plans whose criteria the sources do not
 * describe (Illinois's Endangered Missing Person Advisory, a North Carolina second tier) are
 * not here: the jurisdiction profiles list them as not encoded.
 *
 * @example
 * ```ts
 * ALERT_PLANS.map((p) => p.id); // ["amber-doj", "amber-ny", "mca-ny", "amber-ca", …]
 * ALERT_PLANS.find((p) => p.id === "ebony-ca")?.ruleIds; // ["CA-10", "CA-10a", "AMB-1", "AMB-2", "AMB-3"]
 * ```
 * @see `docs/rules.md#amb-doj`
 * @see `docs/rules.md#ny-5`
 * @see `docs/rules.md#ca-9`
 */
export const ALERT_PLANS: readonly AlertPlan[] = Object.freeze([
  alertPlan(
    "amber-doj",
    "AMBER Alert (U.S. Department of Justice recommended criteria)",
    "US",
    "amber",
    ["AMB-DOJ", "NCIC-3", ...AMBER],
  ),
  alertPlan("amber-ny", "New York AMBER Alert", "US-NY", "amber", ["NY-5", ...AMBER]),
  alertPlan("mca-ny", "New York Missing Child Alert", "US-NY", "second", ["NY-6", "AMB-2"]),
  alertPlan("amber-ca", "California AMBER Alert", "US-CA", "amber", ["CA-9", ...AMBER]),
  alertPlan("ebony-ca", "Ebony Alert (California)", "US-CA", "second", [
    "CA-10",
    "CA-10a",
    "AMB-1",
    ...SECOND,
  ]),
  alertPlan("ema-ca", "California Endangered Missing Advisory", "US-CA", "second", [
    "CA-11",
    "AMB-1",
    ...SECOND,
  ]),
  alertPlan("amber-tx", "Texas AMBER Alert", "US-TX", "amber", [
    "TX-9",
    "TX-10",
    ...AMBER,
    "AMB-3",
  ]),
  alertPlan("amber-tx-local", "Texas AMBER Alert: local-area activation", "US-TX", "second", [
    "TX-11",
    ...SECOND,
  ]),
  alertPlan("amber-fl", "Florida AMBER Alert", "US-FL", "amber", ["FL-9", ...AMBER]),
  alertPlan("mca-fl", "Florida Missing Child Alert", "US-FL", "second", ["FL-10", "AMB-2"]),
  alertPlan("emca-fl", "Florida Enhanced Missing Child Alert", "US-FL", "second", [
    "FL-10",
    "AMB-2",
  ]),
  alertPlan("amber-pa", "Pennsylvania AMBER Alert", "US-PA", "amber", ["PA-5", ...AMBER]),
  alertPlan(
    "mepa-pa",
    "Pennsylvania Missing Endangered Person Advisory (MEPA)",
    "US-PA",
    "second",
    ["PA-6", "AMB-1", ...SECOND],
  ),
  alertPlan("amber-il", "Illinois AMBER Alert", "US-IL", "amber", ["IL-8", ...AMBER]),
  alertPlan("amber-oh", "Ohio AMBER Alert", "US-OH", "amber", ["OH-5", ...AMBER]),
  alertPlan("emca-oh", "Ohio Endangered Missing Child Alert", "US-OH", "second", [
    "OH-6",
    ...SECOND,
  ]),
  alertPlan("amber-ga", "Levi's Call: Georgia's AMBER Alert", "US-GA", "amber", ["GA-4", ...AMBER]),
  alertPlan("amber-nc", "North Carolina AMBER Alert", "US-NC", "amber", [
    "NCS-6",
    ...AMBER,
    "AMB-3",
  ]),
  alertPlan("amber-mi", "Michigan AMBER Alert", "US-MI", "amber", ["MI-5", ...AMBER]),
  alertPlan("ema-mi", "Michigan Endangered Missing Advisory", "US-MI", "second", [
    "MI-6",
    ...SECOND,
  ]),
] satisfies AlertPlan[]);

/**
 * The alert plans of one jurisdiction, AMBER plan first. The federal plan (`'amber-doj'`)
 * belongs to `'US'` only: a state's profile lists the state's own plans.
 *
 * @example
 * ```ts
 * alertPlansOf("US-NY").map((p) => p.id); // ["amber-ny", "mca-ny"]
 * alertPlansOf("US-CA").map((p) => p.id); // ["amber-ca", "ebony-ca", "ema-ca"]
 * ```
 * @see `docs/rules.md#amb-2`
 */
export function alertPlansOf(id: JurisdictionId): readonly AlertPlan[] {
  return ALERT_PLANS.filter((p) => p.jurisdiction === id);
}

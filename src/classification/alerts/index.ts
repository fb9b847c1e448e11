/**
 * Alert eligibility for every alert plan the library knows (`ALERT_PLANS`), per criterion,
 * three-valued: the DOJ criteria, New York's, and each profiled state's AMBER plan and
 * second-tier alert.
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import type { MissingCase } from "../../models/case.js";
import { type CaseContext, caseContext } from "../case-context.js";
import type { Criterion } from "../classify-episode.js";
import type { CaseOptions } from "../episode-criteria.js";
import { frozen } from "../expr.js";
import type { Tri } from "../tri.js";
import { AMBER_CA, EBONY_CA, EMA_CA } from "./california.js";
import { evaluatePlan } from "./evaluate.js";
import type { PlanCriteria } from "./facts.js";
import { AMBER_DOJ } from "./federal.js";
import { AMBER_FL, EMCA_FL, MCA_FL } from "./florida.js";
import { AMBER_GA } from "./georgia.js";
import { AMBER_IL } from "./illinois.js";
import { AMBER_MI, EMA_MI } from "./michigan.js";
import { AMBER_NY, MCA_NY } from "./new-york.js";
import { AMBER_NC } from "./north-carolina.js";
import { AMBER_OH, EMCA_OH } from "./ohio.js";
import { AMBER_PA, MEPA_PA } from "./pennsylvania.js";
import { AMBER_TX, AMBER_TX_LOCAL } from "./texas.js";

export type { PlanCriteria } from "./facts.js";

/**
 * The result of {@link alertEligibility}: `eligible`, the Kleene AND of `criteria`; each
 * criterion; when `eligible` is `'unknown'`, `missingFacts`, the facts whose absence left a
 * criterion unknown (paths such as `facts.physicalSafetyAtRisk`, `child.race`,
 * `episodeTypeOf`; an age made uncertain by a partial birth date is not a missing fact);
 * and, for a plan that names factors to weigh rather than conditions (the Ebony Alert's age
 * band, Pennsylvania's description), those factors, evaluated the same way but never part
 * of `eligible` (AMB-2). `missingFacts` and `factors` are absent when there are none.
 *
 * @example
 * ```ts
 * const r: AlertEligibility = {
 *   eligible: "unknown",
 *   criteria: [
 *     { id: "race", ruleId: "CA-10", met: "unknown" },
 *     { id: "circumstances", ruleId: "CA-10", met: true },
 *   ],
 *   missingFacts: ["child.race"],
 *   factors: [{ id: "age-12-25", ruleId: "CA-10a", met: false }],
 * };
 * ```
 * @see `docs/rules.md#amb-2`
 */
export type AlertEligibility = {
  readonly eligible: Tri;
  readonly criteria: readonly Criterion[];
  readonly missingFacts?: readonly string[];
  readonly factors?: readonly Criterion[];
};

/**
 * The criteria of every plan of `ALERT_PLANS`, by plan id, in the same order (built on first
 * use).
 * @internal
 */
export const alertCriteria = /* @__PURE__ */ once(
  (): Readonly<Record<string, PlanCriteria>> =>
    frozen({
      "amber-doj": AMBER_DOJ(),
      "amber-ny": AMBER_NY(),
      "mca-ny": MCA_NY(),
      "amber-ca": AMBER_CA(),
      "ebony-ca": EBONY_CA(),
      "ema-ca": EMA_CA(),
      "amber-tx": AMBER_TX(),
      "amber-tx-local": AMBER_TX_LOCAL(),
      "amber-fl": AMBER_FL(),
      "mca-fl": MCA_FL(),
      "emca-fl": EMCA_FL(),
      "amber-pa": AMBER_PA(),
      "mepa-pa": MEPA_PA(),
      "amber-il": AMBER_IL(),
      "amber-oh": AMBER_OH(),
      "emca-oh": EMCA_OH(),
      "amber-ga": AMBER_GA(),
      "amber-nc": AMBER_NC(),
      "amber-mi": AMBER_MI(),
      "ema-mi": EMA_MI(),
    }),
);

function evaluate(p: PlanCriteria, ctx: CaseContext): AlertEligibility {
  return evaluatePlan(p, ctx, (id) => evaluate(alertCriteria()[id] as PlanCriteria, ctx));
}

/**
 * Whether a case meets an alert plan's criteria (`ALERT_PLANS`: `'amber-doj'`,
 * `'amber-ny'`, `'amber-ca'`, `'ebony-ca'`, `'amber-tx'`, …), per criterion, three-valued:
 * `eligible` is the Kleene AND of the criteria (ages at report, AGE-7). Each criterion has
 * an `id` and the `ruleId` of the rule it applies; `docs/classification.md` gives every
 * plan's criteria with their conditions. When `eligible` is `'unknown'`, `missingFacts`
 * names the facts to ask for.
 *
 * How the facts are read is the same in every plan: abduction from `episodeTypeOf` (AMB-1);
 * description, danger, NCIC entry (AMB-2); at risk, unexplained circumstances, and "does not
 * meet the AMBER criteria" for a second tier, the criterion `not-amber`: met while the
 * state's AMBER eligibility is not `true` (AMB-3). Agency
 * judgement (a recommendation, a chief's belief) is never a criterion. A plan's factors to
 * weigh come back in `factors` and never change `eligible`.
 *
 * Throws a `RangeError` naming `alertId` when no plan has that id. `options.age` counts ages
 * as `ageOn` does (AGE-3, AGE-4).
 *
 * @example
 * ```ts
 * // a 16-year-old Black girl in California, missing from home, no type established yet
 * const r = alertEligibility(c, "ebony-ca");
 * r.criteria; // [{ id: "race", ruleId: "CA-10", met: true }, { id: "circumstances", … }, …]
 * r.factors;  // [{ id: "age-12-25", ruleId: "CA-10a", met: true }]: weighed, not required
 * // a 17-year-old with a proven disability, abducted, in danger, described
 * alertEligibility(d, "amber-ca").eligible; // true: any age with a proven disability
 * alertEligibility(d, "amber-il").eligible; // true as well: a disability, whatever the age
 * alertEligibility(d, "amber-xx");          // RangeError: alertId
 * ```
 * @see `docs/rules.md#amb-1`
 * @see `docs/rules.md#amb-2`
 * @see `docs/rules.md#amb-3`
 * @see `docs/rules.md#ca-9`
 * @see `docs/rules.md#ca-10`
 * @see `docs/rules.md#age-7`
 */
export function alertEligibility(
  c: MissingCase,
  alertId: string,
  options?: CaseOptions,
): AlertEligibility {
  const p =
    typeof alertId === "string" && Object.hasOwn(alertCriteria(), alertId)
      ? alertCriteria()[alertId]
      : undefined;
  if (p === undefined) throw new RangeError("alertId must be the id of a plan in ALERT_PLANS");
  return evaluate(p, caseContext(c, options));
}

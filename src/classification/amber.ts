import type { MissingCase } from "../models/case.js";
import { evaluatePlan } from "./alerts/evaluate.js";
import { AMBER_DOJ } from "./alerts/federal.js";
import { AMBER_NY } from "./alerts/new-york.js";
import { caseContext } from "./case-context.js";
import type { Criterion } from "./classify-episode.js";
import type { CaseOptions } from "./episode-criteria.js";
import { frozen } from "./expr.js";
import type { Tri } from "./tri.js";

/**
 * The AMBER standards `amberAlertEligibility` knows: `'doj'` (AMB-DOJ) and `'ny'` (NY-5).
 *
 * @example
 * ```ts
 * const s: AmberStandard = "ny";
 * ```
 * @see `docs/rules.md#amb-doj`
 * @see `docs/rules.md#ny-5`
 */
export type AmberStandard = "doj" | "ny";

/**
 * The result of {@link amberAlertEligibility}: the Kleene AND of the criteria, each one, and,
 * when the answer is `'unknown'`, the facts whose absence left it so (as in
 * `AlertEligibility`).
 *
 * @example
 * ```ts
 * const r: AmberEligibility = {
 *   eligible: "unknown",
 *   criteria: [{ id: "danger", ruleId: "AMB-DOJ", met: "unknown" }],
 *   missingFacts: ["facts.physicalSafetyAtRisk"],
 * };
 * ```
 */
export type AmberEligibility = {
  readonly eligible: Tri;
  readonly criteria: readonly Criterion[];
  readonly missingFacts?: readonly string[];
};

/** The two plans by standard: read directly, so this shorthand bundles without the others. */
const PLAN_OF = frozen({ doj: AMBER_DOJ, ny: AMBER_NY });

/**
 * Whether a case meets the AMBER Alert criteria, per criterion, three-valued (Kleene AND of
 * the criteria; ages at report, AGE-7). A shorthand for `alertEligibility(c, 'amber-doj')`
 * and `alertEligibility(c, 'amber-ny')`, with the same results:
 * - `'doj'` (AMB-DOJ): abduction, `physicalSafetyAtRisk`, a description (name, birth date,
 *   sex, height, weight, eye and hair colour), age ≤ 17, and the NCIC `CA` flag. That
 *   runaways fall outside is **unverified**.
 * - `'ny'` (NY-5): under 18, abduction, `physicalSafetyAtRisk` (for a family abduction: the
 *   relative endangers the child), and a description.
 *
 * Abduction, in both (AMB-1, a choice of this library): `episodeTypeOf` is a family or
 * nonfamily abduction; `'unknown'` only when it is `'undetermined'`; otherwise `false`. A
 * runaway the facts establish is not eligible, whatever abduction facts are still unknown
 * (law enforcement must reasonably believe an abduction occurred). An age known only as a
 * range that straddles the limit makes the age criterion `'unknown'` (AGE-5).
 *
 * Throws a `TypeError` naming `options.standard` when it is neither.
 *
 * `options.age` counts ages as `ageOn` does (AGE-3 anniversary or common-law, AGE-4 leap day).
 *
 * @example
 * ```ts
 * // a 9-year-old taken by a stranger, in danger, fully described, entered with CA
 * amberAlertEligibility(c, { standard: "doj" }).eligible; // true
 * // a family abduction with no danger under New York's rule
 * amberAlertEligibility(custody, { standard: "ny" }).eligible; // false
 * // a 12-year-old gone 2 nights without permission, who took the child not known: a runaway
 * amberAlertEligibility(ranAway, { standard: "ny" }).eligible; // false
 * ```
 * @see `docs/rules.md#amb-doj`
 * @see `docs/rules.md#ny-5`
 * @see `docs/rules.md#amb-1`
 * @see `docs/rules.md#ncic-3`
 * @see `docs/rules.md#age-7`
 */
export function amberAlertEligibility(
  c: MissingCase,
  options: CaseOptions & { readonly standard: AmberStandard },
): AmberEligibility {
  const standard = options?.standard;
  if (standard !== "doj" && standard !== "ny") {
    throw new TypeError("options.standard must be 'doj' or 'ny'");
  }
  return evaluatePlan(PLAN_OF[standard](), caseContext(c, options));
}

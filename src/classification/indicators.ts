/**
 * Endangerment indicators (END-1 … END-3) and trafficking red flags (TRF-1 … TRF-7): the
 * recorded ones plus those derived from the case. Flags, never a verdict (TRF-0).
 * @module
 */
import { once } from "../lazy/stand-in.js";
import type { MissingCase } from "../models/case.js";
import { ENDANGERMENT_INDICATORS, TRAFFICKING_INDICATORS } from "../models/lists.js";
import type {
  EndangermentIndicator,
  RiskIndicator,
  TraffickingIndicator,
} from "../models/risk-indicator.js";
import { ageAtMost } from "./age.js";
import { type CaseContext, caseContext, fromCare } from "./case-context.js";
import type { CaseOptions } from "./episode-criteria.js";
import { type CriterionDef, defineCriterion, frozen, leaf } from "./expr.js";
import { triOf } from "./tri.js";

/**
 * The indicators derived from the case rather than recorded, as criteria.
 * @internal
 */
export const derivedIndicatorCriteria = /* @__PURE__ */ once(
  (): readonly CriterionDef<CaseContext>[] =>
    frozen([
      defineCriterion<CaseContext>({
        id: "age-13-or-younger",
        ruleId: "END-1",
        expr: leaf(
          "age at last contact",
          "age at last contact ≤ 13",
          (ctx) => ageAtMost(ctx.ageAtLastContact, 13),
          false,
        ),
      }),
      defineCriterion<CaseContext>({
        id: "repeat-missing",
        ruleId: "TRF-1",
        note: "Counting this episode among the three: `priorEpisodes` ≥ 2.",
        expr: leaf("priorEpisodes", "priorEpisodes ≥ 2", (ctx) =>
          triOf(ctx.c.priorEpisodes, (n) => n >= 2),
        ),
      }),
      defineCriterion<CaseContext>({
        id: "ran-from-care",
        ruleId: "TRF-7",
        expr: fromCare(),
      }),
    ]),
);

// Recorded indicators of a list, plus the derived ones that are met, in the list's order.
// A recorded flag is an observation and stays, except the age flag: it is the age itself, so
// an age that decides it false wins over what was recorded.
function indicators<T extends RiskIndicator>(
  c: MissingCase,
  list: readonly T[],
  options?: CaseOptions,
): T[] {
  const ctx = caseContext(c, options);
  const found = new Set<RiskIndicator>(c.riskIndicators ?? []);
  for (const k of derivedIndicatorCriteria()) {
    if (!(list as readonly string[]).includes(k.id)) continue;
    const met = k.expr.evaluate(ctx).met;
    if (met === true) found.add(k.id as RiskIndicator);
    else if (met === false && k.id === "age-13-or-younger") found.delete(k.id);
  }
  return list.filter((i) => found.has(i));
}

/**
 * The endangerment indicators of a case (END-1, NISMART-2 bulletin NCJ 196469 Table 4):
 * those recorded in `riskIndicators`,
 * plus `'age-13-or-younger'` when the age at last contact is 13 or under (dropped when the
 * age shows otherwise; kept as recorded when a partial birth date leaves it open). Items
 * 6–9 come from a secondary source (END-2) and items 10–16 are provisional (END-3): both
 * **unverified**. A runaway or thrownaway episode is
 * endangered when this list is not empty.
 *
 * `options.age` counts ages as `ageOn` does (AGE-3 anniversary or common-law, AGE-4 leap day).
 *
 * @example
 * ```ts
 * endangermentIndicators({ ...c, riskIndicators: ["hard-drug-use"] }); // a 12-year-old
 * // ["hard-drug-use", "age-13-or-younger"]
 * ```
 * @see `docs/rules.md#end-1`
 * @see `docs/rules.md#end-2`
 * @see `docs/rules.md#end-3`
 */
export function endangermentIndicators(
  c: MissingCase,
  options?: CaseOptions,
): EndangermentIndicator[] {
  return indicators(c, ENDANGERMENT_INDICATORS, options);
}

/**
 * Trafficking red flags of a case, **never a determination** (TRF-0): those recorded in
 * `riskIndicators` (TRF-2…TRF-6, e.g. romance or "boyfriend" recruitment TRF-3, unverified),
 * plus (whatever was recorded) `'repeat-missing'` when `priorEpisodes` ≥ 2, i.e. 3+
 * episodes counting this one (TRF-1; counting this one is a choice), and `'ran-from-care'`
 * when `missingFrom` is foster care, a group home or a residential facility (TRF-7,
 * unverified).
 *
 * @example
 * ```ts
 * traffickingRiskFlags({ ...c, priorEpisodes: 2, missingFrom: "group-home",
 *   riskIndicators: ["romance-recruitment"] });
 * // ["repeat-missing", "ran-from-care", "romance-recruitment"]
 * ```
 * @see `docs/rules.md#trf-0`
 * @see `docs/rules.md#trf-1`
 * @see `docs/rules.md#trf-7`
 */
export function traffickingRiskFlags(c: MissingCase): TraffickingIndicator[] {
  return indicators(c, TRAFFICKING_INDICATORS);
}

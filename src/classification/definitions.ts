/**
 * Who counts as a missing child: federal (FED-1), New York (NY-1) and NCMEC (VOC-3)
 * definitions.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { TRAFFICKING_INDICATORS } from "../models/lists.js";
import { ageBelow } from "./age.js";
import {
  ageAtReportIs,
  type CaseContext,
  caseContext,
  fromCare,
  recorded,
} from "./case-context.js";
import type { CaseOptions } from "./episode-criteria.js";
import { all, any, type CriterionDef, defineCriterion, frozen } from "./expr.js";
import type { Tri } from "./tri.js";

/**
 * The definitions `isMissingChild` knows: federal (FED-1), New York (NY-1), NCMEC (VOC-3).
 *
 * @example
 * ```ts
 * const d: MissingChildDefinition = "ny";
 * ```
 * @see `docs/rules.md#fed-1`
 * @see `docs/rules.md#voc-3`
 * @see `docs/rules.md#ny-1`
 */
export type MissingChildDefinition = "federal" | "ny" | "ncmec";

/** Trafficking indicators recorded by a person: the derived flags do not count for NY-1. */
const RECORDED_TRAFFICKING = recordedOnly(TRAFFICKING_INDICATORS);

/* @__NO_SIDE_EFFECTS__ */
function recordedOnly(list: readonly string[]): readonly string[] {
  return list.filter((i) => i !== "repeat-missing" && i !== "ran-from-care");
}

/**
 * The missing-child definitions as data, by definition.
 * @internal
 */
export const DEFINITION_CRITERIA: Readonly<
  Record<MissingChildDefinition, CriterionDef<CaseContext>>
> = frozen({
  federal: defineCriterion<CaseContext>({
    id: "federal",
    ruleId: "FED-1",
    note: "Under 21 at report (Suzanne's Law, FED-9, raised the age from 18).",
    expr: ageAtReportIs("< 21", (a) => ageBelow(a, 21)),
  }),
  ny: defineCriterion<CaseContext>({
    id: "ny",
    ruleId: "NY-1",
    note: "Limb (b) is read as: under 21, missing from a care placement, with a trafficking indicator recorded in `riskIndicators` (the derived `repeat-missing` and `ran-from-care` do not count). Limb (c), a known taking by someone with no legal right, is not encoded.",
    expr: any(
      ageAtReportIs("< 18", (a) => ageBelow(a, 18)),
      all(
        ageAtReportIs("< 21", (a) => ageBelow(a, 21)),
        fromCare,
        recorded("a recorded trafficking indicator", RECORDED_TRAFFICKING),
      ),
    ),
  }),
  ncmec: defineCriterion<CaseContext>({
    id: "ncmec",
    ruleId: "VOC-3",
    expr: ageAtReportIs("< 18", (a) => ageBelow(a, 18)),
  }),
});

/**
 * Whether a case is of a missing child under a definition, by the age at report (AGE-7),
 * three-valued (an age range straddling the limit is `'unknown'`):
 * - `'federal'`: under 21 (FED-1, 34 U.S.C. 41307);
 * - `'ncmec'`: under 18 (VOC-3, from a summary of 42 U.S.C. 5772);
 * - `'ny'`: NY-1 (N.Y. Exec. Law § 837-e): under 18, or under
 *   21, missing from foster care, a group home or a residential facility, with a trafficking
 *   indicator recorded in `riskIndicators` (absent `riskIndicators` is unknown; the derived
 *   flags don't count).
 *
 * Throws a `TypeError` naming `definition` when it is none of these.
 *
 * `options.age` counts ages as `ageOn` does (AGE-3 anniversary or common-law, AGE-4 leap day).
 *
 * @example
 * ```ts
 * // 19 at report, ran from foster care, "romance-recruitment" recorded
 * isMissingChild(c, "ny"); // true
 * isMissingChild(c, "ncmec"); // false
 * isMissingChild(c, "federal"); // true
 * ```
 * @see `docs/rules.md#fed-1`
 * @see `docs/rules.md#voc-3`
 * @see `docs/rules.md#ny-1`
 * @see `docs/rules.md#age-7`
 */
export function isMissingChild(
  c: MissingCase,
  definition: MissingChildDefinition,
  options?: CaseOptions,
): Tri {
  if (!Object.hasOwn(DEFINITION_CRITERIA, definition)) {
    throw new TypeError("definition must be 'federal', 'ny' or 'ncmec'");
  }
  return DEFINITION_CRITERIA[definition].expr.evaluate(caseContext(c, options)).met;
}

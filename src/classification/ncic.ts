/**
 * NCIC Missing Person File category suggestion (DOMAIN.md §6, NCIC-2).
 * @module
 */
import type { MissingCase } from "../models/case.js";
import type { NcicCategory } from "../models/codes.js";
import { ageBelow } from "./age.js";
import {
  abduction,
  ageAtReportIs,
  type CaseContext,
  caseContext,
  caseFact,
  childDisability,
} from "./case-context.js";
import type { CaseOptions } from "./episode-rules.js";
import { defineRule, frozen, type Rule } from "./rule.js";

const NCIC_SOURCES = [
  "https://www.roseville-mi.gov/256/Missing-Person-and-Vulnerable-or-Impaire",
  "https://fill.io/NCIC-Missing-Person-Initial-Entry-Report",
];

/* @__NO_SIDE_EFFECTS__ */
function category(
  id: NcicCategory,
  description: string,
  expr: Rule<CaseContext>["expr"],
): Rule<CaseContext> {
  return defineRule<CaseContext>({
    id,
    ruleId: "NCIC-2",
    description,
    sources: NCIC_SOURCES,
    tag: id === "EMJ" ? "P" : "V",
    expr,
  });
}

/**
 * NCIC-2: the categories `suggestNcicCategory` tries, in order (the order is a Choice, [U]);
 * `EMO` is the fallback.
 * @internal
 */
export const NCIC_CATEGORY_RULES: readonly Rule<CaseContext>[] = frozen([
  category("EMD", "Disability: a proven physical or mental disability.", childDisability),
  category("EMI", "Involuntary: the disappearance was not voluntary (an abduction).", abduction),
  category(
    "EME",
    "Endangered: circumstances suggest physical safety may be at risk.",
    caseFact("physicalSafetyAtRisk"),
  ),
  category(
    "EMV",
    "Catastrophe victim: missing after a catastrophe or extraordinary accident.",
    caseFact("catastrophe"),
  ),
  category(
    "EMJ",
    "Juvenile: under 21 (historically unemancipated under home-state law).",
    ageAtReportIs("< 21", (a) => ageBelow(a, 21)),
  ),
]);

/**
 * The result of {@link suggestNcicCategory}: a suggestion with its reasons (NCIC-2).
 *
 * @example
 * ```ts
 * const s: NcicSuggestion = { category: "EMJ", reasons: ["EMJ: age at report < 21"] };
 * ```
 */
export type NcicSuggestion = {
  readonly category: NcicCategory;
  readonly reasons: readonly string[];
};

/**
 * Suggests the NCIC Missing Person File category of a case, with reasons; the agency decides
 * (NCIC-2, a Choice: the order EMD, EMI, EME, EMV is **unverified** [U]; categories from
 * https://www.roseville-mi.gov/256/Missing-Person-and-Vulnerable-or-Impaire [V]):
 * the first of EMD (`child.disability`), EMI (`episodeTypeOf` is an abduction), EME
 * (`physicalSafetyAtRisk`), EMV (`catastrophe`), EMJ (age at report under 21), else EMO.
 * A fact that is unknown counts as not established, and the reasons name it. Reasons name
 * facts, never their values.
 *
 * `options.age` counts ages as `ageOn` does (AGE-3 anniversary or common-law, AGE-4 leap day).
 *
 * @example
 * ```ts
 * suggestNcicCategory(runawayAged15WithNoOtherFacts);
 * // { category: "EMJ", reasons: [
 * //   "not EMD: child.disability is unknown, so not established", …,
 * //   "EMJ: age at report < 21"] }
 * ```
 */
export function suggestNcicCategory(c: MissingCase, options?: CaseOptions): NcicSuggestion {
  const ctx = caseContext(c, options);
  const reasons: string[] = [];
  for (const rule of NCIC_CATEGORY_RULES) {
    const met = rule.expr.evaluate(ctx).met;
    if (met === true) {
      reasons.push(`${rule.id}: ${rule.expr.text}`);
      return { category: rule.id as NcicCategory, reasons };
    }
    reasons.push(
      met === false
        ? `not ${rule.id}: ${rule.expr.text} is false`
        : `not ${rule.id}: ${rule.expr.text} is unknown, so not established`,
    );
  }
  reasons.push("EMO: none of EMD, EMI, EME, EMV, EMJ applies");
  return { category: "EMO", reasons };
}

/**
 * NCIC Missing Person File category suggestion (NCIC-2, over the categories of NCIC-4).
 * @module
 */
import { once } from "../lazy/stand-in.js";
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
import { lazyCriteria, TRI_OF_CODE } from "./compile.js";
import type { CaseOptions } from "./episode-criteria.js";
import { type CriterionDef, defineCriterion, frozen } from "./expr.js";

/* @__NO_SIDE_EFFECTS__ */
function category(
  id: NcicCategory,
  expr: CriterionDef<CaseContext>["expr"],
  note?: string,
): CriterionDef<CaseContext> {
  return defineCriterion<CaseContext>({ id, ruleId: "NCIC-4", expr, ...(note ? { note } : {}) });
}

/**
 * The categories `suggestNcicCategory` tries, in the order of NCIC-2 (each condition reads
 * the category's entry criterion, NCIC-4); `EMO` is the fallback.
 * @internal
 */
export const ncicCategoryCriteria = /* @__PURE__ */ once((): readonly CriterionDef<CaseContext>[] =>
  frozen([
    category("EMD", childDisability()),
    category(
      "EMI",
      abduction(),
      "Read as the AMBER criteria read an abduction (AMB-1): unknown only when the episode type is undetermined; a runaway the facts establish is not EMI.",
    ),
    category("EME", caseFact("physicalSafetyAtRisk")),
    category("EMV", caseFact("catastrophe")),
    category(
      "EMJ",
      ageAtReportIs("< 21", (a) => ageBelow(a, 21)),
    ),
  ]),
);

/** The rule of the fallback: NCIC-2 suggests EMO when no category above is met. */
const FALLBACK_RULE = "NCIC-2";

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
 * (NCIC-2, a choice of this library whose order EMD, EMI, EME, EMV is **unverified**; the
 * categories are those of NCIC-4):
 * the first of EMD (`child.disability`), EMI (`episodeTypeOf` is an abduction, read as
 * AMBER reads it, AMB-1: unknown only when the type is undetermined, so a runaway the facts
 * establish is not EMI whatever abduction facts are unknown), EME
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
 * @see `docs/rules.md#ncic-2`
 * @see `docs/rules.md#ncic-4`
 * @see `docs/rules.md#amb-1`
 */
export function suggestNcicCategory(c: MissingCase, options?: CaseOptions): NcicSuggestion {
  // Evaluated up to the first category met; a suggestion depends only on those outcomes.
  const vector = COMPILED().run(caseContext(c, options), true);
  return suggestions.get(vector) ?? suggestionOf(vector);
}

/** The categories compiled (on first use). */
const COMPILED = /* @__PURE__ */ lazyCriteria(() => ncicCategoryCriteria());
/** Each suggestion built, by outcome vector (at most 3⁵), frozen and shared. */
const suggestions = new Map<number, NcicSuggestion>();

/** The suggestion of an outcome vector: the first category met, with the reasons. */
function suggestionOf(vector: number): NcicSuggestion {
  const reasons: string[] = [];
  let category: NcicCategory = "EMO";
  for (const [i, k] of ncicCategoryCriteria().entries()) {
    const met = TRI_OF_CODE[(vector >>> (2 * i)) & 3];
    const name = `${k.id} (${k.ruleId})`;
    if (met === true) {
      reasons.push(`${name}: ${k.expr.text}`);
      category = k.id as NcicCategory;
      break;
    }
    reasons.push(
      met === false
        ? `not ${name}: ${k.expr.text} is false`
        : `not ${name}: ${k.expr.text} is unknown, so not established`,
    );
  }
  if (category === "EMO") {
    reasons.push(`EMO (${FALLBACK_RULE}): none of EMD, EMI, EME, EMV, EMJ applies`);
  }
  const suggestion = Object.freeze({ category, reasons: Object.freeze(reasons) });
  suggestions.set(vector, suggestion);
  return suggestion;
}

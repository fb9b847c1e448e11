/**
 * NCMEC case types (NC-1).
 * @module
 */
import { once } from "../lazy/stand-in.js";
import type { MissingCase } from "../models/case.js";
import { ENDANGERMENT_INDICATORS } from "../models/lists.js";
import { ageAtLeast, ageBelow } from "./age.js";
import {
  type CaseContext,
  caseContext,
  caseFact,
  childDisability,
  recorded,
} from "./case-context.js";
import type { EpisodeType } from "./classify-episode.js";
import { lazyCriteria, TRI_OF_CODE } from "./compile.js";
import type { CaseOptions } from "./episode-criteria.js";
import { any, type CriterionDef, defineCriterion, frozen } from "./expr.js";
import { triAnd } from "./tri.js";

/**
 * An NCMEC case type (NC-1).
 *
 * @example
 * ```ts
 * const t: NcmecCaseType = "critically-missing-young-adult";
 * ```
 * @see `docs/rules.md#nc-1`
 */
export type NcmecCaseType =
  | "endangered-runaway"
  | "family-abduction"
  | "nonfamily-abduction"
  | "lost-injured-otherwise-missing"
  | "critically-missing-young-adult";

/**
 * NC-1 elevated risk of a young adult (18–20): physical safety at risk, an endangerment
 * indicator recorded, or a proven disability.
 * @internal
 */
export const elevatedRiskCriterion = /* @__PURE__ */ once(
  (): CriterionDef<CaseContext> =>
    defineCriterion<CaseContext>({
      id: "elevated-risk",
      ruleId: "NC-1",
      expr: any(
        caseFact("physicalSafetyAtRisk"),
        recorded("an END-1 indicator recorded", ENDANGERMENT_INDICATORS),
        childDisability(),
      ),
    }),
);

/**
 * NC-1: the NCMEC type of a child under 18 by episode type (`episodeTypeOf`).
 * @internal
 */
export const NCMEC_BY_EPISODE_TYPE: Readonly<Record<EpisodeType | "undetermined", NcmecCaseType>> =
  frozen({
    "nonfamily-abduction": "nonfamily-abduction",
    "family-abduction": "family-abduction",
    thrownaway: "endangered-runaway",
    runaway: "endangered-runaway",
    "lost-injured": "lost-injured-otherwise-missing",
    "benign-explanation": "lost-injured-otherwise-missing",
    undetermined: "lost-injured-otherwise-missing",
  });

type Outcome = NcmecCaseType | "undetermined" | null;

/** NC-1's elevated risk compiled (on first use). */
const ELEVATED_RISK = /* @__PURE__ */ lazyCriteria(() => [elevatedRiskCriterion()]);

function youngAdultType(ctx: CaseContext): Outcome {
  const risk = TRI_OF_CODE[ELEVATED_RISK().run(ctx)];
  return risk === "unknown" ? "undetermined" : risk ? "critically-missing-young-adult" : null;
}

/**
 * The NCMEC case type of a case, by the age at report (NC-1, a choice of this library over
 * NCMEC's definitions of its case types):
 * 21 or over → `null`; 18–20 → `'critically-missing-young-adult'` when at elevated risk
 * (`physicalSafetyAtRisk`, any END-1 indicator, or `child.disability`), `null` when not,
 * `'undetermined'` when that is unknown; under 18 → by `episodeTypeOf`: abductions keep
 * their type, runaway and thrownaway → `'endangered-runaway'`, anything else (undetermined
 * included) → `'lost-injured-otherwise-missing'`. When a partial birth date leaves the age
 * band open, the result is the one every possible band gives, else `'undetermined'`.
 * NCMEC sets no "too young to run" age: the episode rules decide (unverified).
 *
 * `options.age` counts ages as `ageOn` does (AGE-3 anniversary or common-law, AGE-4 leap day).
 *
 * @example
 * ```ts
 * ncmecCaseType(runawayAged15); // "endangered-runaway"
 * ncmecCaseType(aged19WithSafetyAtRisk); // "critically-missing-young-adult"
 * ncmecCaseType(aged21); // null
 * ```
 * @see `docs/rules.md#nc-1`
 * @see `docs/rules.md#age-7`
 */
export function ncmecCaseType(
  c: MissingCase,
  options?: CaseOptions,
): NcmecCaseType | "undetermined" | null {
  const ctx = caseContext(c, options);
  const age = ctx.ageAtReport;
  const outcomes = new Set<Outcome>();
  if (ageBelow(age, 18) !== false) outcomes.add(NCMEC_BY_EPISODE_TYPE[ctx.episodeType]);
  if (triAnd(ageAtLeast(age, 18), ageBelow(age, 21)) !== false) outcomes.add(youngAdultType(ctx));
  if (ageAtLeast(age, 21) !== false) outcomes.add(null);
  const [only] = outcomes;
  return outcomes.size === 1 && only !== undefined ? only : "undetermined";
}

/**
 * Who counts as a missing child: the federal (FED-1), NCMEC (FED-12) and New York (NY-1)
 * definitions, and each state profile's age line.
 * @module
 */
import type { JurisdictionId } from "../jurisdictions/ids.js";
import { jurisdictionList } from "../jurisdictions/index.js";
import { once } from "../lazy/stand-in.js";
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
import { type CompiledCriteria, lazyCriteria, TRI_OF_CODE } from "./compile.js";
import type { CaseOptions } from "./episode-criteria.js";
import { all, any, type CriterionDef, defineCriterion, frozen } from "./expr.js";
import type { Tri } from "./tri.js";

/**
 * The definitions `isMissingChild` knows: federal (FED-1), New York (NY-1), NCMEC (FED-12),
 * and a jurisdiction's profile (`'US'` is `'federal'`, `'US-NY'` is `'ny'`; every other
 * profile its age line, such as Michigan's under 17, MI-1).
 *
 * @example
 * ```ts
 * const d: MissingChildDefinition = "ny";
 * const mi: MissingChildDefinition = "US-MI";
 * ```
 * @see `docs/rules.md#fed-1`
 * @see `docs/rules.md#fed-12`
 * @see `docs/rules.md#ny-1`
 */
export type MissingChildDefinition = "federal" | "ny" | "ncmec" | JurisdictionId;

/** The named definitions that a jurisdiction id stands for. */
const ALIASES: Readonly<Partial<Record<JurisdictionId, "federal" | "ny">>> = {
  US: "federal",
  "US-NY": "ny",
};

/** A state profile's age line as a criterion: under `below` at report. */
/* @__NO_SIDE_EFFECTS__ */
function ageLine(id: string, below: number, ruleId: string): CriterionDef<CaseContext> {
  return defineCriterion<CaseContext>({
    id,
    ruleId,
    expr: ageAtReportIs(`< ${below}`, (a) => ageBelow(a, below)),
  });
}

/* @__NO_SIDE_EFFECTS__ */
function recordedOnly(list: readonly string[]): readonly string[] {
  return list.filter((i) => i !== "repeat-missing" && i !== "ran-from-care");
}

/**
 * The missing-child definitions as data, by definition (built on first use).
 * @internal
 */
export const definitionCriteria = /* @__PURE__ */ once(buildDefinitionCriteria);

function buildDefinitionCriteria(): Readonly<
  Record<Exclude<MissingChildDefinition, "US" | "US-NY">, CriterionDef<CaseContext>>
> {
  return frozen({
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
          fromCare(),
          // Recorded by a person: the derived flags do not count for NY-1.
          recorded("a recorded trafficking indicator", recordedOnly(TRAFFICKING_INDICATORS)),
        ),
      ),
    }),
    ncmec: defineCriterion<CaseContext>({
      id: "ncmec",
      ruleId: "FED-12",
      expr: ageAtReportIs("< 18", (a) => ageBelow(a, 18)),
    }),
    ...(Object.fromEntries(
      jurisdictionList()
        .filter((j) => ALIASES[j.id] === undefined)
        .map((j) => [j.id, ageLine(j.id, j.missingChild.below, j.missingChild.ruleId)]),
    ) as Record<Exclude<JurisdictionId, "US" | "US-NY">, CriterionDef<CaseContext>>),
  });
}

/**
 * Whether a case is of a missing child under a definition, by the age at report (AGE-7),
 * three-valued (an age range straddling the limit is `'unknown'`, AGE-5):
 * - `'federal'` or `'US'`: under 21 (FED-1, 34 U.S.C. 41307);
 * - `'ncmec'`: under 18 (FED-12, 34 U.S.C. 11292);
 * - `'ny'` or `'US-NY'`: NY-1 (N.Y. Exec. Law § 837-e): under 18, or under
 *   21, missing from foster care, a group home or a residential facility, with a trafficking
 *   indicator recorded in `riskIndicators` (absent `riskIndicators` is unknown; the derived
 *   flags don't count);
 * - another jurisdiction id: under its profile's age line (`missingChild.below`): under 18
 *   in California (CA-1), Texas (TX-1), Florida (FL-1), Ohio (OH-1) and North Carolina
 *   (NCS-1, unverified); under 18 in Pennsylvania (PA-8) and Georgia (GA-6), choices where
 *   the statute sets no age; under 21 in Illinois (IL-1, the act on missing-child recovery,
 *   whose records act stops at 17); under 17 in Michigan (MI-1). Only the age line: Texas's
 *   any-age categories (TX-1) are not read.
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
 * // 17 at report, in Michigan: federally a child, not under Michigan's act
 * isMissingChild(c17, "US-MI"); // false
 * isMissingChild(c17, "US"); // true
 * ```
 * @see `docs/rules.md#fed-1`
 * @see `docs/rules.md#fed-12`
 * @see `docs/rules.md#ny-1`
 * @see `docs/rules.md#mi-1`
 * @see `docs/rules.md#il-1`
 * @see `docs/rules.md#age-7`
 */
export function isMissingChild(
  c: MissingCase,
  definition: MissingChildDefinition,
  options?: CaseOptions,
): Tri {
  const key = Object.hasOwn(ALIASES, definition)
    ? ALIASES[definition as JurisdictionId]
    : definition;
  if (typeof key !== "string" || !Object.hasOwn(definitionCriteria(), key)) {
    throw new TypeError("definition must be 'federal', 'ny', 'ncmec' or a jurisdiction id");
  }
  return TRI_OF_CODE[compiled(key)().run(caseContext(c, options))] as Tri;
}

/** Each definition compiled on first use: one entry a key of a fixed table, so bounded. */
const COMPILED = new Map<string, () => CompiledCriteria<CaseContext>>();

function compiled(key: string): () => CompiledCriteria<CaseContext> {
  let f = COMPILED.get(key);
  if (f === undefined) {
    const def = definitionCriteria()[key as keyof ReturnType<typeof definitionCriteria>];
    f = lazyCriteria(() => [def]);
    COMPILED.set(key, f);
  }
  return f;
}

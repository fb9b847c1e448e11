/**
 * AMBER Alert eligibility: the DOJ criteria (AMB-DOJ) and New York's (NY-5), per criterion,
 * three-valued.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { ageBelow } from "./age.js";
import {
  abduction,
  ageAtReportIs,
  type CaseContext,
  caseContext,
  caseFact,
} from "./case-context.js";
import type { Criterion } from "./classify-episode.js";
import type { CaseOptions } from "./episode-criteria.js";
import { all, type CriterionDef, defineCriterion, frozen, leaf } from "./expr.js";
import { type Tri, triAnd } from "./tri.js";

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
 * The result of {@link amberAlertEligibility}: the Kleene AND of the criteria, and each one.
 *
 * @example
 * ```ts
 * const r: AmberEligibility = { eligible: "unknown", criteria: [{ id: "danger", met: "unknown" }] };
 * ```
 */
export type AmberEligibility = { readonly eligible: Tri; readonly criteria: readonly Criterion[] };

/* @__NO_SIDE_EFFECTS__ */
function present(field: string, has: (c: MissingCase) => boolean) {
  return leaf<CaseContext>(`child.${field}`, `child.${field} present`, (ctx) => has(ctx.c));
}

const description = all<CaseContext>(
  present("name", (c) => c.child.name.given !== "" || c.child.name.family !== ""),
  present("birthDate", (c) => c.child.birthDate !== ""),
  present("sex", (c) => c.child.sex !== undefined),
  present("heightCm", (c) => c.child.heightCm !== undefined),
  present("weightKg", (c) => c.child.weightKg !== undefined),
  present("eyeColor", (c) => c.child.eyeColor !== undefined),
  present("hairColor", (c) => c.child.hairColor !== undefined),
);

const ABDUCTION_NOTE =
  "Read from `episodeTypeOf` (AMB-1): met for a family or nonfamily abduction; unknown only when the type is undetermined; not met for any other type, even when abduction facts are still unknown (a runaway the facts establish is not eligible).";
const DESCRIPTION_NOTE =
  "Read as: name, birth date, sex, height, weight, eye and hair colour all recorded.";

/* @__NO_SIDE_EFFECTS__ */
function criterion(
  id: string,
  ruleId: string,
  note: string,
  expr: CriterionDef<CaseContext>["expr"],
): CriterionDef<CaseContext> {
  return defineCriterion<CaseContext>({ id, ruleId, note, expr });
}

/**
 * The AMBER criteria as data, by standard. All must be met.
 * @internal
 */
export const AMBER_CRITERIA: Readonly<Record<AmberStandard, readonly CriterionDef<CaseContext>[]>> =
  frozen({
    doj: frozen([
      criterion("abduction", "AMB-DOJ", `Criterion (1). ${ABDUCTION_NOTE}`, abduction),
      criterion(
        "danger",
        "AMB-DOJ",
        "Criterion (2), read from `facts.physicalSafetyAtRisk`.",
        caseFact("physicalSafetyAtRisk"),
      ),
      criterion("description", "AMB-DOJ", `Criterion (3). ${DESCRIPTION_NOTE}`, description),
      criterion(
        "age",
        "AMB-DOJ",
        "Criterion (4): 17 or younger at report.",
        ageAtReportIs("≤ 17", (a) => ageBelow(a, 18)),
      ),
      criterion(
        "ncic-ca-flag",
        "AMB-DOJ",
        "Criterion (5): `ncic.flags` holds the child-abduction flag `CA` (NCIC-3).",
        leaf("ncic.flags", "ncic.flags ∋ CA", (ctx) => ctx.c.ncic?.flags?.includes("CA") === true),
      ),
    ]),
    ny: frozen([
      criterion(
        "age",
        "NY-5",
        "Under 18 at report.",
        ageAtReportIs("< 18", (a) => ageBelow(a, 18)),
      ),
      criterion("abduction", "NY-5", ABDUCTION_NOTE, abduction),
      criterion(
        "danger",
        "NY-5",
        "Read from `facts.physicalSafetyAtRisk`; for a family abduction it must mean that the relative endangers the child.",
        caseFact("physicalSafetyAtRisk"),
      ),
      criterion("description", "NY-5", DESCRIPTION_NOTE, description),
    ]),
  });

/**
 * Whether a case meets the AMBER Alert criteria, per criterion, three-valued (Kleene AND of
 * the criteria; ages at report, AGE-7):
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
  const ctx = caseContext(c, options);
  const criteria = AMBER_CRITERIA[standard].map((k) => ({
    id: k.id,
    ruleId: k.ruleId,
    met: k.expr.evaluate(ctx).met,
  }));
  return { eligible: triAnd(...criteria.map((k) => k.met)), criteria };
}

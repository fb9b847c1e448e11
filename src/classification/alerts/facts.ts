/**
 * The facts the alert plans read, as expressions shared by every plan (AMB-1, AMB-2,
 * AMB-3): one reading of "described", "in danger", "at risk" or "unexplained" for all of
 * them.
 * @module
 */
import { once } from "../../lazy/stand-in.js";
import type { MissingCase } from "../../models/case.js";
import type { NcicFlag } from "../../models/codes.js";
import { ENDANGERMENT_INDICATORS } from "../../models/lists.js";
import { type Age, ageAtLeast, ageAtMost, ageBelow } from "../age.js";
import {
  abduction,
  ageAtReportIs,
  type CaseContext,
  caseFact,
  childDisability,
  recorded,
} from "../case-context.js";
import { all, any, type CriterionDef, defineCriterion, type Expr, frozen, leaf } from "../expr.js";
import type { Tri } from "../tri.js";

type E = Expr<CaseContext>;

export { abduction };

/** The child's physical safety is at risk (AMB-2: every "danger" of a plan). @internal */
export const danger = /* @__PURE__ */ once((): E => caseFact("physicalSafetyAtRisk"));

/* @__NO_SIDE_EFFECTS__ */
function present(field: string, has: (c: MissingCase) => boolean): E {
  return leaf<CaseContext>(`child.${field}`, `child.${field} present`, (ctx) => has(ctx.c));
}

/**
 * The child's description (AMB-2): name, birth date, sex, height, weight, eye and hair
 * colour recorded. @internal
 */
export const description = /* @__PURE__ */ once(
  (): E =>
    all<CaseContext>(
      present("name", (c) => c.child.name.given !== "" || c.child.name.family !== ""),
      present("birthDate", (c) => c.child.birthDate !== ""),
      present("sex", (c) => c.child.sex !== undefined),
      present("heightCm", (c) => c.child.heightCm !== undefined),
      present("weightKg", (c) => c.child.weightKg !== undefined),
      present("eyeColor", (c) => c.child.eyeColor !== undefined),
      present("hairColor", (c) => c.child.hairColor !== undefined),
    ),
);

/** `ncic.flags` holds `flag` (absent flags: not entered with it). @internal */
/* @__NO_SIDE_EFFECTS__ */
export function ncicFlag(flag: NcicFlag): E {
  return leaf(
    "ncic.flags",
    `ncic.flags ∋ ${flag}`,
    (ctx) => ctx.c.ncic?.flags?.includes(flag) === true,
  );
}

/** The child is entered in NCIC (AMB-2): an enter event, or an NCIC number on the case. @internal */
export const ncicEntered = /* @__PURE__ */ once(
  (): E =>
    leaf(
      "NCIC entry",
      "an enter event ∨ ncic.nic present",
      (ctx) => ctx.c.events.some((e) => e.type === "enter") || ctx.c.ncic?.nic !== undefined,
    ),
);

/**
 * `child.race` holds `B`: unknown when no race is recorded, or when only `U` (unknown)
 * stands beside the other codes. @internal
 */
export const raceBlack = /* @__PURE__ */ once(
  (): E =>
    leaf("child.race", "child.race ∋ B", (ctx): Tri => {
      const race = ctx.c.child.race;
      if (race === undefined || race.length === 0) return "unknown";
      if (race.includes("B")) return true;
      return race.includes("U") ? "unknown" : false;
    }),
);

/** A proven disability or mental incompetence (AMB-3: disabled or impaired). @internal */
export const impaired = /* @__PURE__ */ once(
  (): E => any(childDisability(), caseFact("mentallyIncompetent")),
);

/**
 * At risk (AMB-3): safety at risk, impaired, or an endangerment indicator recorded.
 * @internal
 */
export const atRisk = /* @__PURE__ */ once(
  (): E =>
    any(
      danger(),
      impaired(),
      recorded("an endangerment indicator recorded", ENDANGERMENT_INDICATORS),
    ),
);

/**
 * Missing under unexplained circumstances (AMB-3): the facts rule out every episode type and
 * none was recorded at intake; unknown while the type is undetermined; not met once a type
 * is established. @internal
 */
export const unexplained = /* @__PURE__ */ once(
  (): E =>
    leaf(
      "episodeTypeOf",
      "no episode type fits (classifyCase 'none', none recorded at intake)",
      (ctx) =>
        ctx.episodeType !== "undetermined"
          ? false
          : ctx.classification.primary === "none" || "unknown",
    ),
);

/** The episode type is not a family abduction (unknown while undetermined). @internal */
export const notFamilyAbduction = /* @__PURE__ */ once(
  (): E =>
    leaf("episodeTypeOf", "episodeTypeOf ≠ family-abduction", (ctx) =>
      ctx.episodeType === "undetermined" ? "unknown" : ctx.episodeType !== "family-abduction",
    ),
);

/** A leaf on the age at report, its text written from the operator and the limit. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function ageIs(op: "<" | "≤" | "≥", limit: number): E {
  const test: (a: Age) => Tri =
    op === "<"
      ? (a) => ageBelow(a, limit)
      : op === "≤"
        ? (a) => ageAtMost(a, limit)
        : (a) => ageAtLeast(a, limit);
  return ageAtReportIs(`${op} ${limit}`, test);
}

/**
 * The criteria of one alert plan; its factors (weighed, never a condition: AMB-2); and, for a
 * second tier, the AMBER plan it must not meet (AMB-3): `alertEligibility` evaluates it, and
 * its first criterion, `not-amber`, is met unless that plan's eligibility is `true`.
 * @internal
 */
export type PlanCriteria = {
  readonly criteria: readonly CriterionDef<CaseContext>[];
  readonly factors?: readonly CriterionDef<CaseContext>[];
  readonly unless?: { readonly alertId: string; readonly ruleId: string };
};

/** A criterion of a plan. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function criterion(
  id: string,
  ruleId: string,
  expr: E,
  note?: string,
): CriterionDef<CaseContext> {
  return defineCriterion<CaseContext>({
    id,
    ruleId,
    expr,
    ...(note === undefined ? {} : { note }),
  });
}

/** A plan's criteria and factors, frozen. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function plan(
  criteria: readonly CriterionDef<CaseContext>[],
  more: Omit<PlanCriteria, "criteria"> = {},
): PlanCriteria {
  return frozen({
    criteria: frozen(criteria),
    ...(more.factors ? { factors: frozen(more.factors) } : {}),
    ...(more.unless ? { unless: frozen(more.unless) } : {}),
  });
}

/** Notes shared by the plans' criteria. @internal */
export const NOTE = frozen({
  abduction:
    "Read from `episodeTypeOf` (AMB-1): met for a family or nonfamily abduction; unknown only when the type is undetermined; not met for any other type, even when abduction facts are still unknown (a runaway the facts establish is not eligible).",
  description:
    "Read as: name, birth date, sex, height, weight, eye and hair colour all recorded (AMB-2).",
  danger: "Read from `facts.physicalSafetyAtRisk` (AMB-2).",
  atRisk:
    "At risk (AMB-3): `facts.physicalSafetyAtRisk` (AMB-2), a proven disability, mental incompetence, or an endangerment indicator recorded.",
});

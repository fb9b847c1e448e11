/**
 * The classification functions as they were before criteria were compiled: each criterion's
 * expression tree evaluated node by node (`expr.evaluate`), every result built eagerly. Kept
 * as the oracle that the compiled functions must equal on every output field (see
 * `compiled.test.ts`). It evaluates the same criteria tables as the library (imported from
 * `src/`), so a change to a criterion changes both sides alike; only how they are evaluated
 * and how the results are built is copied here.
 */
import { type AgeRange, ageRangeAtLastContact, ageRangeAtReport } from "../../../src/age/index.js";
import { type Age, ageAtLeast, ageBelow } from "../../../src/classification/age.js";
import { alertCriteria, type PlanCriteria } from "../../../src/classification/alerts/index.js";
import type { AmberEligibility, AmberStandard } from "../../../src/classification/amber.js";
import type { CaseContext } from "../../../src/classification/case-context.js";
import type {
  Criterion,
  EpisodeClassification,
  EpisodeType,
} from "../../../src/classification/classify-episode.js";
import {
  definitionCriteria,
  type MissingChildDefinition,
} from "../../../src/classification/definitions.js";
import {
  type CaseOptions,
  type ClassifyOptions,
  type EpisodeContext,
  episodeCriteria,
} from "../../../src/classification/episode-criteria.js";
import { type NcicSuggestion, ncicCategoryCriteria } from "../../../src/classification/ncic.js";
import {
  elevatedRiskCriterion,
  NCMEC_BY_EPISODE_TYPE,
  type NcmecCaseType,
} from "../../../src/classification/ncmec.js";
import { type Tri, triAnd } from "../../../src/classification/tri.js";
import type { MissingCase } from "../../../src/models/case.js";
import type { NcicCategory } from "../../../src/models/codes.js";
import type { EpisodeFacts } from "../../../src/models/episode-facts.js";
import { EPISODE_TYPES } from "../../../src/models/lists.js";

/** An age from a range: the number when the range is one age, else the range. */
const ageFromRange = (range: AgeRange): Age => (range.min === range.max ? range.min : range);

let factOrder: readonly string[] | undefined;

function missingInOrder(missing: ReadonlySet<string>): (keyof EpisodeFacts)[] {
  if (missing.size === 0) return [];
  factOrder ??= [...new Set(episodeCriteria().flatMap((r) => r.reads))];
  return factOrder.filter((f) => missing.has(f)) as (keyof EpisodeFacts)[];
}

const isYears = (n: number): boolean => Number.isInteger(n) && n >= 0;

function checkAge(age: unknown): void {
  if (age === undefined) return;
  if (typeof age === "number") {
    if (isYears(age)) return;
  } else if (typeof age === "object" && age !== null) {
    const { min, max } = age as { min?: unknown; max?: unknown };
    if (typeof min === "number" && typeof max === "number" && isYears(min) && isYears(max)) {
      if (min <= max) return;
    }
  }
  throw new RangeError("context.age must be a whole number of years, { min, max } or undefined");
}

export function classifyEpisode(
  facts: EpisodeFacts,
  context: { readonly age: Age },
  options: ClassifyOptions = {},
): EpisodeClassification {
  if (typeof facts !== "object" || facts === null) throw new TypeError("facts must be an object");
  if (typeof context !== "object" || context === null) {
    throw new TypeError("context must be an object with age");
  }
  checkAge(context.age);
  const ctx: EpisodeContext = { facts, age: context.age, options };
  const met = new Map<string, Tri>();
  const missing = new Set<string>();
  const criteria: Criterion[] = [];
  for (const k of episodeCriteria()) {
    const v = k.expr.evaluate(ctx);
    met.set(k.id, v.met);
    criteria.push({ id: k.id, ruleId: k.ruleId, met: v.met });
    for (const f of v.missing) missing.add(f);
  }
  const types = EPISODE_TYPES.filter((t) => met.get(t) === true);
  const undetermined = EPISODE_TYPES.some((t) => met.get(t) === "unknown");
  return {
    primary: types[0] ?? (undetermined ? "undetermined" : "none"),
    types,
    criteria,
    missingFacts: missingInOrder(missing),
    stereotypicalKidnapping: met.get("stereotypical-kidnapping") ?? "unknown",
    custodialInterference: met.get("custodial-interference") ?? "unknown",
    caretakerMissing: met.get("caretaker-missing") ?? "unknown",
    reportedMissing: met.get("reported-missing") ?? "unknown",
  };
}

function episodeTypeFrom(
  c: MissingCase,
  classification: EpisodeClassification,
): EpisodeType | "undetermined" {
  const { primary } = classification;
  if (primary !== "undetermined" && primary !== "none") return primary;
  return c.reportedAs === "unknown" ? "undetermined" : c.reportedAs;
}

export function caseContext(c: MissingCase, options?: CaseOptions): CaseContext {
  if (typeof c !== "object" || c === null) throw new TypeError("c must be a case object");
  let atReport: { value: Age } | undefined;
  let atLastContact: { value: Age } | undefined;
  let classified: EpisodeClassification | undefined;
  return {
    c,
    // The facts as the case holds them: read by name, as the leaves read them before.
    facts: (c.facts ?? {}) as EpisodeFacts,
    get ageAtReport() {
      atReport ??= { value: ageFromRange(ageRangeAtReport(c, options?.age)) };
      return atReport.value;
    },
    get ageAtLastContact() {
      atLastContact ??= { value: ageFromRange(ageRangeAtLastContact(c, options?.age)) };
      return atLastContact.value;
    },
    get classification() {
      classified ??= classifyEpisode(c.facts ?? {}, { age: this.ageAtLastContact }, options);
      return classified;
    },
    get episodeType() {
      return episodeTypeFrom(c, this.classification);
    },
  };
}

export function classifyCase(c: MissingCase, options?: CaseOptions): EpisodeClassification {
  return caseContext(c, options).classification;
}

export function episodeTypeOf(c: MissingCase, options?: CaseOptions): EpisodeType | "undetermined" {
  return caseContext(c, options).episodeType;
}

type PlanResult = {
  eligible: Tri;
  criteria: Criterion[];
  missingFacts?: string[];
  factors?: Criterion[];
};

function addMissing(missing: string[], more: readonly string[]): void {
  for (const m of more) if (!missing.includes(m)) missing.push(m);
}

function metAll(list: PlanCriteria["criteria"], ctx: CaseContext, missing?: string[]) {
  return list.map((k): Criterion => {
    const v = k.expr.evaluate(ctx);
    if (missing && v.met === "unknown") addMissing(missing, v.missing);
    return { id: k.id, ruleId: k.ruleId, met: v.met };
  });
}

function evaluatePlan(p: PlanCriteria, ctx: CaseContext): PlanResult {
  const missing: string[] = [];
  const criteria: Criterion[] = [];
  if (p.unless) {
    const amber = evaluatePlan(alertCriteria()[p.unless.alertId] as PlanCriteria, ctx);
    criteria.push({ id: "not-amber", ruleId: p.unless.ruleId, met: amber.eligible !== true });
  }
  criteria.push(...metAll(p.criteria, ctx, missing));
  const eligible = triAnd(...criteria.map((k) => k.met));
  return {
    eligible,
    criteria,
    ...(eligible === "unknown" && missing.length > 0 ? { missingFacts: missing } : {}),
    ...(p.factors ? { factors: metAll(p.factors, ctx) } : {}),
  };
}

export function alertEligibility(c: MissingCase, alertId: string, options?: CaseOptions) {
  const p = Object.hasOwn(alertCriteria(), alertId) ? alertCriteria()[alertId] : undefined;
  if (p === undefined) throw new RangeError("alertId must be the id of a plan in ALERT_PLANS");
  return evaluatePlan(p, caseContext(c, options));
}

export function amberAlertEligibility(
  c: MissingCase,
  options: CaseOptions & { readonly standard: AmberStandard },
): AmberEligibility {
  const standard = options?.standard;
  if (standard !== "doj" && standard !== "ny") {
    throw new TypeError("options.standard must be 'doj' or 'ny'");
  }
  return alertEligibility(c, `amber-${standard}`, options) as AmberEligibility;
}

export function suggestNcicCategory(c: MissingCase, options?: CaseOptions): NcicSuggestion {
  const ctx = caseContext(c, options);
  const reasons: string[] = [];
  for (const k of ncicCategoryCriteria()) {
    const met = k.expr.evaluate(ctx).met;
    const name = `${k.id} (${k.ruleId})`;
    if (met === true) {
      reasons.push(`${name}: ${k.expr.text}`);
      return { category: k.id as NcicCategory, reasons };
    }
    reasons.push(
      met === false
        ? `not ${name}: ${k.expr.text} is false`
        : `not ${name}: ${k.expr.text} is unknown, so not established`,
    );
  }
  reasons.push("EMO (NCIC-2): none of EMD, EMI, EME, EMV, EMJ applies");
  return { category: "EMO", reasons };
}

export function isMissingChild(
  c: MissingCase,
  definition: MissingChildDefinition,
  options?: CaseOptions,
): Tri {
  const key = definition === "US" ? "federal" : definition === "US-NY" ? "ny" : definition;
  if (!Object.hasOwn(definitionCriteria(), key)) {
    throw new TypeError("definition must be 'federal', 'ny', 'ncmec' or a jurisdiction id");
  }
  const def = definitionCriteria()[key as keyof ReturnType<typeof definitionCriteria>];
  return def.expr.evaluate(caseContext(c, options)).met;
}

type Outcome = NcmecCaseType | "undetermined" | null;

function youngAdultType(ctx: CaseContext): Outcome {
  const risk = elevatedRiskCriterion().expr.evaluate(ctx).met;
  return risk === "unknown" ? "undetermined" : risk ? "critically-missing-young-adult" : null;
}

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

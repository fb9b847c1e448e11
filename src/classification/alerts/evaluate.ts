/**
 * An alert plan evaluated through its compiled criteria: the criteria's outcome vector, the
 * mask of the facts left missing, whether the state's AMBER plan is met (second tiers) and
 * the factors' vector decide the whole result, so each distinct result is built once, frozen
 * and shared. The node-by-node evaluation it replaces is kept as the tests' oracle.
 * @module
 */
import type { CaseContext } from "../case-context.js";
import type { Criterion } from "../classify-episode.js";
import { type CompiledCriteria, compileCriteria, TRI_OF_CODE } from "../compile.js";
import type { Tri } from "../tri.js";
import type { PlanCriteria } from "./facts.js";

/** The result of one plan, as `alertEligibility` returns it. @internal */
export type PlanResult = {
  readonly eligible: Tri;
  readonly criteria: readonly Criterion[];
  readonly missingFacts?: readonly string[];
  readonly factors?: readonly Criterion[];
};

/** How many distinct results one plan keeps (bounded memory: a few hundred kB at most). */
const RESULTS_CACHED = 4096;

type Compiled = {
  readonly criteria: CompiledCriteria<CaseContext>;
  readonly factors: CompiledCriteria<CaseContext> | undefined;
  readonly results: Map<number | string, PlanResult>;
  /** Whether the parts fit one exact integer key (53 bits) rather than a string. */
  readonly numericKey: boolean;
  readonly factorScale: number;
  readonly maskScale: number;
};

/** One entry a plan, compiled on first use; the plans are a fixed table, so this is bounded. */
const COMPILED = new WeakMap<PlanCriteria, Compiled>();

function compiledOf(p: PlanCriteria): Compiled {
  let c = COMPILED.get(p);
  if (c === undefined) {
    const criteria = compileCriteria(p.criteria, { missing: true });
    const factors = p.factors ? compileCriteria(p.factors) : undefined;
    const bits = 2 * p.criteria.length + 1 + 2 * (p.factors?.length ?? 0) + criteria.facts.length;
    c = {
      criteria,
      factors,
      results: new Map(),
      numericKey: bits <= 52,
      factorScale: 4 ** (p.factors?.length ?? 0),
      maskScale: 2 ** criteria.facts.length,
    };
    COMPILED.set(p, c);
  }
  return c;
}

function outcomes(defs: PlanCriteria["criteria"], vector: number): Criterion[] {
  return defs.map((k, i) =>
    Object.freeze({
      id: k.id,
      ruleId: k.ruleId,
      met: TRI_OF_CODE[(vector >>> (2 * i)) & 3] as Tri,
    }),
  );
}

function build(
  p: PlanCriteria,
  c: Compiled,
  parts: { vector: number; mask: number; notAmber: Criterion | undefined; factors: number },
): PlanResult {
  const criteria = outcomes(p.criteria, parts.vector);
  if (parts.notAmber) criteria.unshift(parts.notAmber);
  const codes = criteria.map((k) => k.met);
  const eligible: Tri = codes.includes(false)
    ? false
    : codes.includes("unknown")
      ? "unknown"
      : true;
  const missing = c.criteria.facts.filter((_, bit) => (parts.mask >>> bit) & 1);
  return Object.freeze({
    eligible,
    criteria: Object.freeze(criteria),
    ...(eligible === "unknown" && missing.length > 0
      ? { missingFacts: Object.freeze(missing) }
      : {}),
    ...(p.factors ? { factors: Object.freeze(outcomes(p.factors, parts.factors)) } : {}),
  });
}

function keyOf(c: Compiled, vector: number, mask: number, na: number, fv: number): number | string {
  if (!c.numericKey) return `${vector}:${mask}:${na}:${fv}`;
  // vector, na, factors and mask each in their own bits (checked to fit in 52 bits).
  return ((vector * 2 + na) * c.factorScale + fv) * c.maskScale + mask;
}

/**
 * The plan's result for one case context. `amberOf` evaluates the state's AMBER plan for a
 * second tier's `not-amber` criterion (AMB-3); a plan that is no second tier needs none.
 * @internal
 */
export function evaluatePlan(
  p: PlanCriteria,
  ctx: CaseContext,
  amberOf?: (alertId: string) => PlanResult,
): PlanResult {
  const c = compiledOf(p);
  const vector = c.criteria.run(ctx);
  const rawMask = c.criteria.missing[0] as number;
  let notAmber: Criterion | undefined;
  let na = 0;
  if (p.unless) {
    if (amberOf === undefined) throw new TypeError("amberOf is required for a second-tier plan");
    // Not established as an AMBER case, unknown included (AMB-3).
    na = amberOf(p.unless.alertId).eligible !== true ? 1 : 0;
    notAmber = Object.freeze({ id: "not-amber", ruleId: p.unless.ruleId, met: na === 1 });
  }
  const fv = c.factors ? c.factors.run(ctx) : 0;
  const key = keyOf(c, vector, rawMask, na, fv);
  let result = c.results.get(key);
  if (result === undefined) {
    result = build(p, c, { vector, mask: rawMask, notAmber, factors: fv });
    if (c.results.size < RESULTS_CACHED) c.results.set(key, result);
  }
  return result;
}

/**
 * The compiled evaluation of one alert plan: a second tier needs the state's AMBER plan, and
 * results that agree in every part are one frozen object (their equality with the
 * node-by-node oracle is in `compiled.test.ts`).
 */
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "../../../src/classification/alerts/evaluate.js";
import { alertCriteria, type PlanCriteria } from "../../../src/classification/alerts/index.js";
import { caseContext } from "../../../src/classification/case-context.js";
import { alertEligibility } from "../../../src/index.js";
import { makeCase } from "../../../src/testing/index.js";

const secondTier = Object.entries(alertCriteria()).find(([, p]) => p.unless)?.[1] as PlanCriteria;

describe("evaluatePlan", () => {
  it("refuses a second-tier plan without the AMBER plan to read, naming amberOf", () => {
    expect(secondTier).toBeDefined();
    const ctx = caseContext(makeCase({ state: "CA" }));
    expect(() => evaluatePlan(secondTier, ctx)).toThrow(/amberOf/);
  });

  it("shares one frozen result between cases whose outcomes agree", () => {
    const a = alertEligibility(makeCase({ id: "a" }), "amber-doj");
    const b = alertEligibility(makeCase({ id: "b" }), "amber-doj");
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.criteria)).toBe(true);
    expect(a.criteria.every((k) => Object.isFrozen(k))).toBe(true);
  });
});

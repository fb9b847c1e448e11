import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  amberAlertEligibility,
  type EpisodeFacts,
  isMissingChild,
  type MissingCase,
  type RiskIndicator,
} from "../../src/index.js";
import { makeTestCase } from "../classification/support.js";

const bool = fc.boolean();
const facts = fc.record({
  takenBy: fc.constantFrom("family-member", "stranger", "acquaintance", "none"),
  forceOrThreat: bool,
  custodyViolation: bool,
  concealment: bool,
  flight: bool,
  intentToDeprive: bool,
  mentallyIncompetent: bool,
  leftWithoutPermission: bool,
  nightsAway: fc.constantFrom(0, 1, 2),
  physicalSafetyAtRisk: bool,
});
const indicators = fc.subarray<RiskIndicator>(["romance-recruitment", "hard-drug-use", "no-id"]);

/** A fully known case, and the same case with some facts, indicators or placement forgotten. */
const knownAndPartial = fc
  .record({
    age: fc.integer({ min: 0, max: 22 }),
    facts,
    riskIndicators: indicators,
    missingFrom: fc.constantFrom("home", "foster-care", "group-home"),
    withCa: bool,
    forget: fc.subarray(Object.keys(facts) as never[]),
    forgetIndicators: bool,
    forgetPlacement: bool,
  })
  .map((r) => {
    const base = {
      age: r.age,
      missingFrom: r.missingFrom,
      riskIndicators: r.riskIndicators,
      ...(r.withCa ? { ncic: { flags: ["CA"] as const } } : {}),
    };
    const partialFacts = { ...r.facts } as Record<string, unknown>;
    for (const k of r.forget as string[]) delete partialFacts[k];
    const partial = makeTestCase({
      ...base,
      facts: partialFacts as EpisodeFacts,
      ...(r.forgetIndicators ? { riskIndicators: undefined as never } : {}),
      ...(r.forgetPlacement ? { missingFrom: undefined as never } : {}),
    });
    return { full: makeTestCase({ ...base, facts: r.facts }), partial };
  });

const strip = (c: MissingCase): MissingCase =>
  Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as MissingCase;

describe("case-level rules: learning a fact never flips a decided outcome", () => {
  it("AMBER criteria and missing-child definitions (nothing recorded at intake)", () => {
    fc.assert(
      fc.property(knownAndPartial, ({ full, partial }) => {
        const p = strip(partial);
        for (const standard of ["doj", "ny"] as const) {
          const before = amberAlertEligibility(p, { standard }).criteria;
          const after = amberAlertEligibility(full, { standard }).criteria;
          expect(before.filter((k, i) => k.met !== "unknown" && after[i]?.met !== k.met)).toEqual(
            [],
          );
        }
        for (const d of ["federal", "ny", "ncmec"] as const) {
          const before = isMissingChild(p, d);
          if (before !== "unknown") expect(isMissingChild(full, d)).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  amberAlertEligibility,
  classifyCase,
  type EpisodeFacts,
  isMissingChild,
  type MissingCase,
  type RiskIndicator,
  suggestNcicCategory,
} from "../../src/index.js";
import { makeTestCase } from "../classification/support.js";

const bool = fc.boolean();
const FACTS = {
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
};
const facts = fc.record(FACTS);
const indicators = fc.subarray<RiskIndicator>(["romance-recruitment", "hard-drug-use", "no-id"]);

/** A fully known case, and the same case with some facts, indicators or placement forgotten. */
const knownAndPartial = fc
  .record({
    age: fc.integer({ min: 0, max: 22 }),
    facts,
    riskIndicators: indicators,
    missingFrom: fc.constantFrom("home", "foster-care", "group-home"),
    withCa: bool,
    forget: fc.subarray(Object.keys(FACTS)),
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
    for (const k of r.forget) delete partialFacts[k];
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
          // Abduction (AMB-1) is false for an established runaway even while abduction facts
          // are open, so learning them may turn it true; it never turns a true false.
          const flipped = before.filter(
            (k, i) =>
              k.met !== "unknown" &&
              after[i]?.met !== k.met &&
              !(k.id === "abduction" && k.met === false),
          );
          expect(flipped).toEqual([]);
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

/** Facts that establish a runaway, with abduction facts partly known (never establishing one). */
const runawayWithOpenAbduction = fc
  .record({
    age: fc.integer({ min: 0, max: 17 }),
    nightsAway: fc.integer({ min: 1, max: 9 }),
    physicalSafetyAtRisk: bool,
    abductionFacts: fc.record(
      {
        takenBy: fc.constantFrom("family-member", "stranger", "acquaintance", "none"),
        custodyViolation: bool,
        concealment: bool,
        flight: bool,
        forceOrThreat: bool,
        lured: bool,
      },
      { requiredKeys: [] },
    ),
  })
  .map((r) => ({
    age: r.age,
    facts: {
      leftWithoutPermission: true,
      nightsAway: r.nightsAway,
      physicalSafetyAtRisk: r.physicalSafetyAtRisk,
      ...r.abductionFacts,
    } as EpisodeFacts,
  }));

describe("abduction (AMB-1): knowing more never makes it less certain", () => {
  it("a runaway the facts establish answers as the same runaway recorded only at intake", () => {
    fc.assert(
      fc.property(runawayWithOpenAbduction, ({ age, facts }) => {
        const known = makeTestCase({ age, facts, ncic: { flags: ["CA"] } });
        const types = classifyCase(known).types;
        fc.pre(!types.includes("family-abduction") && !types.includes("nonfamily-abduction"));
        const recorded = makeTestCase({
          age,
          reportedAs: "runaway",
          facts: { physicalSafetyAtRisk: facts.physicalSafetyAtRisk === true },
          ncic: { flags: ["CA"] },
        });
        for (const standard of ["doj", "ny"] as const) {
          const abduction = (c: MissingCase) =>
            amberAlertEligibility(c, { standard }).criteria.find((k) => k.id === "abduction")?.met;
          expect(abduction(recorded)).toBe(false);
          expect(abduction(known)).toBe(false);
          expect(amberAlertEligibility(known, { standard }).eligible).toBe(false);
        }
        expect(suggestNcicCategory(known).category).not.toBe("EMI");
        expect(suggestNcicCategory(recorded).category).not.toBe("EMI");
      }),
      { numRuns: 200 },
    );
  });
});

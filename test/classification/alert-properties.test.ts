import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALERT_PLANS,
  alertEligibility,
  amberAlertEligibility,
  type EpisodeFacts,
  episodeTypeOf,
  type MissingCase,
  type RiskIndicator,
  triAnd,
} from "../../src/index.js";
import { makeTestCase } from "./support.js";

const bool = fc.boolean();
// Mostly false, so that every episode type is often ruled out (unexplained, AMB-3).
const rarely = fc.constantFrom(false, false, false, true);
const FACTS = {
  takenBy: fc.constantFrom("family-member", "stranger", "acquaintance", "none", "none", "none"),
  forceOrThreat: bool,
  custodyViolation: bool,
  concealment: bool,
  flight: bool,
  mentallyIncompetent: bool,
  leftWithoutPermission: rarely,
  choseNotToReturn: rarely,
  toldToLeave: rarely,
  preventedFromReturning: rarely,
  nightsAway: fc.constantFrom(0, 1, 2),
  whereaboutsUnknownToCaretaker: bool,
  caretakerAlarmedMinutes: fc.constantFrom(30, 120),
  caretakerTriedToLocate: bool,
  lostStrandedOrInjured: bool,
  tooYoungToReturn: bool,
  benignReason: bool,
  physicalSafetyAtRisk: bool,
};
const facts = fc.record(FACTS);
const indicators = fc.subarray<RiskIndicator>(["hard-drug-use", "romance-recruitment", "no-id"]);
const race = fc.constantFrom<NonNullable<MissingCase["child"]["race"]>>(
  ["B"],
  ["W"],
  ["W", "B"],
  ["U"],
);
const flags = fc.subarray<"CA" | "AA">(["CA", "AA"]);

/** A fully known case, and the same case with some facts and records forgotten. */
const knownAndPartial = fc
  .record({
    age: fc.integer({ min: 0, max: 30 }),
    facts,
    riskIndicators: indicators,
    race,
    disability: bool,
    flags,
    forget: fc.subarray(Object.keys(FACTS)),
    forgetIndicators: bool,
    forgetRace: bool,
    forgetDisability: bool,
  })
  .map((r) => {
    const base = makeTestCase({ age: r.age });
    const child = { ...base.child, race: r.race, disability: r.disability };
    const partialChild: Record<string, unknown> = { ...child };
    if (r.forgetRace) delete partialChild.race;
    if (r.forgetDisability) delete partialChild.disability;
    const partialFacts: Record<string, unknown> = { ...r.facts };
    for (const k of r.forget) delete partialFacts[k];
    const common = { age: r.age, ncic: { flags: r.flags } };
    const full = makeTestCase({
      ...common,
      child,
      facts: r.facts as EpisodeFacts,
      riskIndicators: r.riskIndicators,
    });
    const partial = makeTestCase({
      ...common,
      child: partialChild as unknown as MissingCase["child"],
      facts: partialFacts as EpisodeFacts,
      ...(r.forgetIndicators ? {} : { riskIndicators: r.riskIndicators }),
    });
    return { full, partial };
  });

describe("alert plans: learning a fact never flips a decided criterion", () => {
  it("for every plan, criteria and factors, except an AMBER case that emerges", () => {
    fc.assert(
      fc.property(knownAndPartial, ({ full, partial }) => {
        // AMB-1: an established lesser type (a runaway) can still prove to be an abduction,
        // and then what rests on the type may change; that is learning, not a flip.
        const before = episodeTypeOf(partial);
        if (before !== "undetermined" && before !== episodeTypeOf(full)) return;
        for (const p of ALERT_PLANS) {
          const a = alertEligibility(partial, p.id);
          const b = alertEligibility(full, p.id);
          const pairs = [
            ...a.criteria.map((k, i) => [k, b.criteria[i]] as const),
            ...(a.factors ?? []).map((k, i) => [k, b.factors?.[i]] as const),
          ];
          for (const [k, after] of pairs) {
            expect(after?.id).toBe(k.id);
            if (k.met === "unknown" || after?.met === k.met) continue;
            // AMB-3: a second tier gives way when the case proves to be an AMBER case.
            expect([p.id, k.id, k.met, after?.met]).toEqual([p.id, "not-amber", true, false]);
          }
          const gaveWay = a.criteria[0]?.id === "not-amber" && b.criteria[0]?.met === false;
          if (a.eligible !== "unknown" && !gaveWay) expect(b.eligible, p.id).toBe(a.eligible);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe("alert plans: invariants", () => {
  it("eligible is the Kleene AND of the criteria, never of the factors", () => {
    fc.assert(
      fc.property(knownAndPartial, ({ partial }) => {
        for (const p of ALERT_PLANS) {
          const r = alertEligibility(partial, p.id);
          expect(r.eligible).toBe(triAnd(...r.criteria.map((k) => k.met)));
          expect(r.missingFacts === undefined || r.eligible === "unknown").toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("amberAlertEligibility is alertEligibility for amber-doj and amber-ny", () => {
    fc.assert(
      fc.property(knownAndPartial, ({ full, partial }) => {
        for (const c of [full, partial]) {
          expect(amberAlertEligibility(c, { standard: "doj" })).toEqual(
            alertEligibility(c, "amber-doj"),
          );
          expect(amberAlertEligibility(c, { standard: "ny" })).toEqual(
            alertEligibility(c, "amber-ny"),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("the Ebony Alert's age never decides it: ages 0 to 40 answer alike", () => {
    const stranger = {
      takenBy: "stranger",
      forceOrThreat: true,
      physicalSafetyAtRisk: true,
    } as const;
    const answers = new Set<unknown>();
    for (let age = 0; age <= 40; age++) {
      const c = makeTestCase({
        age,
        child: { ...makeTestCase({ age }).child, race: ["B"] },
        facts: stranger,
      });
      answers.add(alertEligibility(c, "ebony-ca").eligible);
    }
    expect([...answers]).toEqual([true]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Age,
  type ClassifyOptions,
  classifyEpisode,
  EPISODE_TYPES,
  type EpisodeFacts,
} from "../../src/index.js";

const bool = fc.boolean();
/** Facts with values near every threshold (0/1/2 nights, 59/60 minutes, 49/50 miles). */
const fullFacts: fc.Arbitrary<Required<EpisodeFacts>> = fc.record({
  leftWithoutPermission: bool,
  choseNotToReturn: bool,
  toldToLeave: bool,
  preventedFromReturning: bool,
  alternativeCareArranged: bool,
  nightsAway: fc.constantFrom(0, 1, 2, 5),
  mentallyIncompetent: bool,
  takenBy: fc.constantFrom(
    "family-member",
    "acquaintance",
    "slight-acquaintance",
    "stranger",
    "none",
  ),
  custodyViolation: bool,
  concealment: bool,
  flight: bool,
  intentToDeprive: bool,
  forceOrThreat: bool,
  detainedMinutes: fc.constantFrom(0, 59, 60, 240),
  isolatedPlace: bool,
  lured: bool,
  perpetratorPurpose: fc.constantFrom("ransom", "concealment", "keep-permanently", "harm", "other"),
  milesTransported: fc.constantFrom(0, 49, 50, 300),
  detainedOvernight: bool,
  killed: bool,
  lostStrandedOrInjured: bool,
  tooYoungToReturn: bool,
  benignReason: bool,
  whereaboutsUnknownToCaretaker: bool,
  caretakerAlarmedMinutes: fc.constantFrom(0, 59, 60, 600),
  caretakerTriedToLocate: bool,
  contactedPolice: bool,
  physicalSafetyAtRisk: bool,
  catastrophe: bool,
});

/** Full facts, and the same facts with some of them forgotten. */
const knownAndPartial = fullFacts.chain((full) =>
  fc.subarray(Object.keys(full) as (keyof EpisodeFacts)[]).map((kept) => ({
    full: full as EpisodeFacts,
    partial: Object.fromEntries(kept.map((k) => [k, full[k]])) as EpisodeFacts,
  })),
);

/** An exact age, and a vaguer view of it (a range around it, or not known). */
const ageAndVaguer = fc.integer({ min: 0, max: 25 }).chain((age) =>
  fc.record({
    exact: fc.constant<Age>(age),
    vague: fc.oneof(
      fc.constant<Age>(age),
      fc.constant<Age>(undefined),
      fc
        .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
        .map(([lo, hi]): Age => ({ min: Math.max(0, age - lo), max: age + hi })),
    ),
  }),
);

const options: fc.Arbitrary<ClassifyOptions> = fc.record(
  { lureMentallyIncompetent: bool, lureIntentToHarm: bool },
  { requiredKeys: [] },
);

describe("classifyEpisode properties", () => {
  it("learning a fact (or the age) never flips a decided criterion", () => {
    fc.assert(
      fc.property(knownAndPartial, ageAndVaguer, options, ({ full, partial }, age, opts) => {
        const before = classifyEpisode(partial, { age: age.vague }, opts).criteria;
        const after = classifyEpisode(full, { age: age.exact }, opts).criteria;
        const flipped = before.filter((c, i) => c.met !== "unknown" && after[i]?.met !== c.met);
        expect(flipped).toEqual([]);
        // With everything known, nothing is unknown.
        expect(after.filter((c) => c.met === "unknown")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("types are in precedence order and primary is the first, else undetermined or none", () => {
    fc.assert(
      fc.property(knownAndPartial, ageAndVaguer, ({ partial }, age) => {
        const r = classifyEpisode(partial, { age: age.vague });
        const order = r.types.map((t) => EPISODE_TYPES.indexOf(t));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const met = new Map(r.criteria.map((c) => [c.id, c.met]));
        expect(r.types).toEqual(EPISODE_TYPES.filter((t) => met.get(t) === true));
        const anyUnknown = EPISODE_TYPES.some((t) => met.get(t) === "unknown");
        expect(r.primary).toBe(r.types[0] ?? (anyUnknown ? "undetermined" : "none"));
      }),
      { numRuns: 500 },
    );
  });

  it("missingFacts are absent facts, and empty when every criterion is decided", () => {
    fc.assert(
      fc.property(knownAndPartial, ageAndVaguer, ({ partial }, age) => {
        const r = classifyEpisode(partial, { age: age.vague });
        expect(r.missingFacts.filter((f) => partial[f] !== undefined)).toEqual([]);
        if (r.criteria.every((c) => c.met !== "unknown")) expect(r.missingFacts).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("no criterion ever waits on a fact that missingFacts left out", () => {
    fc.assert(
      fc.property(knownAndPartial, ({ full, partial }) => {
        const r = classifyEpisode(partial, { age: 12 });
        // Learn every fact except the missing ones: whatever stays unknown waits only on
        // facts that were listed.
        const rest = { ...full } as Record<string, unknown>;
        for (const f of r.missingFacts) delete rest[f];
        const still = classifyEpisode(rest as EpisodeFacts, { age: 12 });
        if (still.criteria.some((c) => c.met === "unknown")) {
          expect(still.missingFacts.length).toBeGreaterThan(0);
          expect(still.missingFacts.filter((f) => !r.missingFacts.includes(f))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reported missing implies caretaker missing (VOC-2 ⊂ VOC-1)", () => {
    fc.assert(
      fc.property(knownAndPartial, ({ partial }) => {
        const r = classifyEpisode(partial, { age: 10 });
        if (r.reportedMissing === true) expect(r.caretakerMissing).toBe(true);
        if (r.caretakerMissing === false) expect(r.reportedMissing).toBe(false);
        if (r.stereotypicalKidnapping === true) expect(r.types).toContain("nonfamily-abduction");
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { classifyEpisode, EPISODE_TYPES } from "../../src/index.js";
import { deepFreeze } from "../fixtures/valid.js";
import { VIGNETTES } from "./vignettes.js";

describe("classifyEpisode: vignettes from the rule book", () => {
  it("has at least 40 vignettes", () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(VIGNETTES.map((v) => [v.name, v] as const))("%s", (_, v) => {
    const r = classifyEpisode(deepFreeze(v.facts), { age: v.age }, v.options);
    expect(r.primary).toBe(v.primary);
    if (v.types) expect(r.types).toEqual(v.types);
    expect([
      r.stereotypicalKidnapping,
      r.custodialInterference,
      r.caretakerMissing,
      r.reportedMissing,
    ]).toEqual(v.flags);
    if (v.missingFacts) expect(r.missingFacts).toEqual(v.missingFacts);
  });
});

describe("classifyEpisode: result shape", () => {
  it("reports every criterion, types first in precedence order", () => {
    const r = classifyEpisode({}, { age: 15 });
    expect(r.criteria.map((c) => c.id)).toEqual([
      ...EPISODE_TYPES,
      "stereotypical-kidnapping",
      "custodial-interference",
      "caretaker-missing",
      "reported-missing",
    ]);
    expect(r.criteria.every((c) => c.met === "unknown")).toBe(true);
  });

  it("lists every fact a criterion is waiting for when nothing is known", () => {
    const r = classifyEpisode({}, { age: 15 });
    expect(r.missingFacts).toContain("nightsAway");
    expect(r.missingFacts).toContain("caretakerAlarmedMinutes");
    expect(r.missingFacts).toContain("contactedPolice");
    // Not read by any rule: they only record how force was used (the EP-4 criterion's note).
    expect(r.missingFacts).not.toContain("detainedMinutes");
    expect(r.missingFacts).not.toContain("isolatedPlace");
    // The EP-4 (c) option is off: mental incompetence is still read by EP-1 and EP-3.
    expect(r.missingFacts).toContain("mentallyIncompetent");
  });

  it("does not list facts that could not change a decided criterion", () => {
    // Taken by nobody: no abduction criterion needs force, custody or concealment.
    const r = classifyEpisode(
      { takenBy: "none", leftWithoutPermission: true, nightsAway: 3 },
      { age: 16 },
    );
    expect(r.primary).toBe("runaway");
    expect(r.missingFacts).not.toContain("forceOrThreat");
    expect(r.missingFacts).not.toContain("custodyViolation");
    expect(r.missingFacts).toContain("toldToLeave");
  });

  it("accepts an age range and treats a range inside a band as decided", () => {
    const facts = { takenBy: "family-member", custodyViolation: true, concealment: true } as const;
    expect(classifyEpisode(facts, { age: { min: 12, max: 13 } }).types).toContain(
      "family-abduction",
    );
    expect(classifyEpisode(facts, { age: { min: 17, max: 18 } }).criteria[1]).toEqual({
      id: "family-abduction",
      ruleId: "EP-3",
      met: "unknown",
    });
  });
});

describe("classifyEpisode: misuse", () => {
  it("throws a TypeError naming facts", () => {
    expect(() => classifyEpisode(null as never, { age: 3 })).toThrow(TypeError);
    expect(() => classifyEpisode(null as never, { age: 3 })).toThrow(/facts/);
  });

  it.each([-1, 2.5, Number.NaN, { min: 5, max: 4 }, { min: "1", max: 2 }, "12"])(
    "throws a RangeError naming context.age, without the value (%o)",
    (age) => {
      const call = () => classifyEpisode({}, { age: age as never });
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/context\.age/);
      try {
        call();
      } catch (e) {
        expect((e as Error).message).not.toContain(String(age));
      }
    },
  );

  it("throws a TypeError when context is missing", () => {
    expect(() => classifyEpisode({}, undefined as never)).toThrow(/context/);
  });
});

describe("classifyEpisode: documented examples", () => {
  it("runaway with one night away at 15", () => {
    const r = classifyEpisode({ leftWithoutPermission: true, nightsAway: 1 }, { age: 15 });
    expect(r.primary).toBe("runaway");
    expect(r.types).toEqual(["runaway"]);
  });

  it("left without permission, nights not known", () => {
    const r = classifyEpisode({ leftWithoutPermission: true }, { age: 15 });
    expect(r.primary).toBe("undetermined");
    expect(r.missingFacts).toContain("nightsAway");
  });
});

import { describe, expect, it } from "vitest";
import { classifyCase, classifyEpisode, episodeTypeOf } from "../../src/index.js";
import { makeTestCase } from "./support.js";

describe("classifyCase", () => {
  it("classifies the case's facts with the age at last contact", () => {
    // Turns 15 on 14 June 2025 (the report); 14 at last contact on 13 June.
    const c = makeTestCase({
      child: { ...makeTestCase().child, birthDate: "2010-06-14" },
      facts: { choseNotToReturn: true, nightsAway: 1 },
    });
    const r = classifyCase(c);
    expect(r.types).toContain("runaway");
    expect(r).toEqual(classifyEpisode(c.facts ?? {}, { age: 14 }));
  });

  it("uses the local date of last contact in the case's zone", () => {
    // 23:30 on 13 June in New York is 14 June in UTC: still 14 locally.
    const c = makeTestCase({
      child: { ...makeTestCase().child, birthDate: "2010-06-14" },
      lastContactAt: "2025-06-14T03:30:00Z",
      facts: { choseNotToReturn: true, nightsAway: 1 },
    });
    expect(classifyCase(c).types).toContain("runaway");
  });

  it("passes a partial birth date on as an age range", () => {
    const c = makeTestCase({
      child: { ...makeTestCase().child, birthDate: "2010" },
      facts: { choseNotToReturn: true, nightsAway: 1, mentallyIncompetent: false },
    });
    expect(classifyCase(c).criteria.find((k) => k.id === "runaway")?.met).toBe("unknown");
  });

  it("treats absent facts as nothing known", () => {
    expect(classifyCase(makeTestCase()).primary).toBe("undetermined");
  });

  it("passes the options on", () => {
    const facts = { takenBy: "stranger", forceOrThreat: false, lured: true } as const;
    const c = makeTestCase({ age: 12, facts: { ...facts, perpetratorPurpose: "harm" } });
    expect(classifyCase(c).types).toEqual([]);
    expect(classifyCase(c, { lureIntentToHarm: true }).primary).toBe("nonfamily-abduction");
  });
});

describe("episodeTypeOf", () => {
  it("is the classified primary type when there is one", () => {
    const c = makeTestCase({
      reportedAs: "runaway",
      facts: {
        takenBy: "family-member",
        custodyViolation: true,
        flight: true,
        forceOrThreat: true,
      },
    });
    expect(episodeTypeOf(c)).toBe("family-abduction");
  });

  it("falls back to what was recorded at intake when the facts decide nothing", () => {
    expect(episodeTypeOf(makeTestCase({ reportedAs: "runaway" }))).toBe("runaway");
    expect(episodeTypeOf(makeTestCase({ reportedAs: "unknown" }))).toBe("undetermined");
  });

  it("falls back too when the facts rule every type out", () => {
    const facts = {
      takenBy: "none",
      leftWithoutPermission: false,
      choseNotToReturn: false,
      toldToLeave: false,
      preventedFromReturning: false,
      whereaboutsUnknownToCaretaker: false,
    } as const;
    expect(classifyCase(makeTestCase({ facts })).primary).toBe("none");
    expect(episodeTypeOf(makeTestCase({ facts, reportedAs: "benign-explanation" }))).toBe(
      "benign-explanation",
    );
  });

  it("throws a TypeError naming c for a non-case", () => {
    expect(() => episodeTypeOf(null as never)).toThrow(TypeError);
    expect(() => episodeTypeOf(null as never)).toThrow(/\bc\b/);
  });
});

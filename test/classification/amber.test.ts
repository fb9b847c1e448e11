import { describe, expect, it } from "vitest";
import {
  amberAlertEligibility,
  episodeTypeOf,
  type MissingCase,
  suggestNcicCategory,
} from "../../src/index.js";
import { type CaseSpec, makeTestCase } from "../classification/support.js";

const stranger = { takenBy: "stranger", forceOrThreat: true, physicalSafetyAtRisk: true } as const;
const custody = { takenBy: "family-member", custodyViolation: true, concealment: true } as const;
const withCa = { ncic: { flags: ["CA"] } } as const;

const met = (c: MissingCase, standard: "doj" | "ny") =>
  Object.fromEntries(amberAlertEligibility(c, { standard }).criteria.map((k) => [k.id, k.met]));

describe("amberAlertEligibility: DOJ (AMB-DOJ)", () => {
  it("is eligible when all five criteria are met", () => {
    const c = makeTestCase({ age: 9, facts: stranger, ...withCa });
    expect(amberAlertEligibility(c, { standard: "doj" })).toEqual({
      eligible: true,
      criteria: [
        { id: "abduction", ruleId: "AMB-DOJ", met: true },
        { id: "danger", ruleId: "AMB-DOJ", met: true },
        { id: "description", ruleId: "AMB-DOJ", met: true },
        { id: "age", ruleId: "AMB-DOJ", met: true },
        { id: "ncic-ca-flag", ruleId: "AMB-DOJ", met: true },
      ],
    });
  });

  it("needs the NCIC CA flag", () => {
    const c = makeTestCase({ age: 9, facts: stranger });
    expect(amberAlertEligibility(c, { standard: "doj" }).eligible).toBe(false);
    expect(met(c, "doj")["ncic-ca-flag"]).toBe(false);
  });

  it.each([
    [17, true],
    [18, false],
  ] as const)("age %i at report → %s", (age, eligible) => {
    const c = makeTestCase({ age, facts: stranger, ...withCa });
    expect(amberAlertEligibility(c, { standard: "doj" }).eligible).toBe(eligible);
  });

  it("excludes a runaway (no abduction)", () => {
    const spec: CaseSpec = {
      age: 14,
      facts: {
        takenBy: "none",
        leftWithoutPermission: true,
        nightsAway: 2,
        physicalSafetyAtRisk: true,
      },
      ...withCa,
    };
    expect(amberAlertEligibility(makeTestCase(spec), { standard: "doj" }).eligible).toBe(false);
  });

  it("is unknown when the episode and the danger are not known", () => {
    const c = makeTestCase({ age: 9, ...withCa });
    expect(met(c, "doj")).toMatchObject({ abduction: "unknown", danger: "unknown" });
    expect(amberAlertEligibility(c, { standard: "doj" }).eligible).toBe("unknown");
  });

  it("takes the abduction from intake when the facts decide nothing", () => {
    const c = makeTestCase({
      age: 9,
      reportedAs: "nonfamily-abduction",
      facts: { physicalSafetyAtRisk: true },
      ...withCa,
    });
    expect(amberAlertEligibility(c, { standard: "doj" }).eligible).toBe(true);
  });

  it.each(["heightCm", "weightKg", "eyeColor", "hairColor"] as const)(
    "needs %s for the description",
    (field) => {
      const { [field]: _dropped, ...child } = makeTestCase({ age: 9 }).child;
      const c = makeTestCase({ age: 9, child, facts: stranger, ...withCa });
      expect(met(c, "doj").description).toBe(false);
      expect(amberAlertEligibility(c, { standard: "doj" }).eligible).toBe(false);
    },
  );
});

describe("amberAlertEligibility: New York (NY-5)", () => {
  it("family abduction with danger (the relative endangers the child) is eligible", () => {
    const c = makeTestCase({ age: 2, facts: { ...custody, physicalSafetyAtRisk: true } });
    expect(amberAlertEligibility(c, { standard: "ny" })).toEqual({
      eligible: true,
      criteria: [
        { id: "age", ruleId: "NY-5", met: true },
        { id: "abduction", ruleId: "NY-5", met: true },
        { id: "danger", ruleId: "NY-5", met: true },
        { id: "description", ruleId: "NY-5", met: true },
      ],
    });
  });

  it("family abduction without danger is not eligible", () => {
    const c = makeTestCase({ age: 2, facts: { ...custody, physicalSafetyAtRisk: false } });
    expect(amberAlertEligibility(c, { standard: "ny" }).eligible).toBe(false);
    expect(met(c, "ny").danger).toBe(false);
  });

  it("family abduction, danger not assessed: unknown", () => {
    const c = makeTestCase({ age: 2, facts: custody });
    expect(amberAlertEligibility(c, { standard: "ny" }).eligible).toBe("unknown");
  });

  it("does not need the NCIC CA flag", () => {
    const c = makeTestCase({ age: 9, facts: stranger });
    expect(amberAlertEligibility(c, { standard: "ny" }).eligible).toBe(true);
  });

  it.each([
    [17, true],
    [18, false],
  ] as const)("age %i at report → %s", (age, eligible) => {
    const c = makeTestCase({ age, facts: stranger });
    expect(amberAlertEligibility(c, { standard: "ny" }).eligible).toBe(eligible);
  });

  it("is unknown when a partial birth date straddles 18", () => {
    const child = { ...makeTestCase().child, birthDate: "2007" };
    const c = makeTestCase({ child, facts: stranger });
    expect(met(c, "ny").age).toBe("unknown");
    expect(amberAlertEligibility(c, { standard: "ny" }).eligible).toBe("unknown");
  });
});

describe("amberAlertEligibility: misuse", () => {
  it("throws a TypeError naming options.standard", () => {
    const c = makeTestCase();
    expect(() => amberAlertEligibility(c, { standard: "ca" as never })).toThrow(TypeError);
    expect(() => amberAlertEligibility(c, undefined as never)).toThrow(/options\.standard/);
  });
});

describe("abduction read from the episode type (AMB-1), for AMBER DOJ, AMBER NY and NCIC EMI", () => {
  // A 12-year-old gone 2 nights without permission; who took the child, if anyone, is not known.
  const ranAway = {
    leftWithoutPermission: true,
    nightsAway: 2,
    physicalSafetyAtRisk: true,
  } as const;
  const factsRunaway = makeTestCase({ age: 12, facts: ranAway, ...withCa });
  const recordedRunaway = makeTestCase({
    age: 12,
    reportedAs: "runaway",
    facts: { physicalSafetyAtRisk: true },
    ...withCa,
  });

  it("a runaway the facts establish is not eligible, whatever abduction facts are unknown", () => {
    expect(episodeTypeOf(factsRunaway)).toBe("runaway");
    for (const standard of ["doj", "ny"] as const) {
      expect(met(factsRunaway, standard).abduction).toBe(false);
      expect(amberAlertEligibility(factsRunaway, { standard }).eligible).toBe(false);
    }
    expect(suggestNcicCategory(factsRunaway).reasons).toContain(
      "not EMI (NCIC-4): episodeTypeOf ∈ {nonfamily-abduction, family-abduction} is false",
    );
  });

  it("gives the same answer as a runaway recorded only at intake", () => {
    expect(episodeTypeOf(recordedRunaway)).toBe("runaway");
    for (const standard of ["doj", "ny"] as const) {
      expect(met(recordedRunaway, standard).abduction).toBe(false);
      expect(amberAlertEligibility(recordedRunaway, { standard }).eligible).toBe(false);
    }
    expect(suggestNcicCategory(recordedRunaway).category).toBe(
      suggestNcicCategory(factsRunaway).category,
    );
  });

  it("is unknown only when the episode type is undetermined", () => {
    const c = makeTestCase({ age: 12, facts: { physicalSafetyAtRisk: true }, ...withCa });
    expect(episodeTypeOf(c)).toBe("undetermined");
    expect(met(c, "doj").abduction).toBe("unknown");
    expect(met(c, "ny").abduction).toBe("unknown");
    expect(suggestNcicCategory(c).reasons).toContain(
      "not EMI (NCIC-4): episodeTypeOf ∈ {nonfamily-abduction, family-abduction} is unknown, so not established",
    );
  });

  it.each([
    ["thrownaway", { toldToLeave: true, alternativeCareArranged: false, nightsAway: 1 }],
    [
      "lost-injured",
      {
        whereaboutsUnknownToCaretaker: true,
        caretakerAlarmedMinutes: 90,
        caretakerTriedToLocate: true,
        lostStrandedOrInjured: true,
      },
    ],
  ] as const)("a %s the facts establish is not an abduction", (type, facts) => {
    const c = makeTestCase({ age: 12, facts, ...withCa });
    expect(episodeTypeOf(c)).toBe(type);
    expect(met(c, "doj").abduction).toBe(false);
    expect(suggestNcicCategory(c).category).not.toBe("EMI");
  });

  it("is met by either abduction, from the facts or from intake", () => {
    const family = makeTestCase({ age: 2, facts: custody });
    const recorded = makeTestCase({ age: 2, reportedAs: "family-abduction", facts: {} });
    for (const c of [family, recorded, makeTestCase({ age: 9, facts: stranger })]) {
      expect(met(c, "ny").abduction).toBe(true);
      expect(met(c, "doj").abduction).toBe(true);
      expect(suggestNcicCategory(c).category).toBe("EMI");
    }
  });
});

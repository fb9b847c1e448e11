import { describe, expect, it } from "vitest";
import {
  ALERT_PLANS,
  alertEligibility,
  classifyCase,
  episodeTypeOf,
  type MissingCase,
} from "../../src/index.js";
import {
  CUSTODY,
  criteriaOf,
  eligible,
  factorsOf,
  NOT_AT_RISK,
  RUNAWAY,
  STRANGER,
  UNEXPLAINED,
} from "./alert-support.js";
import { makeTestCase } from "./support.js";

const withoutDescription = (age: number): MissingCase["child"] => {
  const { heightCm: _dropped, ...child } = makeTestCase({ age }).child;
  return child;
};
const calm = { physicalSafetyAtRisk: false, mentallyIncompetent: false } as const;
const inDanger = { physicalSafetyAtRisk: true } as const;

describe("the fact sets", () => {
  it("put each case in the episode type they name", () => {
    expect(episodeTypeOf(makeTestCase({ age: 9, facts: STRANGER }))).toBe("nonfamily-abduction");
    expect(episodeTypeOf(makeTestCase({ age: 9, facts: CUSTODY }))).toBe("family-abduction");
    expect(episodeTypeOf(makeTestCase({ age: 15, facts: RUNAWAY }))).toBe("runaway");
    const unexplained = makeTestCase({ age: 15, facts: UNEXPLAINED });
    expect(classifyCase(unexplained).primary).toBe("none");
    expect(episodeTypeOf(unexplained)).toBe("undetermined");
  });
});

describe("alertEligibility: every plan, misuse", () => {
  it("answers for every plan of ALERT_PLANS", () => {
    const c = makeTestCase({ age: 9, facts: STRANGER, ncic: { flags: ["CA", "AA"] } });
    for (const p of ALERT_PLANS) {
      const r = alertEligibility(c, p.id);
      expect(r.criteria.length, p.id).toBeGreaterThan(0);
      expect(["unknown", true, false], p.id).toContain(r.eligible);
    }
  });

  it("throws a RangeError naming alertId for an unknown plan, never echoing it", () => {
    const c = makeTestCase();
    for (const id of ["amber-xx", "AMBER-DOJ", "", "toString", "__proto__"]) {
      expect(() => alertEligibility(c, id)).toThrow(RangeError);
      expect(() => alertEligibility(c, id)).toThrow(/^alertId must be/);
    }
    expect(() => alertEligibility(c, "amber-xx")).not.toThrow(/amber-xx/);
    expect(() => alertEligibility(c, 7 as never)).toThrow(RangeError);
  });

  it("throws a TypeError when the case is not an object", () => {
    expect(() => alertEligibility(null as never, "amber-ca")).toThrow(TypeError);
  });

  it("names the missing facts when unknown, and only then", () => {
    const open = alertEligibility(makeTestCase({ age: 9 }), "amber-ca");
    expect(open.eligible).toBe("unknown");
    expect(open.missingFacts).toEqual(["episodeTypeOf", "facts.physicalSafetyAtRisk"]);
    const decided = alertEligibility(makeTestCase({ age: 30, facts: STRANGER }), "amber-ca");
    expect(decided.eligible).toBe(false);
    expect(decided).not.toHaveProperty("missingFacts");
    const race = alertEligibility(
      makeTestCase({ age: 16, facts: STRANGER, child: { ...makeTestCase().child, race: ["U"] } }),
      "ebony-ca",
    );
    expect(race.missingFacts).toEqual(["child.race"]);
  });

  it("leaves an age straddling a limit unknown without calling it a missing fact", () => {
    const child = { ...makeTestCase().child, birthDate: "2007" };
    const r = alertEligibility(makeTestCase({ child, facts: STRANGER }), "amber-ca");
    expect(
      criteriaOf(makeTestCase({ child, facts: STRANGER }), "amber-ca")["age-or-disability"],
    ).toBe("unknown");
    expect(r.eligible).toBe("unknown");
    expect(r).not.toHaveProperty("missingFacts");
  });
});

describe("amber-ca (CA-9)", () => {
  it.each([
    [17, false, true],
    [18, false, false],
    [18, true, true],
    [45, true, true],
  ] as const)("age %i, disability %s → %s", (age, disability, result) => {
    const child = { ...makeTestCase({ age }).child, disability };
    expect(eligible(makeTestCase({ age, child, facts: STRANGER }), "amber-ca")).toBe(result);
  });

  it("is unknown for an adult whose disability is not recorded", () => {
    const { disability: _d, ...child } = makeTestCase({ age: 19 }).child;
    const c = makeTestCase({ age: 19, child, facts: STRANGER });
    expect(criteriaOf(c, "amber-ca")["age-or-disability"]).toBe("unknown");
    expect(alertEligibility(c, "amber-ca").missingFacts).toEqual(["child.disability"]);
  });

  it("takes a family abduction in danger, not a custody dispute without danger", () => {
    expect(eligible(makeTestCase({ age: 6, facts: { ...CUSTODY, ...inDanger } }), "amber-ca")).toBe(
      true,
    );
    const dispute = makeTestCase({ age: 6, facts: { ...CUSTODY, physicalSafetyAtRisk: false } });
    expect(criteriaOf(dispute, "amber-ca").danger).toBe(false);
    expect(eligible(dispute, "amber-ca")).toBe(false);
  });

  it("excludes a runaway, needs a description, and no NCIC flag", () => {
    expect(
      eligible(makeTestCase({ age: 14, facts: { ...RUNAWAY, ...inDanger } }), "amber-ca"),
    ).toBe(false);
    const bare = makeTestCase({ age: 9, child: withoutDescription(9), facts: STRANGER });
    expect(criteriaOf(bare, "amber-ca").description).toBe(false);
    expect(eligible(makeTestCase({ age: 9, facts: STRANGER }), "amber-ca")).toBe(true);
  });
});

describe("ebony-ca (CA-10, CA-10a)", () => {
  const black = (age: number, race: NonNullable<MissingCase["child"]["race"]> = ["B"]) => ({
    ...makeTestCase({ age }).child,
    race,
  });

  it.each([
    [["B"], true],
    [["W", "B"], true],
    [["W"], false],
    [["A", "I"], false],
    [["U"], "unknown"],
    [["W", "U"], "unknown"],
  ] as const)("race %j → %s", (race, result) => {
    const c = makeTestCase({ age: 16, child: black(16, [...race]), facts: STRANGER });
    expect(criteriaOf(c, "ebony-ca").race).toBe(result);
    expect(eligible(c, "ebony-ca")).toBe(result);
  });

  it("is unknown when no race is recorded", () => {
    const { race: _r, ...child } = makeTestCase({ age: 16 }).child;
    expect(eligible(makeTestCase({ age: 16, child, facts: STRANGER }), "ebony-ca")).toBe("unknown");
  });

  it.each([
    [11, false],
    [12, true],
    [25, true],
    [26, false],
  ] as const)("age %i: the 12–25 factor is %s, and eligibility does not move", (age, inBand) => {
    const c = makeTestCase({ age, child: black(age), facts: STRANGER });
    expect(factorsOf(c, "ebony-ca")["age-12-25"]).toBe(inBand);
    expect(eligible(c, "ebony-ca")).toBe(true);
    expect(alertEligibility(c, "ebony-ca").criteria.map((k) => k.id)).not.toContain("age-12-25");
  });

  it("reads the circumstances: unexplained, at risk, impaired or abducted", () => {
    const at = (facts: object, extra: object = {}) =>
      criteriaOf(makeTestCase({ age: 16, child: black(16), facts, ...extra }), "ebony-ca")
        .circumstances;
    expect(at(UNEXPLAINED)).toBe(true);
    expect(at(STRANGER)).toBe(true);
    expect(at({ ...RUNAWAY, ...inDanger })).toBe(true);
    expect(at({ ...RUNAWAY, ...calm }, NOT_AT_RISK)).toBe(false);
    expect(at({ ...RUNAWAY, ...calm }, { riskIndicators: ["hard-drug-use"] })).toBe(true);
    expect(at({ ...RUNAWAY, ...calm, mentallyIncompetent: true }, NOT_AT_RISK)).toBe(true);
    expect(at({ ...RUNAWAY, ...calm })).toBe("unknown"); // indicators not assessed
    expect(at({})).toBe("unknown");
  });

  it("needs a description", () => {
    const { heightCm: _h, ...child } = black(16);
    expect(eligible(makeTestCase({ age: 16, child, facts: STRANGER }), "ebony-ca")).toBe(false);
  });
});

describe("ema-ca (CA-11)", () => {
  it("covers any age at risk or abducted, not a runaway at no risk", () => {
    expect(eligible(makeTestCase({ age: 70, facts: inDanger }), "ema-ca")).toBe(true);
    expect(eligible(makeTestCase({ age: 9, facts: STRANGER }), "ema-ca")).toBe(true);
    expect(
      eligible(makeTestCase({ age: 15, facts: { ...RUNAWAY, ...calm }, ...NOT_AT_RISK }), "ema-ca"),
    ).toBe(false);
    expect(eligible(makeTestCase({ age: 15, facts: { ...RUNAWAY, ...calm } }), "ema-ca")).toBe(
      "unknown",
    );
  });
});

describe("amber-tx (TX-9, TX-10)", () => {
  it.each([
    [17, true],
    [18, false],
  ] as const)("age %i → %s", (age, result) => {
    expect(eligible(makeTestCase({ age, facts: STRANGER }), "amber-tx")).toBe(result);
  });

  it("leaves a family abduction unknown: attempted murder or murder is not recorded", () => {
    const c = makeTestCase({ age: 6, facts: { ...CUSTODY, ...inDanger } });
    expect(criteriaOf(c, "amber-tx")["parent-abductor"]).toBe("unknown");
    expect(eligible(c, "amber-tx")).toBe("unknown");
    expect(
      criteriaOf(makeTestCase({ age: 6, facts: STRANGER }), "amber-tx")["parent-abductor"],
    ).toBe(true);
  });

  it("excludes a runaway", () => {
    const c = makeTestCase({ age: 14, facts: { ...RUNAWAY, ...inDanger } });
    expect(criteriaOf(c, "amber-tx")).toMatchObject({ abduction: false, "parent-abductor": true });
    expect(eligible(c, "amber-tx")).toBe(false);
  });
});

describe("amber-tx-local (TX-11)", () => {
  it("is for a missing child whose case does not meet the AMBER criteria", () => {
    const runaway = makeTestCase({ age: 14, facts: { ...RUNAWAY, ...inDanger } });
    expect(alertEligibility(runaway, "amber-tx-local").criteria).toEqual([
      { id: "not-amber", ruleId: "TX-11", met: true },
      { id: "age", ruleId: "TX-11", met: true },
    ]);
    expect(eligible(runaway, "amber-tx-local")).toBe(true);
    expect(eligible(makeTestCase({ age: 9, facts: STRANGER }), "amber-tx-local")).toBe(false);
  });

  it.each([
    [17, true],
    [18, false],
  ] as const)("age %i → %s", (age, result) => {
    expect(eligible(makeTestCase({ age, facts: RUNAWAY }), "amber-tx-local")).toBe(result);
  });

  it("is open while the AMBER criteria are: not established is not met", () => {
    const c = makeTestCase({ age: 9 });
    expect(eligible(c, "amber-tx")).toBe("unknown");
    expect(alertEligibility(c, "amber-tx-local")).toEqual({
      eligible: true,
      criteria: [
        { id: "not-amber", ruleId: "TX-11", met: true },
        { id: "age", ruleId: "TX-11", met: true },
      ],
    });
  });
});

describe("amber-fl (FL-9), mca-fl and emca-fl (FL-10)", () => {
  it.each(["amber-fl", "mca-fl", "emca-fl"])("%s: 17 is a child, 18 is not", (id) => {
    expect(eligible(makeTestCase({ age: 17, facts: STRANGER }), id)).toBe(true);
    expect(eligible(makeTestCase({ age: 18, facts: STRANGER }), id)).toBe(false);
  });

  it("a child in danger who ran away: a Missing Child Alert, not an AMBER Alert", () => {
    const c = makeTestCase({ age: 15, facts: { ...RUNAWAY, ...inDanger } });
    expect(eligible(c, "amber-fl")).toBe(false);
    expect(eligible(c, "mca-fl")).toBe(true);
    expect(eligible(c, "emca-fl")).toBe(true);
  });

  it("no danger, no alert; no description, no alert", () => {
    const safe = makeTestCase({ age: 15, facts: { ...RUNAWAY, physicalSafetyAtRisk: false } });
    expect(eligible(safe, "mca-fl")).toBe(false);
    const bare = makeTestCase({ age: 15, child: withoutDescription(15), facts: inDanger });
    expect(eligible(bare, "mca-fl")).toBe(false);
    expect(eligible(makeTestCase({ age: 15, facts: {} }), "mca-fl")).toBe("unknown");
  });
});

describe("amber-pa (PA-5) and mepa-pa (PA-6)", () => {
  it("AMBER: under 18, abducted, in danger; the description is only weighed", () => {
    expect(eligible(makeTestCase({ age: 17, facts: STRANGER }), "amber-pa")).toBe(true);
    expect(eligible(makeTestCase({ age: 18, facts: STRANGER }), "amber-pa")).toBe(false);
    const bare = makeTestCase({ age: 9, child: withoutDescription(9), facts: STRANGER });
    expect(eligible(bare, "amber-pa")).toBe(true);
    expect(factorsOf(bare, "amber-pa").description).toBe(false);
  });

  it("AMBER excludes runaways", () => {
    expect(
      eligible(makeTestCase({ age: 14, facts: { ...RUNAWAY, ...inDanger } }), "amber-pa"),
    ).toBe(false);
  });

  const entered = { ncic: { nic: "M123456789" } } as const;

  it("MEPA: any age, unexplained or involuntary, at risk, entered in NCIC, described", () => {
    const adult = makeTestCase({ age: 30, facts: { ...UNEXPLAINED, ...inDanger }, ...entered });
    expect(eligible(adult, "mepa-pa")).toBe(true);
    const taken = makeTestCase({ age: 25, facts: STRANGER, ...entered });
    expect(eligible(taken, "mepa-pa")).toBe(true);
  });

  it("MEPA is not for a case that meets the AMBER criteria", () => {
    const child = makeTestCase({ age: 9, facts: STRANGER, ...entered });
    expect(criteriaOf(child, "mepa-pa")["not-amber"]).toBe(false);
    expect(eligible(child, "mepa-pa")).toBe(false);
  });

  it("MEPA excludes an explained absence (a runaway), and needs the NCIC entry", () => {
    const runaway = makeTestCase({ age: 16, facts: { ...RUNAWAY, ...inDanger }, ...entered });
    expect(criteriaOf(runaway, "mepa-pa").circumstances).toBe(false);
    const notEntered = makeTestCase({ age: 30, facts: { ...UNEXPLAINED, ...inDanger } });
    expect(criteriaOf(notEntered, "mepa-pa")["ncic-entry"]).toBe(false);
    const enterEvent = makeTestCase({
      age: 30,
      facts: { ...UNEXPLAINED, ...inDanger },
      status: "active",
      events: [{ type: "enter", at: "2025-06-14T16:00:00-04:00", category: "EME" }],
    });
    expect(criteriaOf(enterEvent, "mepa-pa")["ncic-entry"]).toBe(true);
  });
});

describe("amber-il (IL-8, unverified: under 16)", () => {
  it.each([
    [15, false, true],
    [16, false, false],
    [16, true, true],
  ] as const)("age %i, disability %s → %s", (age, disability, result) => {
    const child = { ...makeTestCase({ age }).child, disability };
    expect(eligible(makeTestCase({ age, child, facts: STRANGER }), "amber-il")).toBe(result);
  });
});

describe("amber-oh (OH-5) and emca-oh (OH-6)", () => {
  it("AMBER: 17 / 18, no runaway, no custody dispute without danger", () => {
    expect(eligible(makeTestCase({ age: 17, facts: STRANGER }), "amber-oh")).toBe(true);
    expect(eligible(makeTestCase({ age: 18, facts: STRANGER }), "amber-oh")).toBe(false);
    expect(
      eligible(makeTestCase({ age: 14, facts: { ...RUNAWAY, ...inDanger } }), "amber-oh"),
    ).toBe(false);
    const dispute = makeTestCase({ age: 6, facts: { ...CUSTODY, physicalSafetyAtRisk: false } });
    expect(eligible(dispute, "amber-oh")).toBe(false);
    expect(eligible(makeTestCase({ age: 6, facts: { ...CUSTODY, ...inDanger } }), "amber-oh")).toBe(
      true,
    );
  });

  it("Endangered Missing Child Alert: a child missing under unknown circumstances, in danger", () => {
    expect(
      eligible(makeTestCase({ age: 12, facts: { ...UNEXPLAINED, ...inDanger } }), "emca-oh"),
    ).toBe(true);
    expect(
      eligible(makeTestCase({ age: 18, facts: { ...UNEXPLAINED, ...inDanger } }), "emca-oh"),
    ).toBe(false);
    expect(eligible(makeTestCase({ age: 12, facts: inDanger }), "emca-oh")).toBe("unknown");
    expect(eligible(makeTestCase({ age: 12, facts: { ...RUNAWAY, ...inDanger } }), "emca-oh")).toBe(
      false,
    );
    const amber = makeTestCase({ age: 12, facts: STRANGER });
    expect(criteriaOf(amber, "emca-oh")["not-amber"]).toBe(false);
  });
});

describe("amber-ga (GA-4): Levi's Call", () => {
  it.each([
    [[], false],
    [["CA"], false],
    [["AA"], false],
    [["CA", "AA"], true],
  ] as const)("NCIC flags %j → %s", (flags, result) => {
    const c = makeTestCase({ age: 9, facts: STRANGER, ncic: { flags: [...flags] } });
    expect(eligible(c, "amber-ga")).toBe(result);
  });

  it.each([
    [17, true],
    [18, false],
  ] as const)("age %i → %s", (age, result) => {
    const c = makeTestCase({ age, facts: STRANGER, ncic: { flags: ["CA", "AA"] } });
    expect(eligible(c, "amber-ga")).toBe(result);
  });

  it("excludes runaways and non-custodial abductions without danger", () => {
    const flags = { ncic: { flags: ["CA", "AA"] } } as const;
    expect(
      eligible(makeTestCase({ age: 14, facts: { ...RUNAWAY, ...inDanger }, ...flags }), "amber-ga"),
    ).toBe(false);
    expect(
      eligible(
        makeTestCase({ age: 6, facts: { ...CUSTODY, physicalSafetyAtRisk: false }, ...flags }),
        "amber-ga",
      ),
    ).toBe(false);
  });
});

describe("amber-nc (NCS-6)", () => {
  it.each([
    [17, true],
    [18, false],
  ] as const)("age %i → %s", (age, result) => {
    expect(eligible(makeTestCase({ age, facts: STRANGER }), "amber-nc")).toBe(result);
  });

  it("a parent abductor needs imminent danger; a stranger does not; no description needed", () => {
    const parent = makeTestCase({ age: 6, facts: { ...CUSTODY, physicalSafetyAtRisk: false } });
    expect(criteriaOf(parent, "amber-nc")["parent-abductor"]).toBe(false);
    expect(eligible(makeTestCase({ age: 6, facts: { ...CUSTODY, ...inDanger } }), "amber-nc")).toBe(
      true,
    );
    const stranger = { ...STRANGER, physicalSafetyAtRisk: false };
    expect(
      eligible(makeTestCase({ age: 9, child: withoutDescription(9), facts: stranger }), "amber-nc"),
    ).toBe(true);
  });

  it("excludes a runaway", () => {
    expect(
      eligible(makeTestCase({ age: 14, facts: { ...RUNAWAY, ...inDanger } }), "amber-nc"),
    ).toBe(false);
  });
});

describe("amber-mi (MI-5) and ema-mi (MI-6)", () => {
  it.each([
    [17, true],
    [18, false],
  ] as const)("AMBER: age %i → %s", (age, result) => {
    expect(eligible(makeTestCase({ age, facts: STRANGER }), "amber-mi")).toBe(result);
  });

  it("Endangered Missing Advisory: any age, at risk or unexplained, not an AMBER case", () => {
    expect(eligible(makeTestCase({ age: 40, facts: inDanger }), "ema-mi")).toBe(true);
    expect(eligible(makeTestCase({ age: 16, facts: { ...RUNAWAY, ...inDanger } }), "ema-mi")).toBe(
      true,
    );
    expect(
      eligible(
        makeTestCase({ age: 16, facts: { ...UNEXPLAINED, ...calm }, ...NOT_AT_RISK }),
        "ema-mi",
      ),
    ).toBe(true);
    expect(
      eligible(makeTestCase({ age: 16, facts: { ...RUNAWAY, ...calm }, ...NOT_AT_RISK }), "ema-mi"),
    ).toBe(false);
    expect(eligible(makeTestCase({ age: 9, facts: STRANGER }), "ema-mi")).toBe(false);
  });
});

describe("mca-ny (NY-6)", () => {
  it.each([
    [20, true],
    [21, false],
  ] as const)("age %i in danger → %s", (age, result) => {
    expect(eligible(makeTestCase({ age, facts: inDanger }), "mca-ny")).toBe(result);
  });

  it("needs a credible risk", () => {
    expect(
      eligible(makeTestCase({ age: 16, facts: { physicalSafetyAtRisk: false } }), "mca-ny"),
    ).toBe(false);
  });
});

describe("nothing known but the child: unknown where a criterion waits on a fact", () => {
  // A 9-year-old, described, nothing known of the episode, no NCIC entry.
  const c = makeTestCase({ age: 9 });
  it.each([
    ["amber-doj", false],
    ["amber-ny", "unknown"],
    ["mca-ny", "unknown"],
    ["amber-ca", "unknown"],
    ["ebony-ca", "unknown"],
    ["ema-ca", "unknown"],
    ["amber-tx", "unknown"],
    ["amber-tx-local", true],
    ["amber-fl", "unknown"],
    ["mca-fl", "unknown"],
    ["emca-fl", "unknown"],
    ["amber-pa", "unknown"],
    ["mepa-pa", false],
    ["amber-il", "unknown"],
    ["amber-oh", "unknown"],
    ["emca-oh", "unknown"],
    ["amber-ga", false],
    ["amber-nc", "unknown"],
    ["amber-mi", "unknown"],
    ["ema-mi", "unknown"],
  ] as const)("%s → %s", (id, result) => {
    const r = alertEligibility(c, id);
    expect(r.eligible).toBe(result);
    if (result === "unknown") expect(r.missingFacts?.length).toBeGreaterThan(0);
  });

  it("covers every plan", () => {
    expect(ALERT_PLANS.length).toBe(20);
  });
});

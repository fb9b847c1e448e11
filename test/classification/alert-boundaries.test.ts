/**
 * Every age line of every alert plan at N-1, N and N+1 years, and across a 29 February
 * birthday (AGE-3, AGE-4); the plans with no age line; and, for each criterion that waits on
 * a fact, the fact named in `missingFacts` when it is absent.
 */
import { describe, expect, it } from "vitest";
import {
  type AgeOptions,
  ALERT_PLANS,
  alertEligibility,
  type EpisodeFacts,
  type MissingCase,
} from "../../src/index.js";
import {
  criteriaOf,
  eligible,
  factorsOf,
  RUNAWAY,
  STRANGER,
  UNEXPLAINED,
} from "./alert-support.js";
import { type CaseSpec, makeTestCase } from "./support.js";

/**
 * The age lines: plan, the criterion (or factor) that holds the line, and N, the first age
 * the plan does not cover (≤ 17 and < 18 both draw the line at 18). `amber-ca` and
 * `amber-il` are tested with no disability, the other limb of their age criterion.
 */
const LINES = [
  ["amber-doj", "age", 18],
  ["amber-ny", "age", 18],
  ["mca-ny", "age", 21],
  ["amber-ca", "age-or-disability", 18],
  ["amber-tx", "age", 18],
  ["amber-tx-local", "age", 18],
  ["amber-fl", "age", 18],
  ["mca-fl", "age", 18],
  ["emca-fl", "age", 18],
  ["amber-pa", "age", 18],
  ["amber-il", "age-or-disability", 16],
  ["amber-oh", "age", 18],
  ["emca-oh", "age", 18],
  ["amber-ga", "age", 18],
  ["amber-nc", "age", 18],
  ["amber-mi", "age", 18],
] as const;

/** Plans with no age line at all. */
const ANY_AGE = ["ema-ca", "mepa-pa", "ema-mi"] as const;

const noDisability = (age: number) => ({ ...makeTestCase({ age }).child, disability: false });

/** A case reported at noon (New York) on `date`, the child born on `birthDate`. */
function reportedOn(date: string, birthDate: string): MissingCase {
  return makeTestCase({
    child: { ...makeTestCase().child, birthDate, disability: false },
    reportedAt: `${date}T12:00:00-05:00`,
    lastContactAt: `${date}T08:00:00-05:00`,
  });
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The outcome of the criterion, or the factor, `id` of `planId`. */
function lineOf(c: MissingCase, planId: string, id: string, options?: { age: AgeOptions }) {
  const r = alertEligibility(c, planId, options);
  return [...r.criteria, ...(r.factors ?? [])].find((k) => k.id === id)?.met;
}

describe("every age line is tested", () => {
  it("covers each plan once: a line, or none", () => {
    const covered = [...LINES.map(([id]) => id), ...ANY_AGE, "ebony-ca"].sort();
    expect(covered).toEqual(ALERT_PLANS.map((p) => p.id).sort());
  });
});

describe.each(LINES)("%s: the %s line at %i", (planId, criterionId, n) => {
  it.each([
    [n - 1, true],
    [n, false],
    [n + 1, false],
  ] as const)("age %i → %s", (age, met) => {
    const c = makeTestCase({ age, child: noDisability(age) });
    expect(criteriaOf(c, planId)[criterionId]).toBe(met);
  });

  // A child born on 29 February of a leap year, reported in the year of the Nth birthday.
  const born = n % 4 === 0 ? 2008 : 2004;
  const year = born + n;
  const birthDate = `${born}-02-29`;

  it(`born ${birthDate}: N-1 the day before the birthday, N on it (mar1 default)`, () => {
    expect(isLeap(born)).toBe(true);
    expect(lineOf(reportedOn(`${year}-02-28`, birthDate), planId, criterionId)).toBe(true);
    const birthday = isLeap(year) ? `${year}-02-29` : `${year}-03-01`;
    expect(lineOf(reportedOn(birthday, birthDate), planId, criterionId)).toBe(false);
  });

  it(`born ${birthDate}: the feb28 and common-law options move the day`, () => {
    const on28 = reportedOn(`${year}-02-28`, birthDate);
    const on27 = reportedOn(`${year}-02-27`, birthDate);
    const feb28 = { age: { leapDay: "feb28" } } as const;
    const both = { age: { leapDay: "feb28", rule: "common-law" } } as const;
    // In a leap year the birthday is 29 February whatever the option: 28 February is N-1
    // by anniversary and N by common law (the day before the birthday).
    expect(lineOf(on28, planId, criterionId, feb28)).toBe(isLeap(year));
    expect(lineOf(on28, planId, criterionId, both)).toBe(false);
    expect(lineOf(on27, planId, criterionId, both)).toBe(isLeap(year));
  });
});

describe("ebony-ca (CA-10a): the 12–25 band is a factor, never a gate", () => {
  const black = (age: number) => ({ ...makeTestCase({ age }).child, race: ["B" as const] });
  it.each([
    [5, false],
    [11, false],
    [12, true],
    [13, true],
    [24, true],
    [25, true],
    [26, false],
    [27, false],
    [60, false],
  ] as const)("age %i: factor %s, eligible true", (age, inBand) => {
    const c = makeTestCase({ age, child: black(age), facts: STRANGER });
    expect(factorsOf(c, "ebony-ca")["age-12-25"]).toBe(inBand);
    expect(eligible(c, "ebony-ca")).toBe(true);
  });

  it("born 29 February 2012: 11 on 28 February 2024, 12 on 29 February", () => {
    const child = { ...black(12), birthDate: "2012-02-29" };
    const on = (date: string) =>
      makeTestCase({
        child,
        facts: STRANGER,
        reportedAt: `${date}T12:00:00-05:00`,
        lastContactAt: `${date}T08:00:00-05:00`,
      });
    expect(factorsOf(on("2024-02-28"), "ebony-ca")["age-12-25"]).toBe(false);
    expect(factorsOf(on("2024-02-29"), "ebony-ca")["age-12-25"]).toBe(true);
    expect(eligible(on("2024-02-28"), "ebony-ca")).toBe(true);
  });

  it("born 29 February 2000: 25 on 28 February 2026, 26 on 1 March (mar1)", () => {
    const child = { ...black(26), birthDate: "2000-02-29" };
    const on = (date: string) =>
      makeTestCase({
        child,
        facts: STRANGER,
        reportedAt: `${date}T12:00:00-05:00`,
        lastContactAt: `${date}T08:00:00-05:00`,
      });
    expect(factorsOf(on("2026-02-28"), "ebony-ca")["age-12-25"]).toBe(true);
    expect(factorsOf(on("2026-03-01"), "ebony-ca")["age-12-25"]).toBe(false);
    expect(eligible(on("2026-03-01"), "ebony-ca")).toBe(true);
  });

  it("an uncertain age leaves the factor unknown and eligibility decided", () => {
    // Born in 1999, reported 14 June 2025: 25 or 26.
    const c = makeTestCase({ child: { ...black(25), birthDate: "1999" }, facts: STRANGER });
    expect(factorsOf(c, "ebony-ca")["age-12-25"]).toBe("unknown");
    expect(alertEligibility(c, "ebony-ca")).toMatchObject({ eligible: true });
    expect(alertEligibility(c, "ebony-ca")).not.toHaveProperty("missingFacts");
  });
});

describe("amber-ca (CA-9) and amber-il (IL-8): age, or a proven disability", () => {
  it.each([
    ["amber-ca", 17, 18],
    ["amber-il", 15, 16],
  ] as const)(
    "%s: under the line the disability is not needed; over it, it decides",
    (id, under, over) => {
      const { disability: _d, ...unrecorded } = makeTestCase({ age: under }).child;
      expect(
        criteriaOf(makeTestCase({ age: under, child: unrecorded }), id)["age-or-disability"],
      ).toBe(true);
      const at = (disability: boolean) =>
        criteriaOf(
          makeTestCase({ age: over, child: { ...makeTestCase({ age: over }).child, disability } }),
          id,
        )["age-or-disability"];
      expect(at(true)).toBe(true);
      expect(at(false)).toBe(false);
    },
  );
});

describe.each(ANY_AGE)("%s: no age line", (id) => {
  it("has no age criterion, and an old age does not change a criterion", () => {
    const criteria = alertEligibility(makeTestCase({ age: 9 }), id).criteria.map((k) => k.id);
    expect(criteria.some((k) => k.includes("age"))).toBe(false);
    const facts = { ...UNEXPLAINED, physicalSafetyAtRisk: true };
    const ncic = { ncic: { nic: "M123456789" } };
    const young = criteriaOf(makeTestCase({ age: 19, facts, ...ncic }), id);
    const old = criteriaOf(makeTestCase({ age: 95, facts, ...ncic }), id);
    expect(old).toEqual(young);
    expect(eligible(makeTestCase({ age: 95, facts, ...ncic }), id)).toBe(true);
  });
});

/** An AMBER case in every plan's terms: a stranger abduction, in danger, flags, entered. */
const amberCase = (facts: EpisodeFacts = STRANGER, extra: CaseSpec = {}) =>
  makeTestCase({
    age: 9,
    child: { ...makeTestCase({ age: 9 }).child, race: ["B"] },
    facts,
    ncic: { flags: ["CA", "AA"], nic: "M123456789" },
    ...extra,
  });
const { physicalSafetyAtRisk: _p, ...strangerDangerUnknown } = STRANGER;

describe("an unknown fact leaves its criterion unknown and names the fact", () => {
  // Every plan whose criteria read the danger: the same case, the danger not yet known.
  it.each([
    ["amber-doj"],
    ["amber-ny"],
    ["amber-ca"],
    ["amber-tx"],
    ["amber-fl"],
    ["amber-pa"],
    ["amber-il"],
    ["amber-oh"],
    ["amber-ga"],
    ["amber-mi"],
  ] as const)("%s: the danger", (id) => {
    expect(alertEligibility(amberCase(), id).eligible).toBe(true);
    const r = alertEligibility(amberCase(strangerDangerUnknown), id);
    expect(criteriaOf(amberCase(strangerDangerUnknown), id).danger).toBe("unknown");
    expect(r.eligible).toBe("unknown");
    expect(r.missingFacts).toEqual(["facts.physicalSafetyAtRisk"]);
  });

  it.each([["mca-ny"], ["mca-fl"], ["emca-fl"]] as const)(
    "%s: the danger of a child who ran away",
    (id) => {
      expect(
        eligible(makeTestCase({ facts: { ...RUNAWAY, physicalSafetyAtRisk: true } }), id),
      ).toBe(true);
      const r = alertEligibility(makeTestCase({ facts: RUNAWAY }), id);
      expect(r.eligible).toBe("unknown");
      expect(r.missingFacts).toEqual(["facts.physicalSafetyAtRisk"]);
    },
  );

  // The abduction: the danger known, nothing known of who took the child.
  it.each([
    ["amber-doj"],
    ["amber-ny"],
    ["amber-ca"],
    ["amber-fl"],
    ["amber-pa"],
    ["amber-il"],
    ["amber-oh"],
    ["amber-ga"],
    ["amber-mi"],
  ] as const)("%s: the abduction", (id) => {
    const c = amberCase({ physicalSafetyAtRisk: true });
    expect(criteriaOf(c, id).abduction).toBe("unknown");
    const r = alertEligibility(c, id);
    expect(r.eligible).toBe("unknown");
    expect(r.missingFacts).toEqual(["episodeTypeOf"]);
  });

  it("amber-tx and amber-nc: the abduction and whether a parent took the child", () => {
    const c = amberCase({ physicalSafetyAtRisk: true });
    expect(criteriaOf(c, "amber-tx")).toMatchObject({
      abduction: "unknown",
      "parent-abductor": "unknown",
    });
    expect(alertEligibility(c, "amber-tx").missingFacts).toEqual(["episodeTypeOf"]);
    // NCS-6: imminent danger satisfies the parent limb, so only the abduction is open.
    expect(criteriaOf(c, "amber-nc")).toMatchObject({
      abduction: "unknown",
      "parent-abductor": true,
    });
    expect(alertEligibility(c, "amber-nc").missingFacts).toEqual(["episodeTypeOf"]);
  });

  it("ebony-ca: the race, then the circumstances", () => {
    const { race: _r, ...noRace } = amberCase().child;
    const r = alertEligibility(amberCase(STRANGER, { child: noRace }), "ebony-ca");
    expect(r.eligible).toBe("unknown");
    expect(r.missingFacts).toEqual(["child.race"]);
    const open = alertEligibility(makeTestCase({ child: amberCase().child }), "ebony-ca");
    expect(open.eligible).toBe("unknown");
    expect(open.missingFacts).toContain("facts.physicalSafetyAtRisk");
    expect(open.missingFacts).toContain("riskIndicators");
  });

  it("amber-ca and amber-il: an adult's disability not recorded", () => {
    const { disability: _d, ...child } = makeTestCase({ age: 30 }).child;
    for (const id of ["amber-ca", "amber-il"]) {
      const r = alertEligibility(makeTestCase({ age: 30, child, facts: STRANGER }), id);
      expect(r.eligible, id).toBe("unknown");
      expect(r.missingFacts, id).toEqual(["child.disability"]);
    }
  });

  const calm = { physicalSafetyAtRisk: false, mentallyIncompetent: false } as const;
  const entered = { ncic: { nic: "M123456789" } } as const;

  it.each([
    // A runaway (the type established, so no abduction) who may be at risk.
    ["ema-ca", { ...RUNAWAY, ...calm }],
    // Missing under unexplained circumstances, at risk or not.
    ["mepa-pa", { ...UNEXPLAINED, ...calm }],
  ] as const)("%s: at risk, with the risk indicators not assessed", (id, facts) => {
    const r = alertEligibility(makeTestCase({ age: 30, facts, ...entered }), id);
    expect(r.eligible).toBe("unknown");
    expect(r.missingFacts).toEqual(["riskIndicators"]);
    const assessed = makeTestCase({ age: 30, facts, ...entered, riskIndicators: [] });
    expect(eligible(assessed, id)).toBe(false);
    const indicated = makeTestCase({
      age: 30,
      facts,
      ...entered,
      riskIndicators: ["hard-drug-use"],
    });
    expect(eligible(indicated, id)).toBe(true);
  });

  it("ema-mi: an unexplained absence is enough, the risk not needed", () => {
    const c = makeTestCase({ age: 30, facts: { ...UNEXPLAINED, ...calm } });
    expect(alertEligibility(c, "ema-mi").eligible).toBe(true);
  });

  it("emca-oh: the circumstances while the episode type is open", () => {
    const r = alertEligibility(makeTestCase({ facts: { physicalSafetyAtRisk: true } }), "emca-oh");
    expect(r.eligible).toBe("unknown");
    expect(r.missingFacts).toEqual(["episodeTypeOf"]);
  });
});

describe("the description (AMB-2): every field, one at a time", () => {
  const full = makeTestCase({ age: 9 }).child;
  const described = (child: MissingCase["child"]) =>
    criteriaOf(makeTestCase({ age: 9, child, facts: STRANGER }), "amber-doj").description;

  it("is met with every field recorded", () => {
    expect(described(full)).toBe(true);
  });

  it.each(["sex", "heightCm", "weightKg", "eyeColor", "hairColor"] as const)(
    "is not met without %s",
    (field) => {
      const { [field]: _dropped, ...child } = full;
      expect(described(child as MissingCase["child"])).toBe(false);
    },
  );

  it("needs a given or a family name, one is enough", () => {
    expect(described({ ...full, name: { given: "", family: "Rivera" } })).toBe(true);
    expect(described({ ...full, name: { given: "Jordan", family: "" } })).toBe(true);
    expect(described({ ...full, name: { given: "", family: "" } })).toBe(false);
  });
});

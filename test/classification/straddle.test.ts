/**
 * AGE-5 in every function alike: an age known only as a range (a partial birth date, `YYYY`
 * or `YYYY-MM`) that straddles a threshold makes that criterion unknown; a range on one side
 * decides it. The case is reported on 14 June 2025 and last seen on 13 June 2025.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complianceDeadlines } from "../../src/deadlines/compliance.js";
import {
  ageRangeAtLastContact,
  ageRangeAtReport,
  amberAlertEligibility,
  classifyCase,
  type EpisodeFacts,
  endangermentIndicators,
  isMissingChild,
  type MissingCase,
  ncmecCaseType,
  suggestNcicCategory,
} from "../../src/index.js";
import { child } from "../fixtures/valid.js";
import { makeTestCase } from "./support.js";

const stranger = { takenBy: "stranger", forceOrThreat: true, physicalSafetyAtRisk: true } as const;
const withBirth = (birthDate: string, spec: Parameters<typeof makeTestCase>[0] = {}) =>
  makeTestCase({ ...spec, child: { ...child, birthDate } });
const criterion = (c: MissingCase, standard: "doj" | "ny", id: string) =>
  amberAlertEligibility(c, { standard }).criteria.find((k) => k.id === id)?.met;
const episode = (c: MissingCase, id: string) =>
  classifyCase(c).criteria.find((k) => k.id === id)?.met;

describe("the partial birth dates used below straddle what they should", () => {
  it.each([
    ["2011", 13, 14],
    ["2011-06", 13, 14],
    ["2010", 14, 15],
    ["2010-06", 14, 15],
    ["2007", 17, 18],
    ["2007-06", 17, 18],
    ["2004", 20, 21],
    ["2004-06", 20, 21],
  ] as const)("%s: %i or %i at report and at last contact", (birthDate, min, max) => {
    const c = withBirth(birthDate);
    expect(ageRangeAtReport(c)).toEqual({ min, max });
    expect(ageRangeAtLastContact(c)).toEqual({ min, max });
  });
});

describe("13: endangerment 'age-13-or-younger' (age at last contact ≤ 13)", () => {
  it("is neither derived nor dropped when the range straddles 13", () => {
    expect(endangermentIndicators(withBirth("2011", { riskIndicators: [] }))).toEqual([]);
    const recorded = withBirth("2011-06", { riskIndicators: ["age-13-or-younger"] });
    expect(endangermentIndicators(recorded)).toEqual(["age-13-or-younger"]);
  });
  it("is derived when every possible age is 13 or less, dropped when none is", () => {
    expect(endangermentIndicators(withBirth("2011-07", { riskIndicators: [] }))).toEqual([
      "age-13-or-younger",
    ]);
    const recorded = withBirth("2011-05", { riskIndicators: ["age-13-or-younger"] });
    expect(endangermentIndicators(recorded)).toEqual([]);
  });
});

describe("14 and 15: the episode rules (age at last contact)", () => {
  const choseNot = {
    leftWithoutPermission: false,
    choseNotToReturn: true,
    nightsAway: 1,
    mentallyIncompetent: false,
  } as const;
  it("EP-1: a child who chose not to return, one night away, aged 14 or 15: unknown", () => {
    expect(episode(withBirth("2010", { facts: choseNot }), "runaway")).toBe("unknown");
    expect(episode(withBirth("2010-06", { facts: choseNot }), "runaway")).toBe("unknown");
    expect(episode(withBirth("2010-07", { facts: choseNot }), "runaway")).toBe(true); // 14
    expect(episode(withBirth("2010-05", { facts: choseNot }), "runaway")).toBe(false); // 15
  });
  it("EP-3: a family abduction without force needs age < 15: unknown across 14/15", () => {
    const facts = {
      takenBy: "family-member",
      custodyViolation: true,
      concealment: true,
      forceOrThreat: false,
      mentallyIncompetent: false,
    } as const;
    expect(episode(withBirth("2010", { facts }), "family-abduction")).toBe("unknown");
    expect(episode(withBirth("2010-07", { facts }), "family-abduction")).toBe(true);
    expect(episode(withBirth("2010-05", { facts }), "family-abduction")).toBe(false);
  });
  it("EP-4: a lured child taken to be kept needs age < 15: unknown across 14/15", () => {
    const facts = {
      takenBy: "stranger",
      forceOrThreat: false,
      lured: true,
      perpetratorPurpose: "keep-permanently",
    } as const;
    expect(episode(withBirth("2010-06", { facts }), "nonfamily-abduction")).toBe("unknown");
    expect(episode(withBirth("2010-07", { facts }), "nonfamily-abduction")).toBe(true);
  });
});

describe("17 and 18 (age at report)", () => {
  it("AMBER DOJ (≤ 17) and NY (< 18): the age criterion and eligibility are unknown", () => {
    for (const birthDate of ["2007", "2007-06"]) {
      const c = withBirth(birthDate, { facts: stranger, ncic: { flags: ["CA"] } });
      for (const standard of ["doj", "ny"] as const) {
        expect(criterion(c, standard, "age")).toBe("unknown");
        expect(amberAlertEligibility(c, { standard }).eligible).toBe("unknown");
      }
    }
    const seventeen = withBirth("2007-07", { facts: stranger, ncic: { flags: ["CA"] } });
    expect(amberAlertEligibility(seventeen, { standard: "doj" }).eligible).toBe(true);
  });
  it("isMissingChild 'ncmec' and 'ny' (< 18): unknown; 'federal' (< 21): true", () => {
    const c = withBirth("2007-06", { missingFrom: "home", riskIndicators: [] });
    expect(isMissingChild(c, "ncmec")).toBe("unknown");
    expect(isMissingChild(c, "ny")).toBe("unknown");
    expect(isMissingChild(c, "federal")).toBe(true);
  });
  it("ncmecCaseType: undetermined when the two bands disagree", () => {
    const runaway = { takenBy: "none", leftWithoutPermission: true, nightsAway: 2 } as const;
    const c = withBirth("2007", { facts: { ...runaway, physicalSafetyAtRisk: false } });
    expect(ncmecCaseType(c)).toBe("undetermined"); // endangered runaway at 17, none at 18
  });
});

describe("20 and 21 (age at report)", () => {
  const facts = { takenBy: "none", physicalSafetyAtRisk: false, catastrophe: false } as const;
  it("isMissingChild 'federal' (< 21) is unknown, 'ncmec' is false", () => {
    const c = withBirth("2004", { facts });
    expect(isMissingChild(c, "federal")).toBe("unknown");
    expect(isMissingChild(c, "ncmec")).toBe(false);
  });
  it("NCIC EMJ (< 21) is unknown, so not established: EMO, and the reason says why", () => {
    const c = withBirth("2004-06", { facts, reportedAs: "runaway" });
    const s = suggestNcicCategory(c);
    expect(s.category).toBe("EMO");
    expect(s.reasons).toContain(
      "not EMJ (NCIC-4): age at report < 21 is unknown, so not established",
    );
    expect(
      suggestNcicCategory(withBirth("2004-07", { facts, reportedAs: "runaway" })).category,
    ).toBe("EMJ");
  });
  it("ncmecCaseType: the same answer in both bands decides it, else undetermined", () => {
    expect(ncmecCaseType(withBirth("2004", { facts, riskIndicators: [] }))).toBeNull();
    expect(ncmecCaseType(withBirth("2004", { facts: { physicalSafetyAtRisk: true } }))).toBe(
      "undetermined",
    );
  });
  it("the NCIC entry deadline (under 21) is listed: a duty that may apply is shown", () => {
    const rules = (c: MissingCase) => complianceDeadlines(c).map((d) => d.rule);
    expect(rules(withBirth("2004"))).toContain("ncic-entry");
    expect(rules(withBirth("2004-06"))).toContain("ncic-entry");
    expect(rules(withBirth("2004-05"))).not.toContain("ncic-entry"); // 21 either way
  });
});

/** Every full birth date a partial one allows, on the days that matter here. */
function fullDates(partial: string): string[] {
  const [y, m] = partial.split("-").map(Number) as [number, number | undefined];
  const months = m === undefined ? Array.from({ length: 12 }, (_, i) => i + 1) : [m];
  return months.flatMap((month) => {
    const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
    // Around the last contact (13 June) and the report (14 June), and each month's ends.
    const days = month === 6 ? [1, 12, 13, 14, 15, last] : [1, last];
    return days.map((d) => `${y}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  });
}

const bool = fc.boolean();
const arbFacts: fc.Arbitrary<EpisodeFacts> = fc.record(
  {
    takenBy: fc.constantFrom("family-member", "stranger", "none"),
    custodyViolation: bool,
    concealment: bool,
    forceOrThreat: bool,
    lured: bool,
    perpetratorPurpose: fc.constantFrom("keep-permanently", "harm"),
    leftWithoutPermission: bool,
    choseNotToReturn: bool,
    mentallyIncompetent: bool,
    nightsAway: fc.constantFrom(0, 1, 2),
    physicalSafetyAtRisk: bool,
  },
  { requiredKeys: [] },
);

describe("a decided criterion for a partial birth date holds for every full date it allows", () => {
  // Only the criteria: a function's headline may still be decided over an unknown criterion by
  // its own rule (EP-P precedence takes the first type met, AMB-1 reads that type, NC-1 maps an
  // undetermined episode to 'lost-injured-otherwise-missing', NCIC-2 counts unknown as not
  // established), and those are tested above.
  it("AMBER criteria but abduction, missing-child definitions, episode criteria, the age flag", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2003, max: 2013 }),
        fc.option(fc.constant(6), { nil: undefined }),
        arbFacts,
        fc.constantFrom("home", "group-home") as fc.Arbitrary<"home" | "group-home">,
        (year, month, facts, missingFrom) => {
          const partial = month === undefined ? String(year) : `${year}-06`;
          const spec = { facts, missingFrom, riskIndicators: ["no-id" as const] };
          const answers = (c: MissingCase): Record<string, unknown> => ({
            ...Object.fromEntries(
              (["doj", "ny"] as const).flatMap((standard) =>
                amberAlertEligibility(c, { standard })
                  .criteria.filter((k) => k.id !== "abduction")
                  .map((k) => [`${standard}:${k.id}`, k.met]),
              ),
            ),
            federal: isMissingChild(c, "federal"),
            ny: isMissingChild(c, "ny"),
            ncmec: isMissingChild(c, "ncmec"),
            ...Object.fromEntries(classifyCase(c).criteria.map((k) => [k.id, k.met])),
          });
          const p = answers(withBirth(partial, spec));
          const young = endangermentIndicators(withBirth(partial, spec));
          for (const full of fullDates(partial)) {
            const f = answers(withBirth(full, spec));
            for (const [id, met] of Object.entries(p)) {
              if (met !== "unknown") expect(f[id], `${id} ${full}`).toBe(met);
            }
            if (young.includes("age-13-or-younger")) {
              expect(endangermentIndicators(withBirth(full, spec))).toContain("age-13-or-younger");
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

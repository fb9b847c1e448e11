/**
 * Case vignettes from the rule book (FED-1, NY-1, NC-1, NCIC-2, TRF-1 … TRF-7): the age thresholds
 * 17/18/20/21 at report, the 19-year-old who ran from foster care with a trafficking
 * indicator, and the 2-year-old taken by a non-custodial parent.
 */
import { describe, expect, it } from "vitest";
import {
  isMissingChild,
  type NcicCategory,
  type NcmecCaseType,
  ncmecCaseType,
  suggestNcicCategory,
  type Tri,
} from "../../src/index.js";
import { type CaseSpec, makeTestCase } from "./support.js";

type Row = {
  readonly name: string;
  readonly spec: CaseSpec;
  readonly federal: Tri;
  readonly ny: Tri;
  readonly ncmec: Tri;
  readonly ncmecType: NcmecCaseType | "undetermined" | null;
  readonly ncic: NcicCategory;
};

const runaway = { takenBy: "none", leftWithoutPermission: true, nightsAway: 2 } as const;
const assessed = { riskIndicators: [], missingFrom: "home" } as const;

const ROWS: readonly Row[] = [
  {
    name: "runaway aged 17",
    spec: { age: 17, facts: runaway, ...assessed },
    federal: true,
    ny: true,
    ncmec: true,
    ncmecType: "endangered-runaway",
    ncic: "EMJ",
  },
  {
    name: "runaway aged 18, no elevated risk",
    spec: { age: 18, facts: { ...runaway, physicalSafetyAtRisk: false }, ...assessed },
    federal: true,
    ny: false,
    ncmec: false,
    ncmecType: null,
    ncic: "EMJ",
  },
  {
    name: "aged 18, risk not assessed",
    spec: { age: 18, facts: runaway },
    federal: true,
    ny: "unknown",
    ncmec: false,
    ncmecType: "undetermined",
    ncic: "EMJ",
  },
  {
    name: "aged 20 in danger",
    spec: { age: 20, facts: { ...runaway, physicalSafetyAtRisk: true }, ...assessed },
    federal: true,
    ny: false,
    ncmec: false,
    ncmecType: "critically-missing-young-adult",
    ncic: "EME",
  },
  {
    name: "aged 20 with an endangerment indicator",
    spec: { age: 20, facts: runaway, riskIndicators: ["hard-drug-use"], missingFrom: "home" },
    federal: true,
    ny: false,
    ncmec: false,
    ncmecType: "critically-missing-young-adult",
    ncic: "EMJ",
  },
  {
    name: "aged 20 with a disability",
    spec: {
      age: 20,
      facts: runaway,
      child: { ...makeTestCase({ age: 20 }).child, disability: true },
    },
    federal: true,
    ny: "unknown",
    ncmec: false,
    ncmecType: "critically-missing-young-adult",
    ncic: "EMD",
  },
  {
    name: "aged 21, safety concern not established",
    spec: { age: 21, facts: runaway, ...assessed },
    federal: false,
    ny: false,
    ncmec: false,
    ncmecType: null,
    ncic: "EMO",
  },
  {
    name: "aged 21 after a catastrophe",
    spec: { age: 21, facts: { catastrophe: true }, ...assessed },
    federal: false,
    ny: false,
    ncmec: false,
    ncmecType: null,
    ncic: "EMV",
  },
  {
    name: "19-year-old ran from foster care, romance recruitment recorded",
    spec: {
      age: 19,
      facts: runaway,
      missingFrom: "foster-care",
      riskIndicators: ["romance-recruitment"],
    },
    federal: true,
    ny: true,
    ncmec: false,
    ncmecType: "undetermined",
    ncic: "EMJ",
  },
  {
    name: "19-year-old ran from a group home, not assessed",
    spec: { age: 19, facts: runaway, missingFrom: "group-home" },
    federal: true,
    ny: "unknown",
    ncmec: false,
    ncmecType: "undetermined",
    ncic: "EMJ",
  },
  {
    name: "19-year-old ran from care, only derived flags recorded",
    spec: {
      age: 19,
      facts: runaway,
      missingFrom: "residential-facility",
      priorEpisodes: 4,
      riskIndicators: ["repeat-missing", "ran-from-care"],
    },
    federal: true,
    ny: false,
    ncmec: false,
    ncmecType: "undetermined",
    ncic: "EMJ",
  },
  {
    name: "19-year-old ran from home with a trafficking indicator",
    spec: { age: 19, facts: runaway, missingFrom: "home", riskIndicators: ["hotel-keys"] },
    federal: true,
    ny: false,
    ncmec: false,
    ncmecType: "undetermined",
    ncic: "EMJ",
  },
  {
    name: "2-year-old taken by a non-custodial parent",
    spec: {
      age: 2,
      reportedAs: "family-abduction",
      facts: { takenBy: "family-member", custodyViolation: true, concealment: true },
    },
    federal: true,
    ny: true,
    ncmec: true,
    ncmecType: "family-abduction",
    ncic: "EMI",
  },
  {
    name: "9-year-old taken by a stranger",
    spec: { age: 9, facts: { takenBy: "stranger", forceOrThreat: true } },
    federal: true,
    ny: true,
    ncmec: true,
    ncmecType: "nonfamily-abduction",
    ncic: "EMI",
  },
  {
    name: "12-year-old, nothing known, recorded as lost",
    spec: { age: 12, reportedAs: "lost-injured" },
    federal: true,
    ny: true,
    ncmec: true,
    ncmecType: "lost-injured-otherwise-missing",
    ncic: "EMJ",
  },
  {
    name: "12-year-old, nothing known or recorded",
    spec: { age: 12 },
    federal: true,
    ny: true,
    ncmec: true,
    ncmecType: "lost-injured-otherwise-missing",
    ncic: "EMJ",
  },
  {
    name: "thrownaway aged 16",
    spec: {
      age: 16,
      facts: { takenBy: "none", toldToLeave: true, alternativeCareArranged: false, nightsAway: 1 },
    },
    federal: true,
    ny: true,
    ncmec: true,
    ncmecType: "endangered-runaway",
    ncic: "EMJ",
  },
  {
    name: "birth year only: 17 or 18 at report",
    spec: { child: { ...makeTestCase().child, birthDate: "2007" }, facts: runaway, ...assessed },
    federal: true,
    ny: "unknown",
    ncmec: "unknown",
    ncmecType: "undetermined",
    ncic: "EMJ",
  },
  {
    name: "birth year only: 20 or 21 at report, no elevated risk",
    spec: {
      child: { ...makeTestCase().child, birthDate: "2004" },
      facts: { ...runaway, physicalSafetyAtRisk: false },
      ...assessed,
    },
    federal: "unknown",
    ny: false,
    ncmec: false,
    ncmecType: null,
    ncic: "EMO",
  },
];

describe("case vignettes", () => {
  it.each(ROWS.map((r) => [r.name, r] as const))("%s", (_, row) => {
    const c = makeTestCase(row.spec);
    expect(isMissingChild(c, "federal")).toBe(row.federal);
    expect(isMissingChild(c, "ny")).toBe(row.ny);
    expect(isMissingChild(c, "ncmec")).toBe(row.ncmec);
    expect(ncmecCaseType(c)).toBe(row.ncmecType);
    expect(suggestNcicCategory(c).category).toBe(row.ncic);
  });
});

describe("suggestNcicCategory reasons", () => {
  it("names each fact that was not established, never its value", () => {
    const c = makeTestCase({ age: 15, facts: runaway });
    const { category, reasons } = suggestNcicCategory(c);
    expect(category).toBe("EMJ");
    expect(reasons).toEqual([
      "not EMD (NCIC-4): child.disability is false",
      "not EMI (NCIC-4): episodeTypeOf ∈ {nonfamily-abduction, family-abduction} is false",
      "not EME (NCIC-4): facts.physicalSafetyAtRisk is unknown, so not established",
      "not EMV (NCIC-4): facts.catastrophe is unknown, so not established",
      "EMJ (NCIC-4): age at report < 21",
    ]);
  });

  it("falls back to EMO with a reason", () => {
    const c = makeTestCase({ age: 30, facts: { physicalSafetyAtRisk: false } });
    const { category, reasons } = suggestNcicCategory(c);
    expect(category).toBe("EMO");
    expect(reasons.at(-1)).toBe("EMO (NCIC-2): none of EMD, EMI, EME, EMV, EMJ applies");
  });
});

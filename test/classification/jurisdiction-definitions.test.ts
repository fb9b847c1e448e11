import { describe, expect, it } from "vitest";
import { isMissingChild } from "../../src/classification/index.js";
import { JURISDICTION_IDS } from "../../src/jurisdictions/ids.js";
import { JURISDICTIONS } from "../../src/jurisdictions/index.js";
import type { MissingCase } from "../../src/models/case.js";
import { caseWith } from "../lifecycle/fixtures.js";

// Reported 2025-02-02 (last contact the same day).
const aged = (birthDate: string): MissingCase =>
  caseWith({ child: { ...caseWith({}).child, birthDate } });

describe("isMissingChild per jurisdiction", () => {
  it("Michigan: a 16-year-old is a missing child, a 17-year-old (on the birthday) is not", () => {
    expect(isMissingChild(aged("2008-02-03"), "US-MI")).toBe(true);
    expect(isMissingChild(aged("2008-02-02"), "US-MI")).toBe(false);
    // The same 17-year-old is one federally (under 21) and for NCMEC (under 18).
    expect(isMissingChild(aged("2008-02-02"), "US")).toBe(true);
    expect(isMissingChild(aged("2008-02-02"), "ncmec")).toBe(true);
  });
  it("Illinois draws the line at 21, California at 18", () => {
    expect(isMissingChild(aged("2004-02-03"), "US-IL")).toBe(true);
    expect(isMissingChild(aged("2004-02-02"), "US-IL")).toBe(false);
    expect(isMissingChild(aged("2007-02-03"), "US-CA")).toBe(true);
    expect(isMissingChild(aged("2007-02-02"), "US-CA")).toBe(false);
  });
  it("a birth year that straddles the line is unknown", () => {
    expect(isMissingChild(aged("2008"), "US-MI")).toBe("unknown");
  });
  it("'US' answers as 'federal' and 'US-NY' as 'ny', on every case", () => {
    for (const b of ["2003-01-01", "2004-02-02", "2004-02-03", "2008", "2015-05-05"]) {
      expect(isMissingChild(aged(b), "US")).toBe(isMissingChild(aged(b), "federal"));
      expect(isMissingChild(aged(b), "US-NY")).toBe(isMissingChild(aged(b), "ny"));
    }
  });
  it("every profile's age line is what isMissingChild applies, one day either side", () => {
    for (const j of JURISDICTIONS.filter((x) => x.id !== "US-NY")) {
      const below = j.missingChild.below;
      expect(isMissingChild(aged(`${2025 - below}-02-03`), j.id), j.id).toBe(true);
      expect(isMissingChild(aged(`${2025 - below}-02-02`), j.id), j.id).toBe(false);
    }
    expect(JURISDICTIONS.map((j) => j.id)).toEqual([...JURISDICTION_IDS]);
  });
  it("throws a TypeError naming the definition for an unknown one", () => {
    expect(() => isMissingChild(aged("2010-01-01"), "US-WY" as "US")).toThrow(/definition/);
  });
});

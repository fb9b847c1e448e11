import { describe, expect, it } from "vitest";
import { LINK_WEIGHTS } from "../../src/index.js";

describe("LINK_WEIGHTS", () => {
  it("has each weight = log2(m / u), to 0.01, with probabilities in (0, 1]", () => {
    for (const r of LINK_WEIGHTS) {
      expect(r.m).toBeGreaterThan(0);
      expect(r.m).toBeLessThanOrEqual(1);
      expect(r.u).toBeGreaterThan(0);
      expect(r.u).toBeLessThanOrEqual(1);
      expect(r.weight).toBe(Math.round(Math.log2(r.m / r.u) * 100) / 100);
    }
  });

  it("has one row a field and level, and levels that say nothing weigh 0", () => {
    const keys = LINK_WEIGHTS.map((r) => `${r.field}/${r.agreement}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of LINK_WEIGHTS.filter((x) => x.agreement === "unknown")) expect(r.weight).toBe(0);
    const zero = LINK_WEIGHTS.filter((r) => r.weight === 0).map((r) => `${r.field}/${r.agreement}`);
    expect(zero).toEqual([
      "givenName/unknown",
      "familyName/shared-by-relatives",
      "familyName/unknown",
      "middleName/unknown",
      "nameOrder/as-recorded",
      "sex/unknown",
      "race/unknown",
      "state/unknown",
      "childId/other-agency",
    ]);
  });

  it("marks as contradictions exactly the levels that say two people", () => {
    const contra = LINK_WEIGHTS.filter((r) => r.contradicts).map(
      (r) => `${r.field}/${r.agreement}`,
    );
    expect(contra).toEqual([
      "givenName/different",
      "birthDate/one-year-apart",
      "birthDate/years-apart",
      "sex/different",
    ]);
    for (const r of LINK_WEIGHTS.filter((x) => x.contradicts)) expect(r.weight).toBeLessThan(-5);
  });

  it("ranks agreement above disagreement within each field", () => {
    const w = (field: string, agreement: string) =>
      LINK_WEIGHTS.find((r) => r.field === field && r.agreement === agreement)?.weight as number;
    expect(w("givenName", "equal")).toBeGreaterThan(w("givenName", "equal-common"));
    expect(w("givenName", "equal-common")).toBeGreaterThan(w("givenName", "nickname"));
    expect(w("givenName", "nickname")).toBeGreaterThan(w("givenName", "typo"));
    expect(w("givenName", "typo")).toBeGreaterThan(w("givenName", "phonetic"));
    expect(w("familyName", "equal")).toBeGreaterThan(w("familyName", "equal-common"));
    expect(w("birthDate", "equal")).toBeGreaterThan(w("birthDate", "day-month-swapped"));
    expect(w("birthDate", "same-year")).toBeGreaterThan(w("birthDate", "years-apart"));
    expect(w("childId", "same-in-agency")).toBeGreaterThan(w("birthDate", "equal"));
  });
});

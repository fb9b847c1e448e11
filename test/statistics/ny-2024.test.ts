import { describe, expect, it } from "vitest";
import { annualStatistics, createAnnualAccumulator, parseCase } from "../../src/index.js";
import { NY_2024, ny2024Cases } from "./ny-2024.js";

describe("worked example: New York 2024 (docs/statistics.md)", () => {
  const cases = ny2024Cases();

  it("is made of valid case records", () => {
    const invalid = cases.filter((c) => !parseCase(c).ok).map((c) => c.id);
    expect(invalid).toEqual([]);
  });

  it("reproduces the published figures: 12,114 reported, 95 % runaways, 12,310 closed, 1,067 active", () => {
    const s = annualStatistics(cases, { year: 2024 });
    expect(s.year).toBe(2024);
    expect(s.reported).toBe(12_114);
    expect(s.reportedAsRunaway).toBe(NY_2024.runaways);
    expect(Math.round(s.runawayShare * 100)).toBe(95);
    expect(s.closed).toBe(12_310);
    expect(s.activeAtYearEnd).toBe(1_067);
    expect(s.byMonth.reduce((a, b) => a + b, 0)).toBe(12_114);
    expect(Object.values(s.byAgeAtReport).reduce((a, b) => a + b, 0)).toBe(12_114);
    expect(Object.values(s.byReportedAs).reduce((a, b) => a + b, 0)).toBe(12_114);
    expect(s.byReportedAs.runaway).toBe(11_508);
    // The 23:30 report of 31 December (04:30 UTC on 1 January) is December's.
    expect(s.byMonth[11]).toBeGreaterThan(0);
  });

  it("gives the same figures through the accumulator, one case at a time", () => {
    const acc = createAnnualAccumulator({ year: 2024 });
    for (const c of cases) acc.add(c);
    expect(acc.result()).toEqual(annualStatistics(cases, { year: 2024 }));
  });

  it("counts the 2025 report at 00:30 on 1 January in 2025, not 2024", () => {
    const s = annualStatistics(cases, { year: 2025 });
    expect(s.reported).toBe(50);
    // Cleared in January 2025: the 200 cases of the example that were open at the end of 2024.
    expect(s.closed).toBe(200);
  });
});

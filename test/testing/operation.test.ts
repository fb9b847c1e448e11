import { describe, expect, it } from "vitest";
import { parseAgency, parseCase, parseOperation } from "../../src/index.js";
import { syntheticOperation } from "../../src/testing/index.js";

describe("syntheticOperation", () => {
  const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });

  it("makes a valid operation, cases and agencies", () => {
    expect(parseOperation(operation).ok).toBe(true);
    for (const c of cases) expect(parseCase(c).ok).toBe(true);
    for (const a of agencies) expect(parseAgency(a).ok).toBe(true);
    expect(cases.map((c) => c.id)).toEqual(operation.caseIds);
    expect(new Set(agencies.map((a) => a.id))).toEqual(new Set(operation.participantAgencyIds));
    expect(operation.participantAgencyIds.length).toBeGreaterThan(60);
  });

  it("locates most cases in the window and some after, each locate naming the operation", () => {
    const start = Date.parse(operation.startsAt);
    const end = Date.parse(operation.endsAt);
    let during = 0;
    let after = 0;
    for (const c of cases) {
      const locate = c.events.find((e) => e.type === "locate");
      if (locate?.type !== "locate") continue;
      expect(locate.operationId).toBe(operation.id);
      const t = Date.parse(locate.at);
      if (t <= end) {
        expect(t).toBeGreaterThanOrEqual(start);
        during++;
      } else after++;
    }
    expect(during).toBeGreaterThan(50);
    expect(after).toBeGreaterThan(0);
    expect(during + after).toBeLessThan(cases.length);
  });

  it("includes one adult owned by a fourth department, and a two-year-old family abduction", () => {
    expect(cases[0]?.reportingAgencyId).toBe("colonie-pd");
    expect(cases[1]?.reportedAs).toBe("family-abduction");
    const owners = new Set(cases.slice(1).map((c) => c.reportingAgencyId));
    expect([...owners].sort()).toEqual(["albany-pd", "schenectady-pd", "troy-pd"]);
  });

  it("is deterministic for a seed", () => {
    expect(JSON.stringify(syntheticOperation({ seed: 2025 }))).toBe(
      JSON.stringify({ operation, cases, agencies }),
    );
  });

  it("checks its options", () => {
    expect(() => syntheticOperation({ seed: 1, cases: -2 })).toThrow(/options\.cases/);
    expect(() => syntheticOperation({ seed: 1, timeZone: "Nowhere/City" })).toThrow(RangeError);
  });
});

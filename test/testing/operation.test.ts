import { describe, expect, it } from "vitest";
import {
  ageAtFound,
  ageAtReport,
  classifyCase,
  episodeTypeOf,
  type MissingCase,
  parseAgency,
  parseCase,
  parseOperation,
  summarizeOperation,
} from "../../src/index.js";
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

describe("syntheticOperation reproduces the published Capital Region figures", () => {
  const ROMANCE = ["romance-recruitment", "controlling-older-partner", "online-enticement"];

  it.each([2025, 7])("seed %i: computed by summarizeOperation from the records", (seed) => {
    const { operation, cases, agencies } = syntheticOperation({ seed });
    const asOf = operation.endsAt;
    const s = summarizeOperation(operation, cases, agencies, { asOf, minorsOnly: true });
    // 3 days ending Thursday 13 March 2025 at 5 p.m.; more than 60 agencies of every kind.
    expect(operation.endsAt).toBe("2025-03-13T17:00:00-04:00");
    expect(s.days).toBe(3);
    expect(s.agencies.total).toBeGreaterThan(60);
    expect(s.agencies.byKind).toMatchObject({
      "law-enforcement": expect.any(Number),
      "child-welfare": expect.any(Number),
      nonprofit: expect.any(Number),
      "private-partner": expect.any(Number),
      clearinghouse: 1,
    });
    const police = agencies.filter((a) => a.kind === "law-enforcement");
    expect(new Set(police.map((a) => a.level))).toEqual(new Set(["local", "state", "federal"]));
    expect(agencies.find((a) => a.id === "ocfs")).toMatchObject({
      kind: "child-welfare",
      level: "state",
    });
    expect(agencies.find((a) => a.id === "ncptf")?.kind).toBe("nonprofit");
    // 64 children and teens, aged 2–17 when reported and 6–22 when found.
    expect(s.locatedMinors).toBe(64);
    expect(s.ageAtReport).toEqual({ min: 2, max: 17 });
    expect(s.ageAtFound).toEqual({ min: 6, max: 22 });
    expect(s.locatedByAgency).toEqual({
      "albany-pd": 47,
      "troy-pd": 11,
      "schenectady-pd": 6,
      "colonie-pd": 1,
    });
    // The adult is located too, but stays out of the children's ranges.
    expect(s.located).toBe(65);
    const all = summarizeOperation(operation, cases, agencies, { asOf });
    expect(all.ageAtReport).toEqual({ min: 2, max: 25 });
    // 69 children by 11 a.m. on 21 March.
    const later = summarizeOperation(operation, cases, agencies, {
      asOf: "2025-03-21T11:00:00-04:00",
      minorsOnly: true,
    });
    expect(later.locatedMinors).toBe(69);
    expect(later.locatedAfterWindow).toBe(5);
  });

  const { operation, cases } = syntheticOperation({ seed: 2025 });
  const locatedInWindow = cases.filter((c) =>
    c.events.some((e) => e.type === "locate" && e.at <= operation.endsAt),
  );

  it("the youngest, 2 when reported and 6 when found, is a family abduction by a parent", () => {
    const youngest = cases.filter((c) => ageAtReport(c) === 2);
    expect(youngest).toHaveLength(1);
    const c = youngest[0] as MissingCase;
    expect(ageAtFound(c)).toBe(6);
    expect(classifyCase(c).primary).toBe("family-abduction");
    expect(episodeTypeOf(c)).toBe("family-abduction");
    expect(c.facts).toMatchObject({ takenBy: "family-member", custodyViolation: true });
  });

  it("some children were reported years before; the adult is 25 and vulnerable", () => {
    const years = (c: MissingCase) =>
      (Date.parse(operation.startsAt) - Date.parse(c.reportedAt)) / (365.25 * 86_400_000);
    expect(locatedInWindow.filter((c) => years(c) > 3).length).toBeGreaterThanOrEqual(2);
    expect(locatedInWindow.filter((c) => years(c) > 1).length).toBeGreaterThanOrEqual(5);
    const adult = cases.filter((c) => (ageAtReport(c) ?? 0) >= 18);
    expect(adult).toHaveLength(1);
    expect(adult[0]).toMatchObject({ reportingAgencyId: "colonie-pd" });
    expect(ageAtReport(adult[0] as MissingCase)).toBe(25);
    expect(adult[0]?.child.disability).toBe(true);
  });

  it("mostly runaways, many from group homes, some with romance indicators", () => {
    const children = locatedInWindow.filter((c) => (ageAtReport(c) ?? 99) < 18);
    expect(children.filter((c) => c.reportedAs === "runaway")).toHaveLength(63);
    expect(children.filter((c) => c.missingFrom === "group-home").length).toBeGreaterThan(15);
    const romance = children.filter((c) => c.riskIndicators?.some((i) => ROMANCE.includes(i)));
    expect(romance.length).toBeGreaterThan(5);
    for (const c of cases) {
      const list = c.riskIndicators ?? [];
      expect([...new Set(list)].sort()).toEqual(list);
    }
  });

  it("with fewer cases, the first ones of the same plan", () => {
    const few = syntheticOperation({ seed: 2025, cases: 3 });
    expect(few.cases.map((c) => ageAtReport(c))).toEqual([25, 2, 17]);
    expect(syntheticOperation({ seed: 2025, cases: 0 }).cases).toEqual([]);
  });
});

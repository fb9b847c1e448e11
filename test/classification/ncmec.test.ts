import { describe, expect, it } from "vitest";
import { ncmecCaseType } from "../../src/index.js";
import { makeTestCase } from "./support.js";

const child = makeTestCase().child;
const noRisk = { facts: { physicalSafetyAtRisk: false }, riskIndicators: [] } as const;
const atRisk = { facts: { physicalSafetyAtRisk: true } } as const;

describe("ncmecCaseType (NC-1)", () => {
  it.each([
    [17, "lost-injured-otherwise-missing"],
    [18, null],
    [20, null],
    [21, null],
  ] as const)("aged %i, no elevated risk → %s", (age, type) => {
    expect(ncmecCaseType(makeTestCase({ age, ...noRisk }))).toBe(type);
  });

  it.each([
    [18, "critically-missing-young-adult"],
    [20, "critically-missing-young-adult"],
    [21, null],
  ] as const)("aged %i at elevated risk → %s", (age, type) => {
    expect(ncmecCaseType(makeTestCase({ age, ...atRisk }))).toBe(type);
  });

  it("is undetermined for a young adult whose risk is not known", () => {
    expect(ncmecCaseType(makeTestCase({ age: 19 }))).toBe("undetermined");
  });

  it("maps the episode type of a child under 18", () => {
    const runaway = { takenBy: "none", leftWithoutPermission: true, nightsAway: 1 } as const;
    expect(ncmecCaseType(makeTestCase({ age: 15, facts: runaway }))).toBe("endangered-runaway");
    expect(ncmecCaseType(makeTestCase({ age: 15, reportedAs: "thrownaway" }))).toBe(
      "endangered-runaway",
    );
    expect(ncmecCaseType(makeTestCase({ age: 15, reportedAs: "benign-explanation" }))).toBe(
      "lost-injured-otherwise-missing",
    );
  });

  it("gives the answer every possible age band agrees on, else undetermined", () => {
    // Born in 2007: 17 or 18 at report. Under 18 → lost/otherwise missing; 18 → null.
    const straddles18 = { ...child, birthDate: "2007" };
    expect(ncmecCaseType(makeTestCase({ child: straddles18, ...noRisk }))).toBe("undetermined");
    // Born in 2004: 20 or 21. Both bands give null without elevated risk …
    const straddles21 = { ...child, birthDate: "2004" };
    expect(ncmecCaseType(makeTestCase({ child: straddles21, ...noRisk }))).toBe(null);
    // … and disagree with it.
    expect(ncmecCaseType(makeTestCase({ child: straddles21, ...atRisk }))).toBe("undetermined");
  });
});

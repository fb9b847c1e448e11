import { describe, expect, it } from "vitest";
import { isMissingChild } from "../../src/index.js";
import { makeTestCase } from "./support.js";

describe("isMissingChild", () => {
  it.each([
    [17, true, true],
    [18, true, false],
    [20, true, false],
    [21, false, false],
  ] as const)("aged %i: federal %s, ncmec %s", (age, federal, ncmec) => {
    const c = makeTestCase({ age });
    expect(isMissingChild(c, "federal")).toBe(federal);
    expect(isMissingChild(c, "ncmec")).toBe(ncmec);
  });

  it("NY-1 (b): under 21, from care, with a recorded trafficking indicator", () => {
    const spec = {
      age: 20,
      missingFrom: "foster-care",
      riskIndicators: ["online-enticement"],
    } as const;
    expect(isMissingChild(makeTestCase(spec), "ny")).toBe(true);
    expect(isMissingChild(makeTestCase({ ...spec, age: 21 }), "ny")).toBe(false);
    expect(isMissingChild(makeTestCase({ ...spec, missingFrom: "home" }), "ny")).toBe(false);
    expect(isMissingChild(makeTestCase({ ...spec, riskIndicators: [] }), "ny")).toBe(false);
    // Endangerment indicators are not trafficking indicators.
    expect(isMissingChild(makeTestCase({ ...spec, riskIndicators: ["hard-drug-use"] }), "ny")).toBe(
      false,
    );
  });

  it("NY-1 (b) is unknown when placement or indicators are not known", () => {
    const spec = { age: 19, riskIndicators: ["branding"] } as const;
    expect(isMissingChild(makeTestCase(spec), "ny")).toBe("unknown");
    expect(isMissingChild(makeTestCase({ age: 19, missingFrom: "group-home" }), "ny")).toBe(
      "unknown",
    );
  });

  it("throws a TypeError naming definition", () => {
    expect(() => isMissingChild(makeTestCase(), "ca" as never)).toThrow(TypeError);
    expect(() => isMissingChild(makeTestCase(), "ca" as never)).toThrow(/definition/);
  });

  it("uses the age at report, not at last contact", () => {
    // Turns 18 on 14 June 2025, the day of the report; last contact the day before.
    const c = makeTestCase({ child: { ...makeTestCase().child, birthDate: "2007-06-14" } });
    expect(isMissingChild(c, "ncmec")).toBe(false);
  });

  it("takes the report's local date in the case's zone (a late-evening report)", () => {
    // 23:30 on 13 June in New York is 14 June in UTC: still 17 locally, so a child.
    const c = makeTestCase({
      child: { ...makeTestCase().child, birthDate: "2007-06-14" },
      reportedAt: "2025-06-14T03:30:00Z",
      lastContactAt: "2025-06-13T20:00:00-04:00",
    });
    expect(isMissingChild(c, "ncmec")).toBe(true);
  });
});

describe("isMissingChild with age options", () => {
  it("counts the age by the common-law rule when asked (AGE-3)", () => {
    // Born 15 June 2007; reported 14 June 2025: 17 by anniversary, 18 by common law.
    const c = makeTestCase({ child: { ...makeTestCase().child, birthDate: "2007-06-15" } });
    expect(isMissingChild(c, "ncmec")).toBe(true);
    expect(isMissingChild(c, "ncmec", { age: { rule: "common-law" } })).toBe(false);
  });
});

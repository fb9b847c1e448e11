import { describe, expect, it } from "vitest";
import { suggestNcicCategory } from "../../src/index.js";
import { makeTestCase } from "./support.js";

const child = makeTestCase().child;
const abducted = { takenBy: "stranger", forceOrThreat: true } as const;

describe("suggestNcicCategory (NCIC-2)", () => {
  it("prefers EMD, then EMI, EME, EMV, EMJ", () => {
    const all = { ...abducted, physicalSafetyAtRisk: true, catastrophe: true };
    const disabled = { ...child, disability: true };
    expect(suggestNcicCategory(makeTestCase({ child: disabled, facts: all })).category).toBe("EMD");
    expect(suggestNcicCategory(makeTestCase({ facts: all })).category).toBe("EMI");
    const noAbduction = { ...all, takenBy: "none" } as const;
    expect(
      suggestNcicCategory(makeTestCase({ facts: noAbduction, reportedAs: "runaway" })).category,
    ).toBe("EME");
    const calm = { catastrophe: true, physicalSafetyAtRisk: false, takenBy: "none" } as const;
    expect(
      suggestNcicCategory(makeTestCase({ facts: calm, reportedAs: "lost-injured" })).category,
    ).toBe("EMV");
  });

  it("counts an unknown disability as not established and says so", () => {
    const { disability: _d, ...noDisability } = child;
    const r = suggestNcicCategory(
      makeTestCase({ child: { ...noDisability, birthDate: "1995-01-01" }, facts: {} }),
    );
    expect(r.category).toBe("EMO");
    expect(r.reasons[0]).toBe("not EMD (NCIC-4): child.disability is unknown, so not established");
    expect(r.reasons).toContain(
      "not EMI (NCIC-4): episodeTypeOf ∈ {nonfamily-abduction, family-abduction} is unknown, so not established",
    );
  });

  it.each([
    [20, "EMJ"],
    [21, "EMO"],
  ] as const)("aged %i at report with nothing else → %s", (age, category) => {
    const facts = { physicalSafetyAtRisk: false, catastrophe: false, takenBy: "none" } as const;
    const c = makeTestCase({ age, facts, reportedAs: "runaway" });
    expect(suggestNcicCategory(c).category).toBe(category);
  });

  it("never puts a fact's value or the child's name in a reason", () => {
    const r = suggestNcicCategory(makeTestCase({ age: 15 }));
    for (const reason of r.reasons) {
      expect(reason).not.toContain(child.name.given);
      expect(reason).not.toContain(child.birthDate);
      expect(reason).not.toMatch(/\b15\b/);
    }
  });
});

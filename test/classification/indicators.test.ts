import { describe, expect, it } from "vitest";
import { endangermentIndicators, traffickingRiskFlags } from "../../src/index.js";
import { makeTestCase } from "./support.js";

describe("endangermentIndicators (END-1)", () => {
  it("adds age-13-or-younger at 13, not at 14 (age at last contact)", () => {
    expect(endangermentIndicators(makeTestCase({ age: 13 }))).toEqual(["age-13-or-younger"]);
    expect(endangermentIndicators(makeTestCase({ age: 14 }))).toEqual([]);
    // 14 on the report date (14 June), 13 at last contact (13 June).
    const c = makeTestCase({ child: { ...makeTestCase().child, birthDate: "2011-06-14" } });
    expect(endangermentIndicators(c)).toEqual(["age-13-or-younger"]);
  });

  it("keeps the recorded endangerment indicators in list order, without trafficking flags", () => {
    const c = makeTestCase({
      age: 12,
      riskIndicators: ["survival-sex", "romance-recruitment", "hard-drug-use"],
    });
    expect(endangermentIndicators(c)).toEqual([
      "hard-drug-use",
      "age-13-or-younger",
      "survival-sex",
    ]);
  });

  it("lets the age overrule a recorded age flag, and keeps it when the age is open", () => {
    const recorded = { riskIndicators: ["age-13-or-younger"] } as const;
    expect(endangermentIndicators(makeTestCase({ age: 16, ...recorded }))).toEqual([]);
    const open = { ...makeTestCase().child, birthDate: "2011" }; // 13 or 14
    expect(endangermentIndicators(makeTestCase({ child: open }))).toEqual([]);
    expect(endangermentIndicators(makeTestCase({ child: open, ...recorded }))).toEqual([
      "age-13-or-younger",
    ]);
  });
});

describe("traffickingRiskFlags (TRF-*)", () => {
  it("adds repeat-missing at 3 episodes counting this one, not at 2", () => {
    expect(traffickingRiskFlags(makeTestCase({ priorEpisodes: 1 }))).toEqual([]);
    expect(traffickingRiskFlags(makeTestCase({ priorEpisodes: 2 }))).toEqual(["repeat-missing"]);
  });

  it.each(["foster-care", "group-home", "residential-facility"] as const)(
    "adds ran-from-care when missing from %s",
    (missingFrom) => {
      expect(traffickingRiskFlags(makeTestCase({ missingFrom }))).toEqual(["ran-from-care"]);
    },
  );

  it("does not add ran-from-care from home or other", () => {
    expect(traffickingRiskFlags(makeTestCase({ missingFrom: "home" }))).toEqual([]);
    expect(traffickingRiskFlags(makeTestCase({ missingFrom: "other" }))).toEqual([]);
  });

  it("keeps romance recruitment and the other recorded red flags, never endangerment ones", () => {
    const c = makeTestCase({
      age: 16,
      missingFrom: "group-home",
      priorEpisodes: 5,
      riskIndicators: [
        "hotel-keys",
        "romance-recruitment",
        "hard-drug-use",
        "controlling-older-partner",
      ],
    });
    expect(traffickingRiskFlags(c)).toEqual([
      "repeat-missing",
      "ran-from-care",
      "romance-recruitment",
      "controlling-older-partner",
      "hotel-keys",
    ]);
  });

  it("keeps recorded derived flags as observations", () => {
    const c = makeTestCase({ priorEpisodes: 0, riskIndicators: ["repeat-missing"] });
    expect(traffickingRiskFlags(c)).toEqual(["repeat-missing"]);
  });

  it("returns no duplicates", () => {
    const c = makeTestCase({
      priorEpisodes: 3,
      riskIndicators: ["repeat-missing", "no-id", "no-id"],
    });
    expect(traffickingRiskFlags(c)).toEqual(["repeat-missing", "no-id"]);
  });
});

import { describe, expect, it } from "vitest";
import { INDICATOR_RULES } from "../../src/classification/indicator-rules.js";
import {
  ENDANGERMENT_INDICATORS,
  RISK_INDICATORS,
  TRAFFICKING_INDICATORS,
} from "../../src/index.js";
import { ruleById } from "../../src/rules/index.js";

describe("indicator rules", () => {
  it("cover exactly the model's indicators, in its order", () => {
    expect(Object.keys(INDICATOR_RULES)).toEqual([...RISK_INDICATORS]);
    const prefixes = (list: readonly (keyof typeof INDICATOR_RULES)[]) =>
      new Set(list.map((i) => INDICATOR_RULES[i].split("-")[0]));
    expect(prefixes(ENDANGERMENT_INDICATORS)).toEqual(new Set(["END"]));
    expect(prefixes(TRAFFICKING_INDICATORS)).toEqual(new Set(["TRF"]));
  });

  it("mark the endangerment items 6–16 as unverified: 6–9 secondary, 10–16 provisional", () => {
    const status = (i: keyof typeof INDICATOR_RULES) => ruleById(INDICATOR_RULES[i])?.status;
    const unverified = ENDANGERMENT_INDICATORS.filter((i) => status(i) === "unverified");
    expect(unverified).toEqual(ENDANGERMENT_INDICATORS.slice(5));
    expect(ENDANGERMENT_INDICATORS.slice(9).map((i) => INDICATOR_RULES[i])).toEqual(
      Array(7).fill("END-3"),
    );
  });

  it("name a rule of the rule book for every indicator", () => {
    for (const id of Object.values(INDICATOR_RULES)) expect(ruleById(id)).toBeDefined();
  });
});

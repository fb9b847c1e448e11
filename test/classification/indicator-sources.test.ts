import { describe, expect, it } from "vitest";
import { INDICATOR_SOURCES } from "../../src/classification/indicator-sources.js";
import {
  ENDANGERMENT_INDICATORS,
  RISK_INDICATORS,
  TRAFFICKING_INDICATORS,
} from "../../src/index.js";

describe("indicator sources", () => {
  it("cover exactly the model's indicators, in its order", () => {
    expect(Object.keys(INDICATOR_SOURCES)).toEqual([...RISK_INDICATORS]);
    const ids = (list: readonly (keyof typeof INDICATOR_SOURCES)[]) =>
      new Set(list.map((i) => INDICATOR_SOURCES[i].ruleId.slice(0, 3)));
    expect(ids(ENDANGERMENT_INDICATORS)).toEqual(new Set(["END"]));
    expect(ids(TRAFFICKING_INDICATORS)).toEqual(new Set(["TRF"]));
  });

  it("mark END-1 items 10–16 as unverified", () => {
    const unverified = ENDANGERMENT_INDICATORS.filter((i) => INDICATOR_SOURCES[i].tag === "U");
    expect(unverified).toEqual(ENDANGERMENT_INDICATORS.slice(9));
    expect(unverified).toHaveLength(7);
  });

  it("cite an https source for every indicator", () => {
    for (const s of Object.values(INDICATOR_SOURCES)) expect(s.source).toMatch(/^https:\/\//);
  });
});

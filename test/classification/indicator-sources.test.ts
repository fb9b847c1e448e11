import { describe, expect, it } from "vitest";
import {
  ENDANGERMENT_LIST,
  INDICATOR_SOURCES,
  TRAFFICKING_LIST,
} from "../../src/classification/indicator-sources.js";
import {
  ENDANGERMENT_INDICATORS,
  RISK_INDICATORS,
  TRAFFICKING_INDICATORS,
} from "../../src/index.js";

describe("indicator sources", () => {
  it("cover exactly the model's indicators, in its order", () => {
    expect(Object.keys(INDICATOR_SOURCES)).toEqual([...RISK_INDICATORS]);
    expect(ENDANGERMENT_LIST).toEqual([...ENDANGERMENT_INDICATORS]);
    expect(TRAFFICKING_LIST).toEqual([...TRAFFICKING_INDICATORS]);
  });

  it("mark END-1 items 10–16 as unverified", () => {
    const unverified = ENDANGERMENT_LIST.filter((i) => INDICATOR_SOURCES[i].tag === "U");
    expect(unverified).toEqual(ENDANGERMENT_INDICATORS.slice(9));
    expect(unverified).toHaveLength(7);
  });

  it("cite an https source for every indicator", () => {
    for (const s of Object.values(INDICATOR_SOURCES)) expect(s.source).toMatch(/^https:\/\//);
  });
});

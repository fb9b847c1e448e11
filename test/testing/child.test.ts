import { describe, expect, it } from "vitest";
import { parseChild } from "../../src/index.js";
import { birthDateForAge, makeChild } from "../../src/testing/child.js";
import { createRng } from "../../src/testing/random.js";

/** Completed years between two packed dates (anniversary rule, Feb 29 → Mar 1). */
function age(born: number, on: number): number {
  return Math.floor(on / 10000) - Math.floor(born / 10000) - (on % 10000 < born % 10000 ? 1 : 0);
}

describe("makeChild", () => {
  it("makes valid children with every NCIC descriptor, over many seeds", () => {
    for (let seed = 0; seed < 300; seed++) {
      const child = makeChild({}, { seed });
      expect(parseChild(child).ok).toBe(true);
      for (const k of ["heightCm", "weightKg", "eyeColor", "hairColor", "race"] as const) {
        expect(child[k]).toBeDefined();
      }
    }
  });
  it("is deterministic for a seed, with seed 1 by default", () => {
    expect(makeChild({}, { seed: 5 })).toEqual(makeChild({}, { seed: 5 }));
    expect(makeChild()).toEqual(makeChild({}, { seed: 1 }));
    expect(makeChild({}, { seed: 5 })).not.toEqual(makeChild({}, { seed: 6 }));
  });
  it("applies overrides and leaves frozen overrides untouched", () => {
    const overrides = Object.freeze({ birthDate: "2008-02-29", sex: "X" as const });
    const child = makeChild(overrides, { seed: 2 });
    expect(child.birthDate).toBe("2008-02-29");
    expect(child.sex).toBe("X");
    expect(parseChild(child).ok).toBe(true);
  });
});

describe("birthDateForAge", () => {
  it("gives exactly the age asked on the day, leap days included", () => {
    const rng = createRng(11);
    for (const on of [20240229, 20250228, 20250301, 20241231, 20250101]) {
      for (let a = 0; a <= 25; a++) {
        for (let i = 0; i < 20; i++) expect(age(birthDateForAge(rng, on, a), on)).toBe(a);
      }
    }
  });
});

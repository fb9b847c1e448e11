import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { osaDistance, withinOneEdit } from "../../src/linking/distance.js";

describe("withinOneEdit", () => {
  it("says what osaDistance says of a bound of one edit", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(osaDistance(a, b, 1) <= 1);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads one substitution, one swap, one letter more or less", () => {
    expect(withinOneEdit("jasmine", "jasmien")).toBe(true);
    expect(withinOneEdit("smith", "smyth")).toBe(true);
    expect(withinOneEdit("smith", "smiths")).toBe(true);
    expect(withinOneEdit("smith", "smythe")).toBe(false);
    expect(withinOneEdit("abcd", "badc")).toBe(false);
  });
});

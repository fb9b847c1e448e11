import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Tri, triAnd, triNot, triOf, triOr } from "../../src/index.js";

const U = "unknown" as const;
const tri = fc.constantFrom<Tri>(true, false, U);

describe("Kleene helpers", () => {
  it("AND: false wins, then unknown", () => {
    expect(triAnd()).toBe(true);
    expect(triAnd(true, true)).toBe(true);
    expect(triAnd(true, U)).toBe(U);
    expect(triAnd(U, false)).toBe(false);
  });

  it("OR: true wins, then unknown", () => {
    expect(triOr()).toBe(false);
    expect(triOr(false, false)).toBe(false);
    expect(triOr(false, U)).toBe(U);
    expect(triOr(U, true)).toBe(true);
  });

  it("NOT keeps unknown", () => {
    expect(triNot(true)).toBe(false);
    expect(triNot(false)).toBe(true);
    expect(triNot(U)).toBe(U);
  });

  it("triOf: absent is unknown, present is tested", () => {
    expect(triOf<number>(undefined, (n) => n > 1)).toBe(U);
    expect(triOf(2, (n) => n > 1)).toBe(true);
    expect(triOf(0, (n) => n > 1)).toBe(false);
  });

  it("De Morgan holds and results agree with two-valued logic on booleans", () => {
    fc.assert(
      fc.property(tri, tri, (a, b) => {
        expect(triNot(triAnd(a, b))).toBe(triOr(triNot(a), triNot(b)));
        if (a !== U && b !== U) {
          expect(triAnd(a, b)).toBe(a && b);
          expect(triOr(a, b)).toBe(a || b);
        }
      }),
    );
  });

  it("is monotone: deciding an unknown operand never flips a decided result", () => {
    fc.assert(
      fc.property(fc.array(tri, { maxLength: 5 }), fc.boolean(), fc.nat(), (xs, v, i) => {
        const known = xs.map((x, j) => (x === U && j === i % Math.max(1, xs.length) ? v : x));
        for (const op of [triAnd, triOr]) {
          const before = op(...xs);
          if (before !== U) expect(op(...known)).toBe(before);
        }
      }),
    );
  });
});

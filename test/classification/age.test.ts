import { describe, expect, it } from "vitest";
import { ageAtLeast, ageAtMost, ageBelow } from "../../src/index.js";

describe("age threshold tests (AGE-5)", () => {
  it("compares exact ages on both sides of a limit", () => {
    expect(ageBelow(17, 18)).toBe(true);
    expect(ageBelow(18, 18)).toBe(false);
    expect(ageAtMost(14, 14)).toBe(true);
    expect(ageAtMost(15, 14)).toBe(false);
    expect(ageAtLeast(15, 15)).toBe(true);
    expect(ageAtLeast(14, 15)).toBe(false);
  });

  it("is unknown when a range straddles the limit or the age is not known", () => {
    expect(ageBelow({ min: 17, max: 18 }, 18)).toBe("unknown");
    expect(ageBelow({ min: 16, max: 17 }, 18)).toBe(true);
    expect(ageBelow({ min: 18, max: 19 }, 18)).toBe(false);
    expect(ageAtLeast({ min: 14, max: 15 }, 15)).toBe("unknown");
    expect(ageAtMost(undefined, 13)).toBe("unknown");
  });
});

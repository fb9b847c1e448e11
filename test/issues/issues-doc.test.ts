/**
 * The issue codes and their descriptions, which `docs/issues.md` is generated from (its
 * freshness is checked in test/scripts/docs.test.ts).
 */
import { describe, expect, it } from "vitest";
import { INPUT_MESSAGES, ISSUE_MESSAGES, TRANSITION_MESSAGES } from "../../src/issues/codes.js";
import {
  INPUT_DESCRIPTIONS,
  ISSUE_DESCRIPTIONS,
  TRANSITION_DESCRIPTIONS,
} from "../../src/issues/descriptions.js";

describe("docs/issues.md", () => {
  it("describes every code, and nothing else", () => {
    expect(Object.keys(ISSUE_DESCRIPTIONS).sort()).toEqual(Object.keys(ISSUE_MESSAGES).sort());
    expect(Object.keys(TRANSITION_DESCRIPTIONS).sort()).toEqual(
      Object.keys(TRANSITION_MESSAGES).sort(),
    );
    expect(Object.keys(INPUT_DESCRIPTIONS).sort()).toEqual(Object.keys(INPUT_MESSAGES).sort());
  });

  it("every code is kebab/kebab", () => {
    for (const code of [
      ...Object.keys(ISSUE_MESSAGES),
      ...Object.keys(TRANSITION_MESSAGES),
      ...Object.keys(INPUT_MESSAGES),
    ]) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/);
    }
  });
});

/**
 * The limits table of the models, which `docs/limits.md` is generated from (its freshness is
 * checked in test/scripts/docs.test.ts). The limits themselves are tested at their bounds in
 * `test/reliability/size.test.ts`.
 */
import { describe, expect, it } from "vitest";
import { ISSUE_MESSAGES } from "../../src/issues/codes.js";
import { LIMITS, LIMITS_TABLE } from "../../src/models/limits.js";

describe("the limits table", () => {
  it("has a row per limit, each with a known code", () => {
    for (const row of LIMITS_TABLE) expect(Object.hasOwn(ISSUE_MESSAGES, row.code)).toBe(true);
    expect(LIMITS.minYear).toBeLessThan(LIMITS.maxYear);
  });
});

/**
 * Precision and recall of linkCases on a synthetic year with ground truth (the full report over
 * several seeds of 20,000 reports is bench/linking-accuracy.mjs).
 */
import { describe, expect, it } from "vitest";
import { linkCases } from "../../src/index.js";
import { syntheticPeople, syntheticYear } from "../../src/testing/index.js";

const pairs = (k: number) => (k * (k - 1)) / 2;

describe("linkCases on a synthetic year", () => {
  it("reaches pairwise precision ≥ 0.99 and recall ≥ 0.95 at the default threshold", () => {
    const options = { year: 2024, reports: 5000, seed: 31, repeatShare: 0.3 };
    const cases = [...syntheticYear(options)];
    const people = syntheticPeople(options);
    const personOf = new Map(people.flatMap((p) => p.caseIds.map((id) => [id, p.id] as const)));
    let predicted = 0;
    let correct = 0;
    for (const child of linkCases(cases).children) {
      predicted += pairs(child.caseIds.length);
      const counts = new Map<string | undefined, number>();
      for (const id of child.caseIds)
        counts.set(personOf.get(id), (counts.get(personOf.get(id)) ?? 0) + 1);
      for (const n of counts.values()) correct += pairs(n);
    }
    const truePairs = people.reduce((n, p) => n + pairs(p.caseIds.length), 0);
    expect(truePairs).toBeGreaterThan(1000);
    expect(correct / predicted).toBeGreaterThanOrEqual(0.99);
    expect(correct / truePairs).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng, deriveSeed } from "../../src/testing/random.js";

describe("createRng (mulberry32)", () => {
  // Values from the canonical mulberry32 (Tommy Ettinger's JavaScript), run on Node 20.
  it("gives the reference mulberry32 sequence for seed 1", () => {
    const rng = createRng(1);
    const first = [rng.next(), rng.next(), rng.next()].map((x) => Math.floor(x * 2 ** 32));
    expect(first).toEqual([2693262067, 11749833, 2265367787]);
  });
  it("repeats for a seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
  });
  it("keeps int within its bounds, both reachable", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(20),
        (seed, min, span) => {
          const rng = createRng(seed);
          const seen = new Set<number>();
          for (let i = 0; i < 400; i++) {
            const v = rng.int(min, min + span);
            expect(v).toBeGreaterThanOrEqual(min);
            expect(v).toBeLessThanOrEqual(min + span);
            seen.add(v);
          }
          expect(seen.has(min) && seen.has(min + span)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
  it("draws next in [0, 1)", () => {
    const rng = createRng(7);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
  it("honours weights and never picks a zero-share item more than by chance", () => {
    const rng = createRng(3);
    let a = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        rng.weighted([
          ["a", 9],
          ["b", 1],
        ] as const) === "a"
      )
        a++;
    expect(a / 10_000).toBeGreaterThan(0.87);
    expect(a / 10_000).toBeLessThan(0.93);
  });
  it("derives distinct, stable seeds", () => {
    expect(deriveSeed(1, 1)).toBe(deriveSeed(1, 1));
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(i, 2)));
    expect(seeds.size).toBe(1000);
  });
});

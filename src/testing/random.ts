/**
 * A seeded pseudo-random generator of the testing kit (mulberry32). It uses only 32-bit
 * integer arithmetic (`Math.imul`, shifts), so a seed gives the same sequence on every
 * platform and engine; `Math.random` and the clock are never read.
 * @module
 */

/** A seeded source of pseudo-random numbers. @internal */
export type Rng = {
  /** A float in [0, 1): 32 random bits divided by 2^32 (exact in a double). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item of a non-empty weighted list (`[item, weight]`, weights > 0). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
};

const TWO_32 = 4_294_967_296;

/**
 * A mulberry32 generator for `seed` (any number; its low 32 bits are used).
 *
 * Mulberry32 (Tommy Ettinger, public domain) passes gjrand and PractRand to 2^32 outputs,
 * which is ample for synthetic data, and it is four integer operations per draw.
 *
 * @example
 * ```ts
 * const rng = createRng(7);
 * rng.int(1, 6); // the same die roll on every machine for seed 7
 * ```
 * @internal
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_32;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number],
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return (items[items.length - 1] as (typeof items)[number])[0];
    },
  };
}

/**
 * A seed derived from a parent seed and a salt, so that parts of a record (the child, the
 * history) each get an independent stream and overriding one part leaves the others as they
 * were. Integer hashing only (murmur3 finaliser).
 * @internal
 */
export function deriveSeed(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

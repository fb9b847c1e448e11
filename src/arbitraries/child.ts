/**
 * Arbitraries of children.
 * @module
 */
import * as fc from "fast-check";
import type { Child } from "../models/child.js";
import {
  NCIC_EYE_COLORS,
  NCIC_HAIR_COLORS,
  NCIC_RACE_CODES,
  NCIC_SEX_CODES,
} from "../models/codes.js";
import { localDateBefore, merged, optional, text } from "./common.js";

/** Options of {@link childArbitrary}. */
export type ChildArbitraryOptions = {
  /** Birth dates fall on or before this instant's local date in `timeZone` (default: 2025-12-31). */
  readonly bornBy?: { readonly ms: number; readonly timeZone: string };
  /** Oldest age in years (default 25: operations locate young adults too). */
  readonly maxAge?: number;
};

/** A full, month-only or year-only birth date (AGE-5), on or before `bornBy`. */
function birthDate(bornBy: { ms: number; timeZone: string }, maxAge: number) {
  return fc
    .tuple(
      fc.integer({ min: 0, max: maxAge * 366 }),
      fc.constantFrom("day", "day", "day", "month", "year"),
    )
    .map(([days, precision]) => {
      const full = localDateBefore(bornBy.ms, bornBy.timeZone, days);
      return precision === "day"
        ? full
        : precision === "month"
          ? full.slice(0, 7)
          : full.slice(0, 4);
    });
}

/**
 * Valid children: every field drawn, optional ones present or absent, birth dates full or
 * partial (and Feb 29 among them), any sex, race, height, weight, eye and hair code.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { childArbitrary } from "missing-child-cases/arbitraries";
 * fc.assert(fc.property(childArbitrary(), (child) => parseChild(child).ok));
 * ```
 */
export function childArbitrary(options: ChildArbitraryOptions = {}): fc.Arbitrary<Child> {
  const bornBy = options.bornBy ?? { ms: Date.UTC(2025, 11, 31, 12), timeZone: "UTC" };
  return merged(
    fc.record({
      id: fc.integer({ min: 1, max: 1e9 }).map((n) => `p-${n}`),
      name: merged(fc.record({ given: text(), family: text() }), optional("middle", text())),
      birthDate: birthDate(bornBy, options.maxAge ?? 25),
      sex: fc.constantFrom(...NCIC_SEX_CODES),
    }),
    optional("aliases", fc.array(text(), { minLength: 1, maxLength: 2 })),
    optional("race", fc.subarray([...NCIC_RACE_CODES], { minLength: 1 })),
    optional("heightCm", fc.integer({ min: 45, max: 210 })),
    optional("weightKg", fc.integer({ min: 3, max: 160 })),
    optional("eyeColor", fc.constantFrom(...NCIC_EYE_COLORS)),
    optional("hairColor", fc.constantFrom(...NCIC_HAIR_COLORS)),
    optional("disability", fc.boolean()),
  ) as fc.Arbitrary<Child>;
}

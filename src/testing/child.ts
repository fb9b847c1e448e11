/**
 * Synthetic children.
 * @module
 */
import type { Child } from "../models/child.js";
import { formatPacked, type PackedDate } from "../time/packed-date.js";
import { addDays } from "./clock.js";
import { createRng, deriveSeed, type Rng } from "./random.js";
import { EYE_COLORS, FAMILY_NAMES, GIVEN_NAMES, HAIR_COLORS } from "./vocabulary.js";

/** Options of every factory: the seed (default 1). Same seed, same record. */
export type FactoryOptions = {
  /** Seed of the record (any number; its low 32 bits are used). Default 1. */
  readonly seed?: number;
};

/**
 * A birth date at which a child is exactly `age` (completed years) on `on`: a day of the
 * year ending on `on`, one to 365 days after the date `age + 1` years before it.
 * @internal
 */
export function birthDateForAge(rng: Rng, on: PackedDate, age: number): PackedDate {
  return addDays(on - (age + 1) * 10000, rng.int(1, 365));
}

/** Typical height (cm) and weight (kg) for an age, with spread. */
function body(rng: Rng, age: number): { heightCm: number; weightKg: number } {
  const grown = Math.min(age, 17);
  const heightCm = Math.round(85 + grown * 5.2 + rng.int(-8, 8));
  const weightKg = Math.round(12 + grown * 3.1 + rng.int(-5, 9));
  return { heightCm, weightKg };
}

/**
 * A child with every NCIC descriptor present, born on `birthDate`, aged `age` at intake
 * (for height and weight). Most fields come from `rng`.
 * @internal
 */
export function randomChild(rng: Rng, id: string, birthDate: string, age: number): Child {
  const sex = rng.chance(0.52) ? "F" : "M";
  const child: Child = {
    id,
    name: { given: rng.pick(GIVEN_NAMES), family: rng.pick(FAMILY_NAMES) },
    birthDate,
    sex,
    race: [
      rng.weighted([
        ["W", 45],
        ["B", 35],
        ["A", 6],
        ["I", 2],
        ["U", 12],
      ] as const),
    ],
    ...body(rng, age),
    eyeColor: rng.weighted(EYE_COLORS),
    hairColor: rng.weighted(HAIR_COLORS),
    ...(rng.chance(0.04) ? { disability: true } : {}),
    ...(rng.chance(0.1) ? { marks: ["scar on left forearm"] } : {}),
  };
  return child;
}

/**
 * A valid child record, deterministic for its seed. Every NCIC descriptor of 34 U.S.C.
 * 41308(3) is present (FED-3): name, birth date, sex, race, height, weight,
 * eye and hair colour. `overrides` replace fields as given.
 *
 * @example
 * ```ts
 * import { makeChild } from "missing-child-cases/testing";
 * const child = makeChild({ birthDate: "2008-02-29" }, { seed: 42 });
 * parseChild(child).ok; // true
 * ```
 */
export function makeChild(overrides: Partial<Child> = {}, options: FactoryOptions = {}): Child {
  const seed = options.seed ?? 1;
  const rng = createRng(deriveSeed(seed, 1));
  const age = rng.int(2, 17);
  // A fixed reference date keeps the factory pure: no clock, the same child for a seed.
  const birthDate = formatPacked(birthDateForAge(rng, 20250101, age));
  return { ...randomChild(rng, `child-${seed}`, birthDate, age), ...overrides };
}

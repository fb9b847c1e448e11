/**
 * Ages as the classification rules see them: exact, a range (partial birth date, AGE-5) or
 * not known.
 * @module
 */
import type { AgeRange } from "../age/index.js";
import type { Tri } from "./tri.js";

/**
 * An age in completed years: a number, a `{ min, max }` range when the birth date is only
 * partly known (AGE-5), or `undefined` when not known.
 *
 * @example
 * ```ts
 * classifyEpisode(facts, { age: 15 });
 * classifyEpisode(facts, { age: { min: 14, max: 15 } }); // birth year only
 * classifyEpisode(facts, { age: undefined }); // age thresholds are "unknown"
 * ```
 */
export type Age = number | { readonly min: number; readonly max: number } | undefined;

/**
 * Whether an age is below `limit` (AGE-5, a choice of this library): a range is `'unknown'`
 * when it straddles the limit, and so is an absent age.
 *
 * @example
 * ```ts
 * ageBelow(17, 18); // true
 * ageBelow({ min: 17, max: 18 }, 18); // "unknown"
 * ageBelow(undefined, 18); // "unknown"
 * ```
 */
export function ageBelow(age: Age, limit: number): Tri {
  if (age === undefined) return "unknown";
  if (typeof age === "number") return age < limit;
  if (age.max < limit) return true;
  return age.min >= limit ? false : "unknown";
}

/**
 * Whether an age (whole years) is at most `limit`: `ageBelow(age, limit + 1)`.
 *
 * @example
 * ```ts
 * ageAtMost(14, 14); // true
 * ageAtMost(15, 14); // false
 * ```
 */
export function ageAtMost(age: Age, limit: number): Tri {
  return ageBelow(age, limit + 1);
}

/**
 * Whether an age is at least `limit`: the negation of `ageBelow`.
 *
 * @example
 * ```ts
 * ageAtLeast(15, 15); // true
 * ageAtLeast({ min: 14, max: 15 }, 15); // "unknown"
 * ```
 */
export function ageAtLeast(age: Age, limit: number): Tri {
  const below = ageBelow(age, limit);
  return below === "unknown" ? below : !below;
}

/**
 * An {@link Age} from an age range: the number when the range is one age, else the range.
 * @internal
 */
export function ageFromRange(range: AgeRange): Age {
  return range.min === range.max ? range.min : range;
}

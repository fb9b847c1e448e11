/**
 * Where a child lives in state care: the one reading of "missing from care" shared by the
 * rules that depend on it.
 * @module
 */
import type { MISSING_FROM } from "../models/lists.js";

/**
 * The `missingFrom` values that count as state care: a foster home, a group home or a
 * residential facility. Read this way by TRF-7 (ran from care), NY-1 (b) (missing from the
 * care of a social-services agency), FED-6 (a foster family home or childcare institution)
 * and FED-7 (a child in the care of the child-welfare agency).
 * @internal
 */
export const CARE_PLACEMENTS: readonly (typeof MISSING_FROM)[number][] = Object.freeze([
  "foster-care",
  "group-home",
  "residential-facility",
]);

/**
 * Whether `missingFrom` is a care placement ({@link CARE_PLACEMENTS}).
 * @example
 * ```ts
 * isCarePlacement("group-home"); // true
 * isCarePlacement("home");       // false
 * ```
 * @internal
 */
export function isCarePlacement(missingFrom: string): boolean {
  return (CARE_PLACEMENTS as readonly string[]).includes(missingFrom);
}

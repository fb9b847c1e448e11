/**
 * The jurisdictions the library has a profile for: the federal baseline and ten states.
 * @module
 */

/**
 * Every jurisdiction with a profile: `'US'` (the federal baseline, which applies to every
 * case) and the ten largest states by population, as ISO 3166-2 codes.
 *
 * @example
 * ```ts
 * JURISDICTION_IDS.includes("US-CA"); // true
 * ```
 */
export const JURISDICTION_IDS = [
  "US",
  "US-NY",
  "US-CA",
  "US-TX",
  "US-FL",
  "US-PA",
  "US-IL",
  "US-OH",
  "US-GA",
  "US-NC",
  "US-MI",
] as const;

/**
 * A jurisdiction with a profile.
 *
 * @example
 * ```ts
 * const id: JurisdictionId = "US-NY";
 * ```
 */
export type JurisdictionId = (typeof JURISDICTION_IDS)[number];

const IDS: ReadonlySet<string> = new Set(JURISDICTION_IDS);

/**
 * Whether `id` names a jurisdiction with a profile.
 *
 * @example
 * ```ts
 * isJurisdictionId("US-TX"); // true
 * isJurisdictionId("US-WY"); // false: no profile, the federal baseline applies
 * ```
 */
export function isJurisdictionId(id: unknown): id is JurisdictionId {
  return typeof id === "string" && IDS.has(id);
}

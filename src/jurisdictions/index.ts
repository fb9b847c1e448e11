/**
 * Jurisdiction profiles: the federal baseline and ten states, as data (who is a missing
 * child, the deadlines, the notices with no clock, the alert plans, what is not encoded).
 * @module
 */
import { notCase } from "../issues/misuse.js";
import { lazyData, once } from "../lazy/stand-in.js";
import type { MissingCase } from "../models/case.js";
import { isJurisdictionId, JURISDICTION_IDS, type JurisdictionId } from "./ids.js";
import type { Profile } from "./profile.js";
import { PROFILES } from "./profiles/index.js";
import type { Jurisdiction } from "./types.js";

export { isJurisdictionId, JURISDICTION_IDS, type JurisdictionId } from "./ids.js";
export type {
  DeadlineAnchor,
  DeadlineCondition,
  DeadlineDefinition,
  Duration,
  Jurisdiction,
  NoticeDefinition,
  NoticeRecipient,
  ProfileNote,
  ProfileTopic,
  SummaryCell,
} from "./types.js";

/**
 * Every jurisdiction profile, in the order of `JURISDICTION_IDS`: `'US'` (the federal
 * baseline), then New York, California, Texas, Florida, Pennsylvania, Illinois, Ohio,
 * Georgia, North Carolina and Michigan. Deeply frozen. Made when first read (see
 * `lazy/stand-in.ts`): `structuredClone(JURISDICTIONS)` throws, as for any proxy; clone
 * `[...JURISDICTIONS]` or its items, which are plain frozen objects.
 *
 * @example
 * ```ts
 * JURISDICTIONS.map((j) => `${j.id} under ${j.missingChild.below}`);
 * // ["US under 21", "US-NY under 18", …, "US-IL under 21", …, "US-MI under 17"]
 * JURISDICTIONS.find((j) => j.id === "US-CA")?.deadlines.map((d) => d.rule);
 * // ["ca-clets-entry", "ca-school-notice", "ca-found-report"]
 * ```
 * @see `docs/rules.md#dl-5`
 */
export const JURISDICTIONS: readonly Jurisdiction[] = /* @__PURE__ */ lazyData([], () =>
  jurisdictionList(),
);

/** {@link JURISDICTIONS} for the library's own reads (the array itself, not a stand-in). @internal */
export const jurisdictionList = /* @__PURE__ */ once((): readonly Jurisdiction[] =>
  Object.freeze(PROFILES().map((p) => p.jurisdiction)),
);

/**
 * The profile of a jurisdiction, with the rules it applies. @internal
 *
 * @example
 * ```ts
 * profileOf("US-MI").jurisdiction.missingChild.below; // 17
 * ```
 */
export function profileOf(id: JurisdictionId): Profile {
  return PROFILES()[JURISDICTION_IDS.indexOf(id)] as Profile;
}

/**
 * The profiles that apply to a case (DL-5): `'US'` always, and the profile of `c.state`
 * when the library has one. A case in a state without a profile (Wyoming, say), or with no
 * `state`, gets the federal baseline only. Throws a `TypeError` naming `c` when it is not an
 * object.
 *
 * @example
 * ```ts
 * jurisdictionsFor({ ...c, state: "CA" }).map((j) => j.id); // ["US", "US-CA"]
 * jurisdictionsFor({ ...c, state: "WY" }).map((j) => j.id); // ["US"]
 * ```
 * @see `docs/rules.md#dl-5`
 */
export function jurisdictionsFor(c: MissingCase): Jurisdiction[] {
  if (typeof c !== "object" || c === null) throw notCase("c");
  const own = c.state === undefined ? undefined : `US-${c.state}`;
  return isJurisdictionId(own) && own !== "US"
    ? [profileOf("US").jurisdiction, profileOf(own).jurisdiction]
    : [profileOf("US").jurisdiction];
}

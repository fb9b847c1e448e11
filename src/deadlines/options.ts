/**
 * Which jurisdictions' deadlines and notices a case is read against.
 * @module
 */
import { isJurisdictionId, type JurisdictionId } from "../jurisdictions/ids.js";
import { jurisdictionList, jurisdictionsFor } from "../jurisdictions/index.js";
import type { Jurisdiction } from "../jurisdictions/types.js";
import type { MissingCase } from "../models/case.js";

/**
 * Options of `complianceDeadlines`, `overdueDeadlines` and `requiredNotices`:
 * `jurisdictions` names the profiles to read (default `jurisdictionsFor(c)`: `'US'` and the
 * profile of `c.state`). The deadlines come out in the order of `JURISDICTIONS`, whatever the
 * order given; a repeated id counts once.
 *
 * @example
 * ```ts
 * const federalOnly: DeadlineOptions = { jurisdictions: ["US"] };
 * const asIfInCalifornia: DeadlineOptions = { jurisdictions: ["US", "US-CA"] };
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type DeadlineOptions = {
  readonly jurisdictions?: readonly JurisdictionId[];
};

const NOT_IDS = "options.jurisdictions must be an array of jurisdiction ids";

/**
 * The profiles to read for `c`: `options.jurisdictions` in the order of `JURISDICTIONS`, or
 * `jurisdictionsFor(c)`. Throws a `TypeError` naming the option when it is not an array of
 * jurisdiction ids, or `options` when it is not an object.
 * @internal
 *
 * @example
 * ```ts
 * profilesOf(c, { jurisdictions: ["US-CA", "US"] }).map((j) => j.id); // ["US", "US-CA"]
 * ```
 */
export function profilesOf(c: MissingCase, options: DeadlineOptions | undefined): Jurisdiction[] {
  if (options === undefined) return jurisdictionsFor(c);
  if (typeof options !== "object" || options === null) {
    throw new TypeError("options must be an object");
  }
  const ids: unknown = options.jurisdictions;
  if (ids === undefined) return jurisdictionsFor(c);
  if (!Array.isArray(ids) || !ids.every(isJurisdictionId)) throw new TypeError(NOT_IDS);
  const wanted = new Set<string>(ids);
  return jurisdictionList().filter((j) => wanted.has(j.id));
}

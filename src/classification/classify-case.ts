/**
 * Classification of a case's episode (EP-1 … EP-6, EP-P, VOC-1, VOC-2).
 * @module
 */

import { caseAge } from "../age/case-ages.js";
import type { MissingCase } from "../models/case.js";
import { caseContext } from "./case-context.js";
import { classifyFacts, type EpisodeClassification, type EpisodeType } from "./classify-episode.js";
import type { CaseOptions } from "./episode-criteria.js";

const NO_FACTS = Object.freeze({});
const NO_OPTIONS: CaseOptions = Object.freeze({});

/**
 * Classifies a case's episode: `classifyEpisode(c.facts ?? {}, { age })` with the age at
 * last contact (AGE-7: NISMART classification uses the age at last contact, a `{ min, max }`
 * range for a partial birth date). Rules EP-1…EP-6, EP-3b, EP-4b, VOC-1, VOC-2 and EP-P, as
 * in {@link classifyEpisode}; EP-2, EP-5 and EP-6 are **unverified**.
 *
 * `options.age` counts ages as `ageOn` does (AGE-3 anniversary or common-law, AGE-4 leap day).
 *
 * @example
 * ```ts
 * const r = classifyCase({ ...c, facts: { takenBy: "family-member", custodyViolation: true,
 *   concealment: true } }); // a 2-year-old taken by a non-custodial parent
 * r.primary; // "family-abduction"
 * ```
 * @see `docs/rules.md#ep-1`
 * @see `docs/rules.md#ep-p`
 * @see `docs/rules.md#age-7`
 */
export function classifyCase(c: MissingCase, options?: CaseOptions): EpisodeClassification {
  // What `caseContext(c, options).classification` gives, checked in its order, without a context.
  if (typeof c !== "object" || c === null) throw new TypeError("c must be a case object");
  const facts: unknown = c.facts ?? NO_FACTS;
  // Tested before the age (thrown after it, in the context's order): the facts object is
  // then read while the age is computed, where a read after it waited for memory.
  const factsOk = typeof facts === "object" && facts !== null;
  const age = caseAge(c, "lastContact", options?.age);
  if (!factsOk) throw new TypeError("facts must be an object");
  return classifyFacts(facts, age, options ?? NO_OPTIONS);
}

/**
 * The episode type of a case: `classifyCase(c).primary` when it is a type; else what was
 * recorded at intake (`c.reportedAs`) when that is a type, because the facts decided
 * nothing; else `'undetermined'`. Precedence EP-P (a choice); rules as in `classifyCase`.
 *
 * `options.age` counts ages as `ageOn` does (AGE-3 anniversary or common-law, AGE-4 leap day).
 *
 * @example
 * ```ts
 * episodeTypeOf({ ...c, reportedAs: "runaway", facts: {} }); // "runaway" (from intake)
 * episodeTypeOf({ ...c, reportedAs: "unknown", facts: {} }); // "undetermined"
 * ```
 * @see `docs/rules.md#ep-p`
 */
export function episodeTypeOf(c: MissingCase, options?: CaseOptions): EpisodeType | "undetermined" {
  return caseContext(c, options).episodeType;
}

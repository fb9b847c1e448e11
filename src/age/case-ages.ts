/**
 * Ages of a case's child at the case's events, on local dates in the case's zone
 * (AGE-1, AGE-7).
 * @module
 */

import { notCase } from "../issues/misuse.js";
import { locatedAt } from "../lifecycle/status.js";
import type { MissingCase } from "../models/case.js";
import { instantMs, scanDate } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import type { PackedDate } from "../time/packed-date.js";
import { dateBounds } from "../time/partial-date.js";
import { ageRangeOnPacked, exactAgeBetween, exactAgeOnPacked } from "./age-on.js";
import type { AgeOptions, AgeRange } from "./options.js";

/** How errors name the instant of the locate in force. */
const FOUND_AT = "c.events (locate).at";

/**
 * The last instant and zone converted, and their local date: cases read in bulk often share
 * them (one report time, one zone), and a hit skips the scan and the offset lookup. One
 * entry, of strings only.
 */
let lastAt = "";
let lastZone = "";
let lastOn = 0;

/** The local date of `at` in the case's zone; `param` names `at`. */
function localOn(c: MissingCase, at: string, param: string): PackedDate {
  if (typeof c !== "object" || c === null || typeof c.child !== "object" || c.child === null) {
    throw notCase("c");
  }
  const zone = c.timeZone;
  if (at === lastAt && zone === lastZone && lastAt !== "") return lastOn;
  const on = localPacked(instantMs(at, param), zone, "c.timeZone");
  // Only strings are kept (a valid instant and zone: both were read without throwing).
  if (typeof at === "string" && typeof zone === "string") {
    lastAt = at;
    lastZone = zone;
    lastOn = on;
  }
  return on;
}

/** The age range on the local date of `at` in the case's zone. */
function rangeAt(c: MissingCase, at: string, param: string, options?: AgeOptions): AgeRange {
  const on = localOn(c, at, param);
  return ageRangeOnPacked(dateBounds(c.child.birthDate, "c.child.birthDate"), on, options, param);
}

/** The exact age on the local date of `at`, or `undefined` when uncertain. */
function exactAt(
  c: MissingCase,
  at: string,
  param: string,
  options: AgeOptions | undefined,
): number | undefined {
  const on = localOn(c, at, param);
  const birth: unknown = c.child.birthDate;
  // A full birth date is its own bounds: read without allocating them.
  const full = typeof birth === "string" && birth.length === 10 ? scanDate(birth, 0) : -1;
  if (full >= 0) return exactAgeBetween(full, full, on, options, param);
  return exactAgeOnPacked(dateBounds(birth, "c.child.birthDate"), on, options, param);
}

/**
 * The child's age on the local date of the report (`"report"`) or of last contact
 * (`"lastContact"`): the number when every possible birth date gives the same age, else the
 * range, as `ageRangeAtReport` / `ageRangeAtLastContact` give it. Allocates no range for an
 * exact age (the classification rules read one per case).
 *
 * @example
 * ```ts
 * caseAge(c, "report"); // 15, or { min: 15, max: 16 } for a birth year alone
 * ```
 * @internal
 */
export function caseAge(
  c: MissingCase,
  at: "report" | "lastContact",
  options: AgeOptions | undefined,
): number | AgeRange {
  const report = at === "report";
  const instant = report ? c?.reportedAt : c?.lastContactAt;
  const param = report ? "c.reportedAt" : "c.lastContactAt";
  const exact = exactAt(c, instant, param, options);
  return exact === undefined ? rangeAt(c, instant, param, options) : exact;
}

/**
 * The child's age range on the local date of the report, in the case's `timeZone`.
 *
 * AGE-7: legal definitions, alerts and statistics use the age at report. AGE-1
 * (unverified): the date is local, never UTC. AGE-2…AGE-6 as in {@link ageRangeOn}.
 * Throws a `RangeError` naming `c.reportedAt`, `c.timeZone` or `c.child.birthDate` when one
 * is invalid, or `c.reportedAt` when it falls before the earliest possible birth date.
 *
 * @example
 * ```ts
 * // child.birthDate "2009", reportedAt "2025-06-14T15:00:00-04:00", timeZone "America/New_York"
 * ageRangeAtReport(c); // { min: 15, max: 16 }
 * ```
 * @see `docs/rules.md#age-7`
 * @see `docs/rules.md#age-1`
 */
export function ageRangeAtReport(c: MissingCase, options?: AgeOptions): AgeRange {
  return rangeAt(c, c?.reportedAt, "c.reportedAt", options);
}

/**
 * The child's age range on the local date of last contact, in the case's `timeZone`.
 *
 * AGE-7: NISMART-2 classification uses the age at last contact. AGE-1 (unverified): local
 * date. AGE-2…AGE-6 as in {@link ageRangeOn}. Throws a `RangeError` naming
 * `c.lastContactAt`, `c.timeZone` or `c.child.birthDate` when invalid.
 *
 * @example
 * ```ts
 * // child.birthDate "2009-06", lastContactAt "2025-06-10T20:00:00-04:00"
 * ageRangeAtLastContact(c); // { min: 15, max: 16 }
 * ```
 * @see `docs/rules.md#age-7`
 * @see `docs/rules.md#age-1`
 */
export function ageRangeAtLastContact(c: MissingCase, options?: AgeOptions): AgeRange {
  return rangeAt(c, c?.lastContactAt, "c.lastContactAt", options);
}

/**
 * The child's age range on the local date the child was found (the locate in force, see
 * `locatedAt`), or `undefined` when the case has no locate in force.
 *
 * AGE-7: descriptive only; it may exceed 18 or 21 without reclassifying the case. AGE-1
 * (unverified): local date. AGE-2…AGE-6 as in {@link ageRangeOn}.
 *
 * @example
 * ```ts
 * ageRangeAtFound(openCase);    // undefined
 * ageRangeAtFound(locatedCase); // { min: 17, max: 17 }
 * ```
 * @see `docs/rules.md#age-7`
 * @see `docs/rules.md#age-1`
 */
export function ageRangeAtFound(c: MissingCase, options?: AgeOptions): AgeRange | undefined {
  const at = locatedAt(c);
  return at === undefined ? undefined : rangeAt(c, at, FOUND_AT, options);
}

/**
 * The child's age in completed years on the local date of the report, in the case's
 * `timeZone`; `undefined` when a partial birth date leaves it uncertain (see
 * {@link ageRangeAtReport}).
 *
 * AGE-7: `ageAtReport` = age on `localDate(reportedAt)`; legal definitions, alerts and
 * statistics use it. AGE-1 (unverified): local date. AGE-2…AGE-6 as in {@link ageOn}.
 *
 * @example
 * ```ts
 * // child.birthDate "2007-03-12", timeZone "America/New_York",
 * // reportedAt "2025-03-12T03:30:00Z" (23:30 on 11 March in New York)
 * ageAtReport(c); // 17 (18 by the UTC date, but the local date is 11 March)
 * ```
 * @see `docs/rules.md#age-7`
 * @see `docs/rules.md#age-1`
 */
export function ageAtReport(c: MissingCase, options?: AgeOptions): number | undefined {
  return exactAt(c, c?.reportedAt, "c.reportedAt", options);
}

/**
 * The child's age in completed years on the local date of last contact; `undefined` when
 * a partial birth date leaves it uncertain (see {@link ageRangeAtLastContact}).
 *
 * AGE-7: NISMART-2 classification uses the age at last contact. AGE-1 (unverified): local
 * date. AGE-2…AGE-6 as in {@link ageOn}.
 *
 * @example
 * ```ts
 * // child.birthDate "2010-08-01", lastContactAt "2025-07-31T22:00:00-04:00"
 * ageAtLastContact(c);                          // 14
 * ageAtLastContact(c, { rule: "common-law" }); // 15
 * ```
 * @see `docs/rules.md#age-7`
 * @see `docs/rules.md#age-1`
 */
export function ageAtLastContact(c: MissingCase, options?: AgeOptions): number | undefined {
  return exactAt(c, c?.lastContactAt, "c.lastContactAt", options);
}

/**
 * The child's age in completed years on the local date of the locate in force, or
 * `undefined` before a locate (or when a partial birth date leaves it uncertain).
 *
 * AGE-7: `ageAtFound` = age on `localDate(foundAt)`; descriptive, it may exceed 18 or 21
 * without reclassifying the case. AGE-1 (unverified): local date. AGE-2…AGE-6 as in
 * {@link ageOn}.
 *
 * @example
 * ```ts
 * // child.birthDate "2007-01-10", reported 2024-12-01, located "2025-01-10T09:00:00-05:00"
 * ageAtFound(c); // 18
 * ```
 * @see `docs/rules.md#age-7`
 * @see `docs/rules.md#age-1`
 */
export function ageAtFound(c: MissingCase, options?: AgeOptions): number | undefined {
  const at = locatedAt(c);
  return at === undefined ? undefined : exactAt(c, at, FOUND_AT, options);
}

/**
 * Redaction of a case for an audience (PRIV-2, PRIV-4).
 * @module
 */
import { ageAtLastContact, ageRangeOnPacked } from "../age/index.js";
import { notCase } from "../issues/misuse.js";
import type { MissingCase } from "../models/case.js";
import type { CaseEvent } from "../models/case-event.js";
import { instantArgMs, instantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import { formatPacked } from "../time/packed-date.js";
import { dateBounds } from "../time/partial-date.js";
import type { PartnerCase, PublicCase, PublicChild, RedactOptions } from "./types.js";

/** Child fields a poster may show (PRIV-2): the allow-list, never a deny-list. */
const PUBLIC_CHILD_KEYS = [
  "aliases",
  "sex",
  "race",
  "heightCm",
  "weightKg",
  "eyeColor",
  "hairColor",
  "marks",
] as const satisfies readonly (keyof PublicChild)[];

/** Copies `keys` of `from` that are present; arrays are copied so output and input share none. */
function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) {
    const v = from[k];
    if (v !== undefined) out[k] = (Array.isArray(v) ? [...v] : v) as T[K];
  }
  return out as Pick<T, K>;
}

function publicChild(c: MissingCase): PublicChild {
  const { given, family, middle, suffix } = c.child.name;
  const name = {
    given,
    family,
    ...(middle === undefined ? {} : { middle }),
    ...(suffix === undefined ? {} : { suffix }),
  };
  return { name, ...pick(c.child, PUBLIC_CHILD_KEYS) };
}

/** Age on `now`'s local date in the case's zone, when certain (AGE-5, AGE-7). */
function ageNow(c: MissingCase, nowMs: number): number | undefined {
  const birth = dateBounds(c.child.birthDate, "c.child.birthDate");
  const on = localPacked(nowMs, c.timeZone, "c.timeZone");
  const { min, max } = ageRangeOnPacked(birth, on, undefined, "options.now");
  return min === max ? min : undefined;
}

function toPublic(c: MissingCase, nowMs: number): PublicCase {
  const now = ageNow(c, nowMs);
  const atLastContact = ageAtLastContact(c);
  const lastContactMs = instantMs(c.lastContactAt, "c.lastContactAt");
  const place = c.lastContactPlace === undefined ? {} : pick(c.lastContactPlace, ["city", "state"]);
  return {
    id: c.id,
    reportingAgencyId: c.reportingAgencyId,
    status: c.status,
    reportedAs: c.reportedAs,
    child: publicChild(c),
    ...(now === undefined ? {} : { ageNow: now }),
    ...(atLastContact === undefined ? {} : { ageAtLastContact: atLastContact }),
    lastContactDate: formatPacked(localPacked(lastContactMs, c.timeZone, "c.timeZone")),
    ...(Object.keys(place).length === 0 ? {} : { lastContactPlace: place }),
  };
}

/** An event without the NIC an NCIC entry carries. */
function withoutNic(e: CaseEvent): CaseEvent {
  if (e.type !== "enter" || e.nic === undefined) return e;
  const { nic: _nic, ...rest } = e;
  return rest;
}

function toPartner(c: MissingCase): PartnerCase {
  const { ncic, events, ...rest } = c;
  const out: PartnerCase = { ...rest, events: events.map(withoutNic) };
  if (ncic === undefined) return out;
  const { nic: _nic, ...kept } = ncic;
  return { ...out, ncic: kept };
}

/**
 * A case redacted for an audience. The output type says which fields exist, so a caller
 * cannot read a dropped field by mistake.
 *
 * - `'public'` (PRIV-2, PRIV-4, choices of this library): what a poster shows: case id,
 *   reporting agency, status, recorded circumstance, the child's name, aliases and physical
 *   description, `ageNow` (on the local date of `now` in the case's zone) and
 *   `ageAtLastContact` (AGE-7), both omitted when a partial birth date leaves them uncertain,
 *   the local date of last contact (no time of day) and its city and state. The output is built by picking allowed fields, never by
 *   deleting, so a field added to the model later stays private until listed here. Nothing
 *   else leaves: no birth date, child id, disability, medical needs, photo date, episode
 *   facts, risk indicators, placement, prior episodes, NCIC data, events or times of day.
 * - `'partner'`: the whole case less the NIC, both in `ncic` and in `enter` events.
 *
 * Pure: the input is never mutated (a deep-frozen case works) and the public output shares
 * no object with it. Throws a `RangeError` naming `audience` when it is neither value,
 * `options.now` when it is not an RFC 3339 instant or falls before the earliest possible
 * birth date, and the case field when it is invalid (a parsed case never is).
 *
 * @example
 * ```ts
 * const poster = redactCase(c, "public", { now: "2025-06-20T12:00:00-04:00" });
 * poster.ageNow;          // 16 (birth date 2009-06-14)
 * poster.lastContactDate; // "2025-03-07"
 * // poster.child.birthDate → type error: PublicChild has no birthDate
 * const shared = redactCase(c, "partner", { now: "2025-06-20T12:00:00-04:00" });
 * shared.ncic;            // { category: "EMJ", flags: [] } (no nic)
 * ```
 * @see `docs/rules.md#priv-2`
 * @see `docs/rules.md#priv-4`
 * @see `docs/rules.md#age-7`
 */
export function redactCase(c: MissingCase, audience: "public", options: RedactOptions): PublicCase;
export function redactCase(
  c: MissingCase,
  audience: "partner",
  options: RedactOptions,
): PartnerCase;
export function redactCase(
  c: MissingCase,
  audience: "public" | "partner",
  options: RedactOptions,
): PublicCase | PartnerCase;
export function redactCase(
  c: MissingCase,
  audience: "public" | "partner",
  options: RedactOptions,
): PublicCase | PartnerCase {
  if (typeof c !== "object" || c === null || typeof c.child !== "object" || c.child === null) {
    throw notCase("c");
  }
  if (typeof options !== "object" || options === null) {
    throw new TypeError("options must be an object with now");
  }
  const nowMs = instantArgMs(options.now, "options.now");
  if (audience === "public") return toPublic(c, nowMs);
  if (audience === "partner") return toPartner(c);
  throw new RangeError("audience must be 'public' or 'partner'");
}

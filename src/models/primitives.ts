/**
 * Primitive wire types: calendar dates, partial birth dates, instants, IANA zones, US state
 * codes and the NCIC identifiers ORI and NIC. Each pattern stands here once, so that a
 * correction from a source is a one-line change (NCIC-6: both NCIC formats are unverified).
 * @module
 */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { coded } from "../boundary/rules.js";
import { ISO_DATE_PATTERN, ISO_DATE_TIME_PATTERN } from "../time/instant.js";
import { isTimeZone } from "../time/zone.js";
import { instantInRange, writtenYearInRange, YEAR_IN_RANGE_META } from "./date-range.js";
import { LIMITS } from "./limits.js";
import { US_STATE_CODES } from "./lists.js";

export type { IsoDate, IsoDateTime, PartialDate, TimeZone } from "../time/types.js";
export { US_STATE_CODES } from "./lists.js";

const STATES = US_STATE_CODES.join("|");
/** NCIC ORI: a known state code followed by 7 letters or digits (NCIC-6, format unverified). */
export const ORI_PATTERN = new RegExp(`^(?:${STATES})[A-Z0-9]{7}$`);
/** NCIC NIC of a missing-person record: `M` followed by 9 digits (NCIC-6, format unverified). */
export const NIC_PATTERN = /^M\d{9}$/;
/** A birth date known to the day, month or year: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PARTIAL_DATE_PATTERN = new RegExp(
  `${ISO_DATE_PATTERN.source}|^\\d{4}(?:-(?:0[1-9]|1[0-2]))?$`,
);

/**
 * A calendar date `YYYY-MM-DD` (`IsoDate`).
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2024-02-29").success; // true
 * IsoDateSchema.safeParse("2023-02-29").success; // false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ lazySchema(buildIsoDate, YEAR_IN_RANGE_META);

/**
 * An instant: RFC 3339 with seconds and `Z` or an offset (`IsoDateTime`). A date-time with
 * no offset is invalid: it names no instant. Its year, as written and in UTC, is 1800–2999.
 *
 * @example
 * ```ts
 * IsoDateTimeSchema.safeParse("2025-03-11T14:05:00-04:00").success; // true
 * IsoDateTimeSchema.safeParse("2025-03-11T14:05:00").success;       // false
 * ```
 */
export const IsoDateTimeSchema = /* @__PURE__ */ lazySchema(buildIsoDateTime, YEAR_IN_RANGE_META);

/**
 * A birth date known fully (`YYYY-MM-DD`) or in part (`YYYY-MM`, `YYYY`), in the years
 * 1800–2999 (AGE-5).
 *
 * @example
 * ```ts
 * PartialDateSchema.safeParse("2009-06").success; // true
 * ```
 */
export const PartialDateSchema = /* @__PURE__ */ lazySchema(buildPartialDate, YEAR_IN_RANGE_META);

/**
 * An IANA time-zone name in its exact spelling that `Intl` knows (checked at parse time,
 * cached per zone): `America/New_York` or the link `US/Eastern`, not `america/new_york`.
 *
 * @example
 * ```ts
 * TimeZoneSchema.safeParse("America/New_York").success; // true
 * TimeZoneSchema.safeParse("EST5EDT-ish").success;        // false
 * ```
 */
export const TimeZoneSchema = /* @__PURE__ */ lazySchema(buildTimeZone, {
  description: "IANA time-zone name, e.g. America/New_York",
});

/**
 * A 2-letter USPS code of a state, DC or inhabited territory.
 *
 * @example
 * ```ts
 * UsStateSchema.parse("NY"); // "NY"
 * ```
 */
export const UsStateSchema = /* @__PURE__ */ lazySchema(buildUsState);
/** A USPS state or territory code. */
export type UsState = (typeof US_STATE_CODES)[number];

/**
 * An NCIC Originating Agency Identifier.
 *
 * @example
 * ```ts
 * OriSchema.safeParse("NY0010100").success; // true
 * ```
 */
export const OriSchema = /* @__PURE__ */ lazySchema(buildOri);

/**
 * An NCIC number of a missing-person record.
 *
 * @example
 * ```ts
 * NicSchema.safeParse("M123456789").success; // true
 * ```
 */
export const NicSchema = /* @__PURE__ */ lazySchema(buildNic);

/** A non-empty identifier of at most `LIMITS.idLength` characters. @internal */
export const IdSchema = /* @__PURE__ */ lazySchema(buildId);
/** A non-empty part of a person's name, at most `LIMITS.namePartLength` characters. @internal */
export const NamePartSchema = /* @__PURE__ */ lazySchema(buildNamePart);
/** A non-empty line of text of at most `LIMITS.textLength` characters. @internal */
export const TextSchema = /* @__PURE__ */ lazySchema(buildText);

function buildUsState() {
  return z.enum(US_STATE_CODES, coded("state/unknown"));
}

function buildOri() {
  return z.string().regex(ORI_PATTERN, coded("ori/invalid"));
}

function buildNic() {
  return z.string().regex(NIC_PATTERN, coded("nic/invalid"));
}

function buildId() {
  return z.string().min(1).max(LIMITS.idLength);
}

function buildNamePart() {
  return z.string().min(1).max(LIMITS.namePartLength);
}

function buildText() {
  return z.string().min(1).max(LIMITS.textLength);
}

function buildIsoDate() {
  return z
    .string()
    .regex(ISO_DATE_PATTERN, coded("date/invalid", true))
    .refine(writtenYearInRange, coded("date/out-of-range"));
}

function buildIsoDateTime() {
  return z
    .string()
    .regex(ISO_DATE_TIME_PATTERN, coded("date-time/invalid", true))
    .refine(instantInRange, coded("date-time/out-of-range"));
}

function buildPartialDate() {
  return z
    .string()
    .regex(PARTIAL_DATE_PATTERN, coded("birth-date/invalid", true))
    .refine(writtenYearInRange, coded("date/out-of-range"));
}

function buildTimeZone() {
  return z
    .string()
    .max(LIMITS.textLength, { abort: true })
    .refine(isTimeZone, coded("time-zone/unknown"));
}

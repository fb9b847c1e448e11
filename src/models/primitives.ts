/**
 * Primitive wire types: calendar dates, partial birth dates, instants, IANA zones, US state
 * codes and the NCIC identifiers ORI and NIC. Each pattern stands here once, so that a
 * correction from a source is a one-line change (NCIC-6: both NCIC formats are unverified).
 * @module
 */
import * as z from "zod";
import { ISO_DATE_PATTERN, ISO_DATE_TIME_PATTERN } from "../time/instant.js";
import { isTimeZone } from "../time/zone.js";

/** USPS codes of the states, DC and the inhabited territories. */
// biome-ignore format: a table reads better as a table
export const US_STATE_CODES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
  "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
  "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
  "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
] as const;

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
export const IsoDateSchema = z.string().regex(ISO_DATE_PATTERN, { error: "date/invalid" });
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An instant: RFC 3339 with seconds and `Z` or an offset (`IsoDateTime`). A date-time with
 * no offset is invalid: it names no instant.
 *
 * @example
 * ```ts
 * IsoDateTimeSchema.safeParse("2025-03-11T14:05:00-04:00").success; // true
 * IsoDateTimeSchema.safeParse("2025-03-11T14:05:00").success;       // false
 * ```
 */
export const IsoDateTimeSchema = z
  .string()
  .regex(ISO_DATE_TIME_PATTERN, { error: "date-time/invalid" });
/** An RFC 3339 instant with `Z` or an offset. */
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

/**
 * A birth date known fully (`YYYY-MM-DD`) or in part (`YYYY-MM`, `YYYY`) (AGE-5).
 *
 * @example
 * ```ts
 * PartialDateSchema.safeParse("2009-06").success; // true
 * ```
 */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, { error: "birth-date/invalid" });
/** A full or partial calendar date. */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * An IANA time-zone name that `Intl` knows (checked at parse time, cached per zone).
 *
 * @example
 * ```ts
 * TimeZoneSchema.safeParse("America/New_York").success; // true
 * TimeZoneSchema.safeParse("EST5EDT-ish").success;        // false
 * ```
 */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, { error: "time-zone/unknown" })
  .meta({ description: "IANA time-zone name, e.g. America/New_York" });
/** An IANA time-zone name. */
export type TimeZone = z.infer<typeof TimeZoneSchema>;

/**
 * A 2-letter USPS code of a state, DC or inhabited territory.
 *
 * @example
 * ```ts
 * UsStateSchema.parse("NY"); // "NY"
 * ```
 */
export const UsStateSchema = z.enum(US_STATE_CODES, { error: "state/unknown" });
/** A USPS state or territory code. */
export type UsState = z.infer<typeof UsStateSchema>;

/**
 * An NCIC Originating Agency Identifier.
 *
 * @example
 * ```ts
 * OriSchema.safeParse("NY0010100").success; // true
 * ```
 */
export const OriSchema = z.string().regex(ORI_PATTERN, { error: "ori/invalid" });

/**
 * An NCIC number of a missing-person record.
 *
 * @example
 * ```ts
 * NicSchema.safeParse("M123456789").success; // true
 * ```
 */
export const NicSchema = z.string().regex(NIC_PATTERN, { error: "nic/invalid" });

/** A non-empty identifier. @internal */
export const IdSchema = z.string().min(1);
/** A non-empty line of text. @internal */
export const TextSchema = z.string().min(1);

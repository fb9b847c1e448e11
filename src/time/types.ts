/**
 * The string types of the wire format, named so that signatures say what a string holds.
 * Each is a plain `string` to TypeScript; the schemas in `models/primitives.ts` check them.
 * @module
 */

/**
 * An instant: RFC 3339 with seconds and `Z` or an offset, in the years 1800–2999 when it is a
 * field of a record (`IsoDateTimeSchema` checks it). Functions that take an instant as a
 * parameter take an `IsoDateTime` or a `Date`.
 *
 * @example
 * ```ts
 * const reportedAt: IsoDateTime = "2025-03-11T14:05:00-04:00";
 * ```
 */
export type IsoDateTime = string;

/**
 * A calendar date `YYYY-MM-DD` (`IsoDateSchema` checks it).
 *
 * @example
 * ```ts
 * const photoDate: IsoDate = "2025-01-31";
 * ```
 */
export type IsoDate = string;

/**
 * A birth date known fully (`YYYY-MM-DD`) or in part (`YYYY-MM`, `YYYY`)
 * (`PartialDateSchema` checks it).
 *
 * @example
 * ```ts
 * const birthDate: PartialDate = "2009-06";
 * ```
 */
export type PartialDate = string;

/**
 * An IANA time-zone name in its exact spelling that `Intl` knows, such as
 * `America/New_York` (`TimeZoneSchema` checks it; `isTimeZone` tells).
 *
 * @example
 * ```ts
 * const timeZone: TimeZone = "America/New_York";
 * ```
 */
export type TimeZone = string;

/**
 * Milliseconds in a minute, an hour and a day of elapsed time, for instant arithmetic. A local
 * calendar day can last 23 or 25 hours: calendar arithmetic goes through local dates instead.
 * @module
 */

/** Milliseconds in a minute. @internal */
export const MINUTE_MS = 60_000;
/** Milliseconds in an hour. @internal */
export const HOUR_MS = 3_600_000;
/** Milliseconds in a day of 24 hours (a UTC day). @internal */
export const DAY_MS = 86_400_000;

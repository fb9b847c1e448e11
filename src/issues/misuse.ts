/**
 * The errors a function throws when it is given a value its types forbid: one helper per
 * message, so that every function words the same misuse the same way. Messages name the
 * parameter, never the value (it may be a child's name or birth date).
 * @module
 */

/**
 * `param` is not an RFC 3339 instant with `Z` or an offset.
 *
 * @example
 * ```ts
 * throw notInstant("options.now"); // RangeError "options.now must be an RFC 3339 date-time with Z or an offset"
 * ```
 * @internal
 */
export function notInstant(param: string): RangeError {
  return new RangeError(`${param} must be an RFC 3339 date-time with Z or an offset`);
}

/**
 * `param` is a `Date` whose time is not a number (`new Date("x")`), or one outside the years
 * 0000–9999 that an RFC 3339 string can write.
 *
 * @example
 * ```ts
 * throw invalidDate("now"); // RangeError "now must be a valid Date in the years 0000–9999"
 * ```
 * @internal
 */
export function invalidDate(param: string): RangeError {
  return new RangeError(`${param} must be a valid Date in the years 0000–9999`);
}

/**
 * `param` is not a real calendar date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * throw notDate("on"); // RangeError "on must be a calendar date YYYY-MM-DD"
 * ```
 * @internal
 */
export function notDate(param: string): RangeError {
  return new RangeError(`${param} must be a calendar date YYYY-MM-DD`);
}

/**
 * `param` is not a full or partial birth date.
 *
 * @example
 * ```ts
 * throw notBirthDate("birthDate"); // RangeError "birthDate must be YYYY-MM-DD, YYYY-MM or YYYY"
 * ```
 * @internal
 */
export function notBirthDate(param: string): RangeError {
  return new RangeError(`${param} must be YYYY-MM-DD, YYYY-MM or YYYY`);
}

/**
 * `param` is not an IANA time-zone name that the runtime knows.
 *
 * @example
 * ```ts
 * throw notTimeZone("c.timeZone"); // RangeError "c.timeZone must be an IANA time zone known to Intl"
 * ```
 * @internal
 */
export function notTimeZone(param: string): RangeError {
  return new RangeError(`${param} must be an IANA time zone known to Intl`);
}

/**
 * `param` is not a case object.
 *
 * @example
 * ```ts
 * throw notCase("cases[3]"); // TypeError "cases[3] must be a MissingCase"
 * ```
 * @internal
 */
export function notCase(param: string): TypeError {
  return new TypeError(`${param} must be a MissingCase`);
}

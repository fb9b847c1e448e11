/**
 * IANA time zones, checked against `Intl` and cached per zone.
 *
 * Creating an `Intl.DateTimeFormat` costs about 100 µs on Node 20, so each zone gets one
 * formatter for the life of the process. Only zones `Intl` accepts are cached, and the
 * negative cache is bounded, so junk input cannot grow memory without limit.
 * @module
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const rejected = new Set<string>();
const REJECTED_LIMIT = 1024;

function create(zone: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
  } catch {
    return undefined;
  }
}

/**
 * The cached formatter of a zone (numeric parts, 24-hour clock, with era), or `undefined`
 * when `Intl` does not know the zone.
 * @example
 * ```ts
 * zoneFormatter("America/New_York"); // a cached Intl.DateTimeFormat
 * zoneFormatter("Mars/Olympus");     // undefined
 * ```
 * @internal
 */
export function zoneFormatter(zone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(zone);
  if (cached !== undefined || rejected.has(zone)) return cached;
  const made = zone.length > 0 && zone.length <= 64 ? create(zone) : undefined;
  if (made) formatters.set(zone, made);
  else {
    if (rejected.size >= REJECTED_LIMIT) rejected.clear();
    rejected.add(zone);
  }
  return made;
}

/**
 * Whether `Intl` knows `zone` as an IANA time zone (`"America/New_York"`, `"UTC"`, …).
 *
 * Rule AGE-1: a case's local dates are taken in one IANA zone, so a zone the
 * runtime cannot resolve makes every local date of the case unknowable.
 *
 * @example
 * ```ts
 * isTimeZone("America/New_York"); // true
 * isTimeZone("Eastern Time");     // false
 * ```
 * @see `docs/rules.md#age-1`
 */
export function isTimeZone(zone: string): boolean {
  return typeof zone === "string" && zoneFormatter(zone) !== undefined;
}

/**
 * The formatter of `zone`, or a `RangeError` naming `param` when the zone is unknown.
 * @example
 * ```ts
 * requireZone("Mars/Olympus", "c.timeZone"); // throws RangeError "c.timeZone must be …"
 * ```
 * @internal
 */
export function requireZone(zone: unknown, param: string): Intl.DateTimeFormat {
  const f = typeof zone === "string" ? zoneFormatter(zone) : undefined;
  if (!f) throw new RangeError(`${param} must be an IANA time zone known to Intl`);
  return f;
}

/**
 * IANA time zones: which names are valid, and one cached `Intl` formatter per zone.
 *
 * A name is valid in its IANA spelling only (`America/New_York`, the link `US/Eastern`), and
 * only if the runtime's `Intl` knows it. `Intl` itself accepts any case (`america/new_york`)
 * and names the zone its own way (`Asia/Kolkata` comes back as `Asia/Calcutta`), so the
 * spelling is checked against the IANA list (`zone-names.ts`) and the runtime's own list.
 *
 * Memory stays bounded whatever names a stream holds: a misspelt name is refused before any
 * cache sees it, the names checked are remembered in a map of bounded size, and formatters
 * (about 100 µs to create, so worth keeping) are kept for the most recently used zones only,
 * keyed on the zone `Intl` resolves the name to, so that two spellings share one.
 * @module
 */
import { notTimeZone } from "../issues/misuse.js";
import { ianaZoneNames } from "./zone-names.js";

/** Formatters kept (least recently used dropped first). */
const FORMATTER_LIMIT = 64;
/** Names remembered as valid (the map starts over when full). */
const NAME_LIMIT = 1024;
/** No IANA name is longer (the longest has 32 characters). */
const MAX_NAME_LENGTH = 64;

/** Valid name → the zone `Intl` resolves it to. */
const canonical = new Map<string, string>();
/** Resolved zone → its formatter, in order of use (a `Map` keeps insertion order). */
const formatters = new Map<string, Intl.DateTimeFormat>();
let runtimeNames: ReadonlySet<string> | undefined;

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

/** Whether `name` is spelt as the IANA database or the runtime's `Intl` spells a zone. */
function wellSpelt(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  if (ianaZoneNames().has(name)) return true;
  runtimeNames ??= new Set(
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [],
  );
  return runtimeNames.has(name);
}

function remember(zone: string, f: Intl.DateTimeFormat): void {
  formatters.delete(zone);
  if (formatters.size >= FORMATTER_LIMIT) {
    const oldest = formatters.keys().next().value;
    if (oldest !== undefined) formatters.delete(oldest);
  }
  formatters.set(zone, f);
}

/** The zone `Intl` resolves a valid name to, or `undefined` for an invalid name. */
function resolve(name: string): string | undefined {
  const known = canonical.get(name);
  if (known !== undefined || !wellSpelt(name)) return known;
  const f = create(name);
  if (f === undefined) return undefined;
  const zone = f.resolvedOptions().timeZone;
  if (canonical.size >= NAME_LIMIT) canonical.clear();
  canonical.set(name, zone);
  remember(zone, f);
  return zone;
}

/**
 * The cached formatter of a zone (numeric parts, 24-hour clock, with era), or `undefined`
 * when the name is not a valid zone.
 * @example
 * ```ts
 * zoneFormatter("America/New_York"); // a cached Intl.DateTimeFormat
 * zoneFormatter("america/new_york"); // undefined: not the IANA spelling
 * ```
 * @internal
 */
export function zoneFormatter(name: string): Intl.DateTimeFormat | undefined {
  const zone = resolve(name);
  if (zone === undefined) return undefined;
  let f = formatters.get(zone);
  if (f === undefined) f = create(zone);
  if (f !== undefined) remember(zone, f);
  return f;
}

/**
 * Whether `zone` is an IANA time-zone name, in its exact spelling, that the runtime's `Intl`
 * knows: `"America/New_York"`, `"UTC"`, the link `"US/Eastern"`; not `"america/new_york"`.
 *
 * Rule AGE-1: a case's local dates are taken in one IANA zone, so a zone the runtime cannot
 * resolve makes every local date of the case unknowable.
 *
 * @example
 * ```ts
 * isTimeZone("America/New_York"); // true
 * isTimeZone("america/new_york"); // false
 * isTimeZone("Eastern Time");     // false
 * ```
 * @see `docs/rules.md#age-1`
 */
export function isTimeZone(zone: string): boolean {
  return typeof zone === "string" && resolve(zone) !== undefined;
}

/**
 * The formatter of `zone`, or a `RangeError` naming `param` when the zone is not valid.
 * @example
 * ```ts
 * requireZone("Mars/Olympus", "c.timeZone"); // throws RangeError "c.timeZone must be …"
 * ```
 * @internal
 */
export function requireZone(zone: unknown, param: string): Intl.DateTimeFormat {
  const f = typeof zone === "string" ? zoneFormatter(zone) : undefined;
  if (!f) throw notTimeZone(param);
  return f;
}

/**
 * How many names, resolved zones and formatters the caches hold: bounded whatever the input
 * (tests check it).
 * @example
 * ```ts
 * zoneCacheSizes(); // { names: 3, formatters: 2 }
 * ```
 * @internal
 */
export function zoneCacheSizes(): { names: number; formatters: number } {
  return { names: canonical.size, formatters: formatters.size };
}

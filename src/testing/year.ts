/**
 * A synthetic New York-like year of reports, streamed.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import type { Child } from "../models/child.js";
import { US_STATE_CODES } from "../models/lists.js";
import { localPacked } from "../time/local-date.js";
import { formatPacked } from "../time/packed-date.js";
import { MINUTE_MS } from "../time/units.js";
import { requireZone } from "../time/zone.js";
import { randomReportedAs, reportDelay } from "./case.js";
import { birthDateForAge, randomChild } from "./child.js";
import { peopleYear, type Report } from "./people.js";
import { createRng, deriveSeed, type Rng } from "./random.js";
import { AGE_WEIGHTS, NY_REPORTING_AGENCIES } from "./vocabulary.js";
import { episodeEndMs, yearCase, yearFrame } from "./year-clock.js";
import type { SyntheticYearOptions } from "./year-options.js";

export type { SyntheticYearOptions } from "./year-options.js";

const REPEAT_POOL = 4096;

type PoolEntry = { child: Child; episodes: number; freeAtMs: number };

function checkOptions(o: SyntheticYearOptions): void {
  if (!Number.isInteger(o.year) || o.year < 1900 || o.year > 9998) {
    throw new RangeError("options.year must be an integer year from 1900 to 9998");
  }
  if (!Number.isSafeInteger(o.reports) || o.reports < 0) {
    throw new RangeError("options.reports must be a non-negative integer");
  }
  if (!Number.isFinite(o.seed)) throw new RangeError("options.seed must be a finite number");
  const share = o.runawayShare ?? 0.95;
  if (!(share >= 0 && share <= 1)) throw new RangeError("options.runawayShare must be in [0, 1]");
  const repeat = o.repeatShare ?? 0;
  if (!(repeat >= 0 && repeat <= 1)) throw new RangeError("options.repeatShare must be in [0, 1]");
  requireZone(o.timeZone ?? "America/New_York", "options.timeZone");
  if (o.state !== undefined && !(US_STATE_CODES as readonly string[]).includes(o.state)) {
    throw new RangeError("options.state must be a USPS state or territory code");
  }
}

function newChild(rng: Rng, id: string, lastContactMs: number, zone: string): Child {
  const age = rng.weighted(AGE_WEIGHTS);
  const born = formatPacked(birthDateForAge(rng, localPacked(lastContactMs, zone), age));
  // A few birth dates are known only to the month or year (AGE-5).
  const partial = rng.next();
  const birthDate = partial < 0.002 ? born.slice(0, 4) : partial < 0.006 ? born.slice(0, 7) : born;
  return randomChild(rng, id, birthDate, age);
}

/**
 * A realistic New York-like year of missing-child reports, generated lazily: an iterable
 * that yields one case at a time, oldest report first, in constant memory (a bounded pool
 * of recent children is kept for repeat episodes), so a million reports stream without
 * being held.
 *
 * The shape follows ST-1…ST-4 (NY DCJS figures for 2024, unverified, as relayed in
 * https://nj1015.com/ixp/498/p/human-trafficking-nys/ : 12,114 reports, 95 % runaways, 1,067
 * still active at year end): about 95 % reported as runaways;
 * ages at report skewed to 15–17; most episodes located within days and cleared soon after;
 * roughly a tenth still open at year end; about one report in five is a repeat episode of
 * an earlier child (same `child.id`, growing `priorEpisodes`); runaways often from group
 * homes or foster care (with NCMEC notices, FED-6/7); about 1.2 % cancelled as duplicates,
 * entries in error and the like; report times spread over day and night, more in spring and
 * autumn. The data are a snapshot at the year's end: no event after local 1 January 00:00
 * of the next year. Every case passes `parseCase`.
 *
 * Deterministic: its own seeded generator (mulberry32), no `Math.random`, no clock, and
 * wall times computed with integer arithmetic, so a seed gives the same bytes of
 * `JSON.stringify` output on every platform and host time zone.
 *
 * **With `repeatShare`** (a share in [0, 1]) the year is made of synthetic *people*: each
 * report is, with that probability, a new episode of a person reported earlier (when one is
 * back home by then), and every report writes the person down as a hand-typed record
 * would: nicknames (the Apache-2.0 nickname dataset), typing errors, initials, accents and
 * capitals, given and family names swapped, hyphenated and apostrophe names written
 * several ways, day and month swapped, a digit wrong, dates known to the month or year,
 * now and then another sex code or race; the agency taking the report is usually the
 * person's own, and each agency numbers the person with its own `child.id` (sometimes anew,
 * sometimes copying another agency's); some reports leave `priorEpisodes` out. A few people
 * are siblings, a third of them twins. Names follow a common-to-rare spread (common real
 * names, a long tail of invented ones). `syntheticPeople` with the same options gives the
 * ground truth. Without `repeatShare` the output is unchanged from earlier versions.
 *
 * Throws a `RangeError` naming the option when `year`, `reports`, `seed`, `runawayShare`,
 * `repeatShare`, `timeZone` or `state` is out of range.
 *
 * @example
 * ```ts
 * import { syntheticYear } from "missing-child-cases/testing";
 * for (const c of syntheticYear({ year: 2024, reports: 12_114, seed: 1 })) {
 *   // c is a valid MissingCase reported in 2024 in America/New_York
 * }
 * // A Californian year: cases in America/Los_Angeles that get California's deadlines.
 * const ca = [...syntheticYear({ year: 2024, reports: 100, seed: 1, state: "CA" })];
 * ```
 * @see `docs/rules.md#dl-5`
 */
export function syntheticYear(options: SyntheticYearOptions): Iterable<MissingCase> {
  checkOptions(options);
  // A copy: the cases are made as the caller iterates, from the options as they were now.
  const o = { ...options };
  if (o.repeatShare !== undefined) return { [Symbol.iterator]: () => casesOf(peopleYear(o)) };
  return { [Symbol.iterator]: () => generate(o) };
}

function* casesOf(reports: Iterable<Report>): Generator<MissingCase, void, undefined> {
  for (const r of reports) yield r.c;
}

function* generate(o: SyntheticYearOptions): Generator<MissingCase, void, undefined> {
  const f = yearFrame(o);
  const { clock, zone } = f;
  const rng = createRng(deriveSeed(o.seed, 4));
  const pool: PoolEntry[] = [];
  let children = 0;
  for (let i = 0; i < o.reports; i++) {
    const reportedMs = clock(i, rng.next());
    const lastContactMs = reportedMs - reportDelay(rng) * MINUTE_MS;
    const reportedAs = randomReportedAs(rng, f.runawayShare);
    let entry = pool.length > 0 && rng.chance(0.22) ? rng.pick(pool) : undefined;
    if (entry && entry.freeAtMs > lastContactMs) entry = undefined;
    if (entry) entry.episodes++;
    else {
      entry = {
        child: newChild(rng, `p-${o.year}-${++children}`, lastContactMs, zone),
        episodes: rng.chance(0.1) ? rng.int(1, 4) : 0,
        freeAtMs: 0,
      };
      if (pool.length < REPEAT_POOL) pool.push(entry);
      else pool[rng.int(0, REPEAT_POOL - 1)] = entry;
    }
    const [agency, city, county] = rng.weighted(NY_REPORTING_AGENCIES);
    const c = yearCase(rng, f, {
      index: i,
      child: entry.child,
      agency,
      reportedMs,
      lastContactMs,
      reportedAs,
      priorEpisodes: entry.episodes,
      nyPlace: [city, county],
    });
    entry.freeAtMs = episodeEndMs(c);
    yield c;
  }
}

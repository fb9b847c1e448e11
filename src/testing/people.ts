/**
 * Synthetic people: the same child reported again and again, by different agencies, with
 * the recording noise of hand-typed records (`syntheticYear` with `repeatShare`), and the
 * ground truth of who is who (`syntheticPeople`).
 * @module
 */
import type { MissingCase } from "../models/case.js";
import type { Child } from "../models/child.js";
import { localPacked } from "../time/local-date.js";
import { formatPacked, type PackedDate } from "../time/packed-date.js";
import { MINUTE_MS } from "../time/units.js";
import { randomReportedAs, reportDelay } from "./case.js";
import { birthDateForAge, randomChild } from "./child.js";
import { addDays } from "./clock.js";
import {
  birthDateVariant,
  capitalize,
  familyVariant,
  nickname,
  typo,
  withoutAccents,
} from "./noise.js";
import { compoundFamilyName, familyName, givenName } from "./people-names.js";
import { createRng, deriveSeed, type Rng } from "./random.js";
import { AGE_WEIGHTS, NY_REPORTING_AGENCIES } from "./vocabulary.js";
import { episodeEndMs, yearCase, yearFrame } from "./year-clock.js";
import type { SyntheticYearOptions } from "./year-options.js";

/** Who a synthetic person is, whatever a report makes of it. */
type Person = {
  readonly id: string;
  readonly given: string;
  readonly family: string;
  readonly middle: string | undefined;
  readonly alias: string | undefined;
  readonly born: PackedDate;
  readonly sex: "M" | "F";
  /** Descriptors that stay (eye and hair colour, race, disability, marks). */
  readonly looks: Child;
  readonly homeAgency: string;
  /** Each agency's id for this person, assigned at its first report. */
  readonly ids: Map<string, string>;
  episodes: number;
  freeAtMs: number;
};

const POOL = 4096;
const AGENCY_IDS = NY_REPORTING_AGENCIES.map(([[id]]) => id);

function newPerson(
  rng: Rng,
  id: string,
  lastContactMs: number,
  zone: string,
  pool: Person[],
): Person {
  const sibling = pool.length > 0 && rng.chance(0.03) ? rng.pick(pool) : undefined;
  const age = rng.weighted(AGE_WEIGHTS);
  const contact = localPacked(lastContactMs, zone);
  let born = birthDateForAge(rng, contact, age);
  if (sibling) {
    // Twins a third of the time, else a brother or sister one to four years apart.
    const twin = rng.chance(0.33);
    const other = twin
      ? sibling.born
      : addDays(sibling.born, rng.pick([-1, 1]) * rng.int(400, 1500));
    if (other <= contact) born = other;
  }
  const sex = rng.chance(0.52) ? "F" : "M";
  let given = givenName(rng, sex);
  if (sibling && given === sibling.given) given = givenName(rng, sex === "F" ? "M" : "F");
  const family = sibling?.family ?? (rng.chance(0.03) ? compoundFamilyName(rng) : familyName(rng));
  const looks = randomChild(rng, id, formatPacked(born), age);
  return {
    id,
    given,
    family,
    middle: rng.chance(0.5) ? givenName(rng, sex) : undefined,
    alias: rng.chance(0.06) ? (nickname(rng, given) ?? givenName(rng, sex)) : undefined,
    born,
    sex,
    looks: sibling ? { ...looks, race: sibling.looks.race ?? [] } : looks,
    homeAgency: sibling?.homeAgency ?? rng.weighted(NY_REPORTING_AGENCIES)[0],
    ids: new Map(),
    episodes: rng.chance(0.1) ? rng.int(1, 4) : 0,
    freeAtMs: 0,
  };
}

/** The id an agency records: its own (mostly), a new one, or one copied from another agency. */
function recordedId(rng: Rng, p: Person, agency: string, counter: () => number): string {
  const own = p.ids.get(agency);
  const r = rng.next();
  if (r < 0.05 && p.ids.size > 0) {
    const others = [...p.ids.values()];
    return rng.pick(others);
  }
  if (own && r >= 0.1) return own;
  const fresh = `${agency}-${counter()}`;
  if (!own) p.ids.set(agency, fresh);
  return fresh;
}

/** The given name as one report writes it. */
function givenVariant(rng: Rng, p: Person): string {
  const r = rng.next();
  if (r < 0.06) return nickname(rng, p.given) ?? p.given;
  if (r < 0.09) return typo(rng, p.given);
  if (r < 0.095) return p.given.slice(0, 1);
  if (r < 0.105 && p.alias) return p.alias;
  return p.given;
}

/** Case and accents as one system keeps them: NCIC-style capitals, accents often lost. */
function styled(rng: Rng, name: string): string {
  const plain = rng.chance(0.5) ? withoutAccents(name) : name;
  return rng.chance(0.05) ? plain.toUpperCase() : plain;
}

function recordedChild(rng: Rng, p: Person, id: string, latest: PackedDate): Child {
  let given = styled(rng, givenVariant(rng, p));
  let family = styled(rng, rng.chance(0.03) ? typo(rng, p.family) : familyVariant(rng, p.family));
  if (rng.chance(0.01)) [given, family] = [family, given];
  const middle = p.middle && rng.chance(0.5) ? p.middle : undefined;
  const sexNoise = rng.next();
  const raceNoise = rng.next();
  const { race: _race, ...looks } = p.looks;
  return {
    ...looks,
    id,
    name: {
      given,
      family,
      ...(middle ? { middle: rng.chance(0.1) ? middle.slice(0, 1) : middle } : {}),
    },
    ...(p.alias && rng.chance(0.5) ? { aliases: [capitalize(p.alias)] } : {}),
    birthDate: birthDateVariant(rng, p.born, latest),
    sex: sexNoise < 0.005 ? (p.sex === "F" ? "M" : "F") : sexNoise < 0.015 ? "U" : p.sex,
    ...(raceNoise < 0.08
      ? {}
      : raceNoise < 0.16
        ? { race: [rng.pick(["W", "B", "A", "I"] as const)] }
        : { race: p.looks.race ?? [] }),
  };
}

/** Picks a pooled person free (not missing) at `ms`: up to three tries. */
function repeatOf(rng: Rng, pool: readonly Person[], ms: number): Person | undefined {
  for (let k = 0; k < 3 && pool.length > 0; k++) {
    const p = rng.pick(pool);
    if (p.freeAtMs <= ms) return p;
  }
  return undefined;
}

/** The city and county of a New York agency of the vocabulary. */
function nyPlaceOf(agency: string): readonly [string, string] | undefined {
  const known = NY_REPORTING_AGENCIES.find(([[id]]) => id === agency)?.[0];
  return known ? [known[1], known[2]] : undefined;
}

/** One report of the year and the person it is about. @internal */
export type Report = { readonly c: MissingCase; readonly personId: string };

/**
 * The reports of a year with repeat episodes of people (the `repeatShare` mode), with the
 * person behind each. Same reporting clock, outcomes and snapshot as `syntheticYear`.
 * @internal
 */
export function* peopleYear(o: SyntheticYearOptions): Generator<Report, void, undefined> {
  const f = yearFrame(o);
  const { clock, zone } = f;
  const repeatShare = o.repeatShare ?? 0;
  const rng = createRng(deriveSeed(o.seed, 5));
  const pool: Person[] = [];
  const agencyCounters = new Map<string, number>();
  let people = 0;
  for (let i = 0; i < o.reports; i++) {
    const reportedMs = clock(i, rng.next());
    const lastContactMs = reportedMs - reportDelay(rng) * MINUTE_MS;
    const reportedAs = randomReportedAs(rng, f.runawayShare);
    let person = rng.chance(repeatShare) ? repeatOf(rng, pool, lastContactMs) : undefined;
    if (person) person.episodes++;
    else {
      person = newPerson(rng, `person-${o.year}-${++people}`, lastContactMs, zone, pool);
      if (pool.length < POOL) pool.push(person);
      else pool[rng.int(0, POOL - 1)] = person;
    }
    const agency = rng.chance(0.7) ? person.homeAgency : rng.pick(AGENCY_IDS);
    const counter = () => {
      const n = (agencyCounters.get(agency) ?? 0) + 1;
      agencyCounters.set(agency, n);
      return n;
    };
    const child = recordedChild(
      rng,
      person,
      recordedId(rng, person, agency, counter),
      localPacked(lastContactMs, zone),
    );
    const built = yearCase(rng, f, {
      index: i,
      child,
      agency,
      reportedMs,
      lastContactMs,
      reportedAs,
      priorEpisodes: person.episodes,
      nyPlace: nyPlaceOf(agency),
    });
    // Agencies often do not know of earlier episodes elsewhere: 40 % of reports leave it out.
    const { priorEpisodes: _prior, ...unknownPrior } = built;
    const c = rng.chance(0.4) ? unknownPrior : built;
    person.freeAtMs = episodeEndMs(c);
    yield { c, personId: person.id };
  }
}

/**
 * Field-by-field comparison of two cases: an agreement level per field, and the score.
 * @module
 */
import { osaDistance, withinOneEdit } from "./distance.js";
import {
  type CaseTable,
  END,
  familyOf,
  givenOf,
  hasAliases,
  hasMiddle,
  middleOf,
  type NameInfo,
  type NameVariant,
  NUM,
  START,
} from "./features.js";
import { sharesGroup } from "./nicknames.js";
import { type LinkWeight, WEIGHTS } from "./weights.js";

const G = WEIGHTS.givenName;
const F = WEIGHTS.familyName;
const B = WEIGHTS.birthDate;
const HOUR = 3_600_000;
const NONE: readonly NameVariant[] = [];

// Words of compound family names that say nothing on their own ("de la Cruz", "van Dyke").
// biome-ignore format: a word list reads better packed
const PARTICLES = new Set([
  "de", "la", "las", "los", "del", "da", "das", "do", "dos", "di", "du", "van", "von", "der",
  "den", "le", "st", "mc", "mac", "bin", "ibn", "al", "el", "y", "e",
]);

// Names are tested on their numbers (`id`, `firstId`, `phonId`, `c0`, `c1`: equal numbers,
// equal strings) rather than on their strings: a comparison then reads the name's record
// only, not strings elsewhere in memory.

/** Edits allowed for a typing error: none under 4 letters, 1 from 4, 2 from 8. */
function typoBound(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n >= 8 ? 2 : n >= 4 ? 1 : 0;
}

/** The first letters agree, or one's first is the other's second (symmetric). */
function firstLettersClose(x: NameInfo, y: NameInfo): boolean {
  return x.c0 === y.c0 || x.c0 === y.c1 || y.c0 === x.c1;
}

/** The same NYSIIS code, not empty. */
const samePhon = (x: NameInfo, y: NameInfo): boolean => x.phonId !== 0 && x.phonId === y.phonId;

/** Equal or alike-sounding: what a name must be to the other part of the other name to read the two as swapped. */
function alike(x: NameInfo, y: NameInfo): boolean {
  return x.id !== 0 && (x.id === y.id || samePhon(x, y));
}

/**
 * A typing error apart: within the edit bound, and the first letter kept or swapped with the
 * second (typists rarely miss the first letter; the check also spares the edit distance on
 * most pairs of unrelated names).
 */
function spellingClose(x: NameInfo, y: NameInfo): boolean {
  if (!firstLettersClose(x, y)) return false;
  const a = x.joined;
  const b = y.joined;
  const bound = typoBound(a, b);
  if (bound === 1) return withinOneEdit(a, b);
  return bound > 0 && osaDistance(a, b, bound) <= bound;
}

/**
 * The agreement level of two given names (symmetric). Levels, first that holds: unknown (one
 * is empty), equal (same normal form or same first word; `equal-common` for a common name),
 * initial (one is a single letter: agreeing, else different), nickname (a group of the
 * nickname dataset holds both), typo (one edit, two from 8 letters, the first letter kept or
 * swapped with the second), phonetic (same NYSIIS code), different.
 *
 * @example
 * ```ts
 * compareGiven(readName("Liz", false, memo), readName("Elizabeth", false, memo)).agreement; // "nickname"
 * ```
 * @internal
 */
export function compareGiven(x: NameInfo, y: NameInfo): LinkWeight {
  if (x.id === 0 || y.id === 0) return G.unknown;
  if (x.id === y.id || x.firstId === y.firstId) {
    return x.commonGiven || y.commonGiven ? G["equal-common"] : G.equal;
  }
  if (x.initial || y.initial) return x.c0 === y.c0 ? G.initial : G.different;
  if (sharesGroup(x.groups, y.groups)) return G.nickname;
  if (spellingClose(x, y)) return G.typo;
  if (samePhon(x, y)) return G.phonetic;
  return G.different;
}

function sharesWord(x: NameInfo, y: NameInfo): boolean {
  if (!x.words && !y.words) return false;
  return x.tokens.some((t) => !PARTICLES.has(t) && y.tokens.includes(t));
}

/**
 * The agreement level of two family names (symmetric): unknown, equal (`equal-common` for a
 * common surname; spacing, hyphens and apostrophes already gone: "Garcia-Lopez" equals
 * "Garcia Lopez", "O'Brien" equals "OBrien"), compound-part (a word in common, particles
 * aside: "Garcia-Lopez" and "Garcia"), typo, phonetic, different.
 *
 * @example
 * ```ts
 * compareFamily(readName("Smyth", true, memo), readName("Smith", true, memo)).agreement; // "typo"
 * ```
 * @internal
 */
export function compareFamily(x: NameInfo, y: NameInfo): LinkWeight {
  if (x.id === 0 || y.id === 0) return F.unknown;
  if (x.id === y.id) return x.commonFamily ? F["equal-common"] : F.equal;
  if (sharesWord(x, y)) return F["compound-part"];
  if (spellingClose(x, y)) return F.typo;
  if (samePhon(x, y)) return F.phonetic;
  return F.different;
}

/**
 * The agreement level of two middle names; unknown unless both reports record one.
 * @example `compareMiddle(undefined, readName("Ann", false, memo)).agreement; // "unknown"`
 * @internal
 */
export function compareMiddle(x: NameInfo | undefined, y: NameInfo | undefined): LinkWeight {
  const M = WEIGHTS.middleName;
  if (!x || !y || x.id === 0 || y.id === 0) return M.unknown;
  if (x.id === y.id || x.firstId === y.firstId || spellingClose(x, y)) return M.equal;
  if ((x.initial || y.initial) && x.c0 === y.c0) return M.initial;
  return M.different;
}

/** The name rows of the best reading of both names, with its total. @internal */
export type NameReading = {
  given: LinkWeight;
  family: LinkWeight;
  order: LinkWeight;
  total: number;
};

// The best reading so far of the comparison under way: one object, reused, so that the
// millions of comparisons of a linking run allocate nothing for names.
const best: NameReading = {
  given: G.unknown,
  family: F.unknown,
  order: WEIGHTS.nameOrder["as-recorded"],
  total: 0,
};

/** Offers a reading; a shared family name means nothing when the given names are unrelated (siblings, twins). */
function offer(given: LinkWeight, family: LinkWeight, order: LinkWeight): void {
  const f = given === G.different && family.weight > 0 ? F["shared-by-relatives"] : family;
  const total = given.weight + f.weight + order.weight;
  if (total > best.total) {
    best.given = given;
    best.family = f;
    best.order = order;
    best.total = total;
  }
}

/**
 * Offers the swapped reading of x's names against y's. The cross pairs can be compared two
 * ways (x's given name against y's family name with the given-name rules, or with the
 * family-name rules); the lower total is taken, which is symmetric and never credits a name
 * with the rarity it has only in the other part.
 */
function offerSwapped(
  xg: NameInfo,
  xf: NameInfo,
  yg: NameInfo,
  yf: NameInfo,
  order: LinkWeight,
): void {
  let given = compareGiven(xg, yf);
  let family = compareFamily(xf, yg);
  const other = compareGiven(yg, xf);
  const otherFamily = compareFamily(yf, xg);
  if (other.weight + otherFamily.weight < given.weight + family.weight) {
    given = other;
    family = otherFamily;
  }
  offer(given, family, order);
}

/** One report's given and family names against the other's, as recorded and swapped. */
function offerVariants(
  xg: NameInfo,
  xf: NameInfo,
  yg: NameInfo,
  yf: NameInfo,
  order: LinkWeight,
): void {
  offer(compareGiven(xg, yg), compareFamily(xf, yf), order);
  offerSwapped(xg, xf, yg, yf, order);
}

function sameName(x: NameInfo | undefined, y: NameInfo): boolean {
  return x !== undefined && x.id !== 0 && x.id === y.id;
}

/**
 * The best reading of the two children's names: as recorded, given and family swapped (read
 * only when the names as recorded disagree on a part and a part of one equals, or sounds
 * like, the other part of the other), or through an alias of either (each alias against the
 * other's names and aliases). The
 * readings other than "as recorded" cost a bit each (`nameOrder` rows). A given name that is
 * the other's middle name reads as `middle-name`. Symmetric. The result is shared: read it
 * before the next call.
 *
 * @example
 * ```ts
 * nameReading(table, 0, 1).given.agreement; // "nickname"
 * ```
 * @internal
 */
export function nameReading(t: CaseTable, i: number, j: number): Readonly<NameReading> {
  const O = WEIGHTS.nameOrder;
  const num = t.num;
  const a = i * NUM;
  const b = j * NUM;
  const flags = (num[a + 1] as number) | (num[b + 1] as number);
  // Most pairs a blocking key proposes have both names equal: read from the numbers alone.
  if (
    (flags & 256) === 0 &&
    num[a + 6] === num[b + 6] &&
    num[a + 6] !== 0 &&
    num[a + 7] === num[b + 7] &&
    num[a + 7] !== 0
  ) {
    best.given = flags & 1024 ? G["equal-common"] : G.equal;
    best.family = flags & 2048 ? F["equal-common"] : F.equal;
    best.order = O["as-recorded"];
    best.total = best.given.weight + best.family.weight;
    return best;
  }
  const ag = givenOf(t, i);
  const af = familyOf(t, i);
  const bg = givenOf(t, j);
  const bf = familyOf(t, j);
  best.total = Number.NEGATIVE_INFINITY;
  let given = compareGiven(ag, bg);
  const middle = given === G.different && (hasMiddle(t, i) || hasMiddle(t, j));
  if (middle && (sameName(middleOf(t, i), bg) || sameName(middleOf(t, j), ag))) {
    given = G["middle-name"];
  }
  offer(given, compareFamily(af, bf), O["as-recorded"]);
  // Swapped is read only when the names as recorded disagree on a part, and a part of one is
  // equal to (or sounds like) the other part of the other.
  const disagree = best.given.weight < 0 || best.family.weight <= 0;
  if (disagree && (alike(ag, bf) || alike(af, bg))) offerSwapped(ag, af, bg, bf, O.swapped);
  if (!hasAliases(t, i) && !hasAliases(t, j)) return best;
  const aa = t.aliases.get(i) ?? NONE;
  const ba = t.aliases.get(j) ?? NONE;
  for (const x of aa) offerVariants(x.given, x.family, bg, bf, O.alias);
  for (const y of ba) {
    offerVariants(ag, af, y.given, y.family, O.alias);
    for (const x of aa) offerVariants(x.given, x.family, y.given, y.family, O.alias);
  }
  return best;
}

/** 1 when exactly one digit differs, 2 when two adjacent digits are swapped, else 0. */
function digitError(p: number, q: number): number {
  let diff = 0;
  let x = p;
  let y = q;
  // The lowest two differing digits, for the swap test.
  let p0 = -1;
  let q0 = -1;
  let p1 = -1;
  let q1 = -1;
  let at = -1;
  for (let i = 0; i < 8; i++) {
    const dp = x % 10;
    const dq = y % 10;
    if (dp !== dq) {
      diff++;
      if (diff === 1) {
        p0 = dp;
        q0 = dq;
        at = i;
      } else if (diff === 2 && i === at + 1) {
        p1 = dp;
        q1 = dq;
      }
    }
    x = (x - dp) / 10;
    y = (y - dq) / 10;
  }
  if (diff === 1) return 1;
  return diff === 2 && p1 >= 0 && p0 === q1 && p1 === q0 ? 2 : 0;
}

const yearOf = (birth: number): number => Math.floor(birth / 10000);
const monthOf = (birth: number): number => Math.floor(birth / 100) % 100;

function byYears(a: number, b: number): LinkWeight {
  const gap = Math.abs(yearOf(a) - yearOf(b));
  return gap === 0 ? B["same-year"] : gap === 1 ? B["one-year-apart"] : B["years-apart"];
}

/**
 * The agreement level of two birth dates (symmetric). Full dates: equal, day-month-swapped,
 * one-digit-off, digits-transposed, else by years (same-year, one-year-apart, years-apart).
 * A partial date (`YYYY-MM`, `YYYY`) is compared at its precision: partial-month or
 * partial-year when consistent, else by years.
 *
 * Dates are YYYYMMDD numbers (unknown month or day 0) with their precision (3, 2 or 1).
 *
 * @example
 * ```ts
 * compareBirth(20090304, 3, 20090403, 3).agreement; // "day-month-swapped"
 * compareBirth(20090300, 2, 20090314, 3).agreement; // "partial-month"
 * ```
 * @internal
 */
export function compareBirth(a: number, pa: number, b: number, pb: number): LinkWeight {
  if (pa === 3 && pb === 3) {
    if (a === b) return B.equal;
    const ya = yearOf(a);
    if (ya === yearOf(b) && monthOf(a) === b % 100 && a % 100 === monthOf(b)) {
      return B["day-month-swapped"];
    }
    const error = digitError(a, b);
    if (error === 1) return B["one-digit-off"];
    if (error === 2) return B["digits-transposed"];
    return byYears(a, b);
  }
  const precision = Math.min(pa, pb);
  if (yearOf(a) === yearOf(b) && (precision < 2 || monthOf(a) === monthOf(b))) {
    return precision === 2 ? B["partial-month"] : B["partial-year"];
  }
  return byYears(a, b);
}

function otherRows(t: CaseTable, i: number, j: number, out: LinkWeight[]): void {
  const W = WEIGHTS;
  const num = t.num;
  const a = i * NUM;
  const b = j * NUM;
  const fa = num[a + 1] as number;
  const fb = num[b + 1] as number;
  out[4] = compareBirth(num[a] as number, fa & 3, num[b] as number, fb & 3);
  const sa = (fa >> 2) & 3;
  const sb = (fb >> 2) & 3;
  out[5] = sa === 0 || sb === 0 ? W.sex.unknown : sa === sb ? W.sex.equal : W.sex.different;
  const ra = (fa >> 4) & 15;
  const rb = (fb >> 4) & 15;
  out[6] =
    ra === 0 || rb === 0 ? W.race.unknown : (ra & rb) !== 0 ? W.race.shared : W.race.different;
  const sameAgency = num[a + 2] === num[b + 2];
  out[7] = sameAgency ? W.reportingAgency.same : W.reportingAgency.different;
  const ta = num[a + 3] as number;
  const tb = num[b + 3] as number;
  out[8] = ta === 0 || tb === 0 ? W.state.unknown : ta === tb ? W.state.same : W.state.different;
  out[9] = !sameAgency
    ? W.childId["other-agency"]
    : num[a + 4] === num[b + 4] && num[a + 5] === num[b + 5]
      ? W.childId["same-in-agency"]
      : W.childId["different-in-agency"];
  const times = t.times;
  const x = i * (NUM / 2);
  const y = j * (NUM / 2);
  const overlap =
    Math.min(times[x + END] as number, times[y + END] as number) -
    Math.max(times[x + START] as number, times[y + START] as number);
  out[10] = overlap > HOUR ? W.episodes.concurrent : W.episodes.sequential;
}

/** Evidence rows a comparison fills: one a field. @internal */
export const FIELDS = 11;

/**
 * Fills `out[0…10]` with the evidence rows of rows `i` and `j` of `t`, one a field in the
 * order of `LinkField`, and returns their score: the sum of the weights, rounded to 0.01 so
 * that it is the same whichever case comes first. The linking loop reuses one array.
 *
 * @example
 * ```ts
 * const rows: LinkWeight[] = [];
 * const score = compareInto(table, 0, 1, rows);
 * rows[4]?.field; // "birthDate"
 * ```
 * @internal
 */
export function compareInto(t: CaseTable, i: number, j: number, out: LinkWeight[]): number {
  const names = nameReading(t, i, j);
  out[0] = names.given;
  out[1] = names.family;
  out[2] =
    hasMiddle(t, i) && hasMiddle(t, j)
      ? compareMiddle(middleOf(t, i), middleOf(t, j))
      : WEIGHTS.middleName.unknown;
  out[3] = names.order;
  otherRows(t, i, j, out);
  let sum = 0;
  for (let k = 0; k < FIELDS; k++) sum += (out[k] as LinkWeight).weight;
  return Math.round(sum * 100) / 100;
}

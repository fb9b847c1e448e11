/**
 * What the comparison reads of a case, computed once per case and copied out of it (the
 * case itself is not kept).
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { scanDigits, tryInstantMs } from "../time/instant.js";
import { COMMON_FAMILY_NAMES, COMMON_GIVEN_NAMES } from "./common-names.js";
import { hashBoth, hashString } from "./hash.js";
import { nicknameGroups } from "./nicknames.js";
import { normalizeName } from "./normalize.js";
import { nysiis } from "./nysiis.js";

/** A name part, normalised, with what the comparisons and blocking keys need. @internal */
export type NameInfo = {
  /** The number of `joined` in this run (0 for ""): equal numbers, equal normal forms. */
  readonly id: number;
  /** Where it sits in {@link NameMemo.infos}: rows refer to their names by this number. */
  readonly ref: number;
  /** Normal form, words joined ("garcialopez"); "" when the name has no letter or digit. */
  readonly joined: string;
  readonly tokens: readonly string[];
  /** First word ("mary" of "Mary Ann"). */
  readonly first: string;
  /** NYSIIS code of `joined`. */
  readonly phon: string;
  /**
   * Numbers of `first` and `phon` in this run (0 for ""), and the first two code units of
   * `joined` (0 and −1 when missing): the comparisons test names on these numbers, not on
   * strings held elsewhere in memory.
   */
  readonly firstId: number;
  readonly phonId: number;
  readonly c0: number;
  readonly c1: number;
  /** `tokens` has more than one word. */
  readonly words: boolean;
  /** Hashes of `joined` and `phon`, for blocking keys. */
  readonly joinedHash: number;
  readonly phonHash: number;
  /** Nickname groups of `first` (and of `joined` for a name of several words). */
  readonly groups: readonly number[];
  /** A single letter ("J", "J."): an initial. */
  readonly initial: boolean;
  readonly commonGiven: boolean;
  readonly commonFamily: boolean;
};

/** One reading of a child's name: as recorded, or an alias. @internal */
export type NameVariant = { readonly given: NameInfo; readonly family: NameInfo };

/**
 * The cases of a linking run, one column a field (no object per case, and numbers in typed
 * arrays, so a million cases cost the collector little): row `i` is the `i`-th case read,
 * rows 0…`size`−1 are in use.
 * @internal
 */
export type CaseTable = {
  size: number;
  readonly ids: string[];
  /** Aliases read as names (at most {@link MAX_ALIASES}), for the rows that have any. */
  readonly aliases: Map<number, readonly NameVariant[]>;
  /**
   * What a comparison reads of each row, side by side, {@link NUM} numbers a row (one cache
   * line: a comparison meets its two rows in no particular order, so each row it reads costs
   * a trip to memory, and a second array would cost a second): birth date YYYYMMDD (unknown
   * month or day 0); precision (bits 0–1: 3 day, 2 month, 1 year), sex (bits 2–3: 0 U, 1 M,
   * 2 F, 3 X), race (bits 4–7: A, B, I, W), aliases (bit 8), a middle name (bit 9), a common
   * given name (bit 10), a common family name (bit 11); reporting agency and state as small
   * numbers (state 0: none); two hashes of the child id (64 bits that stand for it, so the id
   * strings need not be kept); the numbers of the given and the family name's normal forms
   * (equal names compare without reading the names); where the given, family and middle
   * names (−1: none) sit in the memo's `infos` (numbers, not references: a million rows add
   * no pointers for the collector to trace); unused; then, as two 64-bit floats read through
   * {@link CaseTable.times}, the last contact and the episode's end (locate in force, cancel,
   * or +Infinity). Read them with {@link birthOf}, {@link givenOf} and the like.
   */
  num: Int32Array;
  /** {@link CaseTable.num} read as 64-bit floats, for its times. */
  times: Float64Array;
  /**
   * What blocking reads of each row, {@link KEYS} numbers a row: hashes of the family name,
   * its NYSIIS code and the given name's NYSIIS code (0 when empty), the family name's first
   * letter, and a hash of the case id (hashed as it is read, for the check of repeated ids).
   */
  keys: Int32Array;
  /** When each row was reported (ms). */
  reported: Float64Array;
  /** Interned agencies and states. */
  readonly codes: Map<string, number>;
  readonly memo: NameMemo;
};

/** Numbers a row in {@link CaseTable.num}. @internal */
export const NUM = 16;
/** Where the last contact of row `i` is in {@link CaseTable.times}: `i * (NUM / 2) + START`. @internal */
export const START = 6;
/** Where the episode's end of row `i` is in {@link CaseTable.times}. @internal */
export const END = 7;
/** Numbers a row in {@link CaseTable.keys}. @internal */
export const KEYS = 5;

/** The birth date of row `i` as YYYYMMDD. @example `birthOf(t, 0); // 20090314` @internal */
export const birthOf = (t: CaseTable, i: number): number => t.num[i * NUM] as number;
/** 3 day, 2 month, 1 year. @example `precisionOf(t, 0); // 3` @internal */
export const precisionOf = (t: CaseTable, i: number): number => (t.num[i * NUM + 1] as number) & 3;
/** 0 U, 1 M, 2 F, 3 X. @example `sexOf(t, 0); // 2` @internal */
export const sexOf = (t: CaseTable, i: number): number => ((t.num[i * NUM + 1] as number) >> 2) & 3;
/** Race bits A 1, B 2, I 4, W 8. @example `raceOf(t, 0); // 8` @internal */
export const raceOf = (t: CaseTable, i: number): number =>
  ((t.num[i * NUM + 1] as number) >> 4) & 15;
/** Whether row `i` has aliases. @example `hasAliases(t, 0); // false` @internal */
export const hasAliases = (t: CaseTable, i: number): boolean =>
  ((t.num[i * NUM + 1] as number) & 256) !== 0;
/** Whether row `i` has a middle name. @example `hasMiddle(t, 0); // true` @internal */
export const hasMiddle = (t: CaseTable, i: number): boolean =>
  ((t.num[i * NUM + 1] as number) & 512) !== 0;
/** The reporting agency's number. @example `agencyOf(t, 0); // 1` @internal */
export const agencyOf = (t: CaseTable, i: number): number => t.num[i * NUM + 2] as number;
/** The state's number, 0 when none. @example `stateOf(t, 0); // 2` @internal */
export const stateOf = (t: CaseTable, i: number): number => t.num[i * NUM + 3] as number;
/** Hash of the family name (0: none). @example `familyHashOf(t, 0);` @internal */
export const familyHashOf = (t: CaseTable, i: number): number => t.keys[i * KEYS] as number;
/** Hash of the family name's NYSIIS code (0: none). @example `familyPhonOf(t, 0);` @internal */
export const familyPhonOf = (t: CaseTable, i: number): number => t.keys[i * KEYS + 1] as number;
/** Hash of the given name's NYSIIS code (0: none). @example `givenPhonOf(t, 0);` @internal */
export const givenPhonOf = (t: CaseTable, i: number): number => t.keys[i * KEYS + 2] as number;
/** The family name's first letter (code unit; 0: none). @example `familyInitialOf(t, 0); // 115` @internal */
export const familyInitialOf = (t: CaseTable, i: number): number => t.keys[i * KEYS + 3] as number;
/** One of the two hashes (`k` 0 or 1) of the child id. @example `childIdHashOf(t, 0, 0);` @internal */
export const childIdHashOf = (t: CaseTable, i: number, k: 0 | 1): number =>
  t.num[i * NUM + 4 + k] as number;
/** The given name of row `i`. @example `givenOf(t, 0).joined; // "elizabeth"` @internal */
export const givenOf = (t: CaseTable, i: number): NameInfo =>
  t.memo.infos[t.num[i * NUM + 8] as number] as NameInfo;
/** The family name of row `i`. @example `familyOf(t, 0).joined; // "smith"` @internal */
export const familyOf = (t: CaseTable, i: number): NameInfo =>
  t.memo.infos[t.num[i * NUM + 9] as number] as NameInfo;
/** The middle name of row `i`, if any. @example `middleOf(t, 0)?.joined; // "ann"` @internal */
export const middleOf = (t: CaseTable, i: number): NameInfo | undefined => {
  const ref = t.num[i * NUM + 10] as number;
  return ref < 0 ? undefined : t.memo.infos[ref];
};
/** A hash of the case id of row `i`. @example `idHashOf(t, 0);` @internal */
export const idHashOf = (t: CaseTable, i: number): number => t.keys[i * KEYS + 4] as number;
/** When row `i` was reported (ms). @example `reportedOf(t, 0);` @internal */
export const reportedOf = (t: CaseTable, i: number): number => t.reported[i] as number;

/** Aliases read per case: a bound on the work of one comparison (the schema allows 50). */
export const MAX_ALIASES = 3;

const SEX: Readonly<Record<string, number>> = { M: 1, F: 2, X: 3 };
const RACE: Readonly<Record<string, number>> = { A: 1, B: 2, I: 4, W: 8 };

/** A table of one-letter ASCII codes by the letter's code unit (see {@link letter}). */
function byCodeUnit(table: Readonly<Record<string, number>>): Uint8Array {
  const out = new Uint8Array(128);
  for (const [code, n] of Object.entries(table)) out[code.charCodeAt(0)] = n;
  return out;
}

const SEX_UNITS = byCodeUnit(SEX);
const RACE_UNITS = byCodeUnit(RACE);

/**
 * `table[code] ?? 0`, read from the letter's code unit when `code` is a one-letter string: a
 * string just parsed is not internalised, and using it as a property key would look it up
 * in the string table first.
 */
function letter(table: Readonly<Record<string, number>>, units: Uint8Array, code: unknown): number {
  if (typeof code === "string") return code.length === 1 ? (units[code.charCodeAt(0)] ?? 0) : 0;
  // Not a string (a malformed case): read as before, the key converted to a string.
  return Number(table[code as string] ?? 0) | 0;
}

/** Names already read, so that a name shared by many cases is normalised once. @internal */
export type NameMemo = {
  /** The given names read, by raw string. */
  readonly given: NameTable;
  /** The family names read, by raw string. */
  readonly family: NameTable;
  /** The raw string of each name, by {@link NameInfo.ref}. */
  readonly raws: string[];
  /** A number for each normal form, NYSIIS code or first word ("" is 0): equal numbers, equal strings. */
  readonly ids: Map<string, number>;
  /** Every name read, by {@link NameInfo.ref}. */
  readonly infos: NameInfo[];
};

/** A fresh memo for one linking run. @internal */
export function createNameMemo(): NameMemo {
  return {
    given: createNameTable(),
    family: createNameTable(),
    raws: [],
    ids: new Map([["", 0]]),
    infos: [],
  };
}

/**
 * Raw names to their refs: open addressing on the names' hashes, each slot a hash and its
 * ref + 1 (0: empty) side by side. A lookup hashes the raw string in JavaScript and reads one
 * slot (and, when the hash matches, the string it stands for), where a `Map` keyed by a string
 * just parsed has the engine hash it out of line and reads an entry and its key elsewhere in
 * memory: two lookups a case, the most frequent work of reading one.
 */
type NameTable = { slots: Int32Array; count: number };

const createNameTable = (): NameTable => ({ slots: new Int32Array(2 * 1024), count: 0 });

/** The slot of `raw` (hash `h`) in `table`: where its ref is, or the empty slot for it. */
function slotOf(table: NameTable, raws: readonly string[], raw: string, h: number): number {
  const slots = table.slots;
  const mask = (slots.length >> 1) - 1;
  for (let at = h & mask; ; at = (at + 1) & mask) {
    const ref = slots[2 * at + 1] as number;
    if (ref === 0 || (slots[2 * at] === h && raws[ref - 1] === raw)) return at;
  }
}

/** Room for twice as many names, kept at most half full so that probes stay short. */
function growTable(table: NameTable): void {
  const old = table.slots;
  const slots = new Int32Array(old.length * 2);
  const mask = (slots.length >> 1) - 1;
  for (let k = 0; k < old.length; k += 2) {
    if (old[k + 1] === 0) continue;
    let at = (old[k] as number) & mask;
    while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
    slots[2 * at] = old[k] as number;
    slots[2 * at + 1] = old[k + 1] as number;
  }
  table.slots = slots;
}

/** The number of `s` in `memo` (a new one when it has none). */
function numberOf(s: string, memo: NameMemo): number {
  const ids = memo.ids;
  let id = ids.get(s);
  if (id === undefined) {
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

function nameInfo(raw: string, family: boolean, memo: NameMemo): NameInfo {
  const { tokens, joined } = normalizeName(raw, family);
  const first = tokens[0] ?? "";
  let groups = nicknameGroups(first);
  if (tokens.length > 1) {
    const whole = nicknameGroups(joined);
    if (whole.length > 0) groups = [...new Set([...groups, ...whole])].sort((x, y) => x - y);
  }
  const phon = nysiis(joined);
  const id = numberOf(joined, memo);
  return {
    id,
    ref: memo.infos.length,
    joined,
    tokens,
    first,
    phon,
    // A name of one word is its first word: no second lookup.
    firstId: tokens.length > 1 ? numberOf(first, memo) : id,
    phonId: numberOf(phon, memo),
    c0: joined.charCodeAt(0) || 0,
    c1: joined.length > 1 ? joined.charCodeAt(1) : -1,
    words: tokens.length > 1,
    joinedHash: hashString(joined),
    phonHash: hashString(phon),
    groups,
    initial: joined.length === 1,
    commonGiven: COMMON_GIVEN_NAMES.has(first) || COMMON_GIVEN_NAMES.has(joined),
    commonFamily: COMMON_FAMILY_NAMES.has(joined),
  };
}

/**
 * The normalised name part of `raw`, from `memo` when it was read before.
 * @example `readName("José", false, memo).joined; // "jose"`
 * @internal
 */
export function readName(raw: string, family: boolean, memo: NameMemo): NameInfo {
  const table = family ? memo.family : memo.given;
  const h = hashString(raw) | 0;
  const at = slotOf(table, memo.raws, raw, h);
  const ref = table.slots[2 * at + 1] as number;
  if (ref !== 0) return memo.infos[ref - 1] as NameInfo;
  const info = nameInfo(raw, family, memo);
  memo.infos.push(info);
  memo.raws.push(raw);
  table.slots[2 * at] = h;
  table.slots[2 * at + 1] = info.ref + 1;
  if (++table.count * 2 > table.slots.length >> 1) growTable(table);
  return info;
}

/**
 * A birth date `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as one number: YYYYMMDD (unknown month or
 * day 0) times ten plus the precision (3 day, 2 month, 1 year); 0 when it is none of these.
 * @example `readBirthDate("2009-03"); // 200903002`
 * @internal
 */
export function readBirthDate(s: string): number {
  const y = s.length >= 4 ? scanDigits(s, 0, 4) : -1;
  if (y < 0 || (s.length !== 4 && s.charCodeAt(4) !== 45)) return 0;
  if (s.length === 4) return y * 100000 + 1;
  const m = scanDigits(s, 5, 2);
  if (m < 1 || m > 12) return 0;
  if (s.length === 7) return (y * 10000 + m * 100) * 10 + 2;
  const d = s.length === 10 && s.charCodeAt(7) === 45 ? scanDigits(s, 8, 2) : -1;
  return d < 1 || d > 31 ? 0 : (y * 10000 + m * 100 + d) * 10 + 3;
}

function aliasVariant(raw: string, family: NameInfo, memo: NameMemo): NameVariant | undefined {
  const { tokens } = normalizeName(raw);
  if (tokens.length === 0) return undefined;
  // "Lizzy" is another given name; "Lizzy Brown" a given and a family name.
  const given = readName(tokens[0] as string, false, memo);
  return tokens.length === 1
    ? { given, family }
    : { given, family: readName(tokens[tokens.length - 1] as string, true, memo) };
}

/** Where a case came from, for error messages: `cases[3]`, or a parameter name ("a"). */
type Source = number | string;
const label = (from: Source, field: string) =>
  `${typeof from === "number" ? `cases[${from}]` : from}${field}`;

// Checks build the parameter name only when they throw: no strings on the bulk path.
function text(value: unknown, from: Source, field: string): string {
  if (typeof value !== "string") throw new TypeError(`${label(from, field)} must be a string`);
  return value;
}

function instant(value: unknown, from: Source, field: string): number {
  const ms = tryInstantMs(value);
  if (Number.isNaN(ms)) {
    throw new RangeError(`${label(from, field)} must be an RFC 3339 date-time with Z or an offset`);
  }
  return ms;
}

/** When the episode ended: the locate still in force, else a cancel, else +Infinity. */
function episodeEnd(events: MissingCase["events"], from: Source): number {
  if (!Array.isArray(events)) throw new TypeError(`${label(from, ".events")} must be an array`);
  let end = Number.POSITIVE_INFINITY;
  for (let i = 0; i < events.length; i++) {
    const type = events[i]?.type;
    if (type === "locate" || (type === "cancel" && end === Number.POSITIVE_INFINITY)) {
      const ms = tryInstantMs(events[i]?.at);
      if (Number.isNaN(ms)) instant(undefined, from, `.events[${i}].at`);
      end = ms;
    } else if (type === "reopen") end = Number.POSITIVE_INFINITY;
  }
  return end;
}

function raceBits(race: readonly string[] | undefined): number {
  let bits = 0;
  if (Array.isArray(race)) {
    for (let i = 0; i < race.length; i++) bits |= letter(RACE, RACE_UNITS, race[i]);
  } else for (const r of race ?? []) bits |= letter(RACE, RACE_UNITS, r);
  return bits;
}

function aliasesOf(
  child: MissingCase["child"],
  family: NameInfo,
  from: Source,
  memo: NameMemo,
): NameVariant[] | undefined {
  const list = child.aliases;
  if (list === undefined || list.length === 0) return undefined;
  const out: NameVariant[] = [];
  for (let i = 0; i < list.length && i < MAX_ALIASES; i++) {
    const v = aliasVariant(text(list[i], from, ".child.aliases"), family, memo);
    if (v) out.push(v);
  }
  return out;
}

/**
 * An empty table for one linking run, with room for `capacity` rows (it grows as needed).
 * @example `const t = createTable(); addCase(t, c, 0);`
 * @internal
 */
export function createTable(capacity = 1024): CaseTable {
  const num = new Int32Array(capacity * NUM);
  return {
    size: 0,
    ids: [],
    aliases: new Map(),
    num,
    times: new Float64Array(num.buffer),
    keys: new Int32Array(capacity * KEYS),
    reported: new Float64Array(capacity),
    codes: new Map([["", 0]]),
    memo: createNameMemo(),
  };
}

/** Twice the room in the numeric columns. */
function grow(t: CaseTable): void {
  const num = new Int32Array(t.num.length * 2);
  num.set(t.num);
  t.num = num;
  t.times = new Float64Array(num.buffer);
  const keys = new Int32Array(t.keys.length * 2);
  keys.set(t.keys);
  t.keys = keys;
  const reported = new Float64Array(t.reported.length * 2);
  reported.set(t.reported);
  t.reported = reported;
}

function code(t: CaseTable, s: string): number {
  let n = t.codes.get(s);
  if (n === undefined) {
    n = t.codes.size;
    t.codes.set(s, n);
  }
  return n;
}

/**
 * Reads case `c` into a new row of `t` and returns the row. `from` names it in errors: an
 * index (`cases[3]`) or a parameter name. Throws a `TypeError`/`RangeError` naming it and
 * the field when `c` is not shaped like a `MissingCase` (a parsed case never is): the id,
 * the name parts, the birth date, the times and the events are read. Nothing of `c` is kept
 * but strings and numbers.
 *
 * @example
 * ```ts
 * const t = createTable();
 * const row = addCase(t, c, "a");
 * givenOf(t, row).joined; // "elizabeth"
 * ```
 * @internal
 */
export function addCase(t: CaseTable, c: MissingCase, from: Source): number {
  if (typeof c !== "object" || c === null) {
    throw new TypeError(`${label(from, "")} must be a MissingCase`);
  }
  const child = c.child;
  if (typeof child !== "object" || child === null) {
    throw new TypeError(`${label(from, ".child")} must be a Child`);
  }
  const memo = t.memo;
  const name = child.name ?? ({} as MissingCase["child"]["name"]);
  const given = readName(text(name.given, from, ".child.name.given"), false, memo);
  const family = readName(text(name.family, from, ".child.name.family"), true, memo);
  const birth = readBirthDate(text(child.birthDate, from, ".child.birthDate"));
  if (birth === 0) {
    throw new RangeError(`${label(from, ".child.birthDate")} must be YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  const id = text(c.id, from, ".id");
  const agency = code(t, text(c.reportingAgencyId, from, ".reportingAgencyId"));
  const childId = text(child.id, from, ".child.id");
  const reportedMs = instant(c.reportedAt, from, ".reportedAt");
  const startMs = instant(c.lastContactAt, from, ".lastContactAt");
  const endMs = episodeEnd(c.events, from);
  const middle = name.middle === undefined ? undefined : readName(name.middle, false, memo);
  const aliases = aliasesOf(child, family, from, memo);
  const row = t.size;
  if ((row + 1) * NUM > t.num.length) grow(t);
  t.ids.push(id);
  if (aliases) t.aliases.set(row, aliases);
  const n = row * NUM;
  t.num[n] = Math.floor(birth / 10);
  t.num[n + 1] =
    (birth % 10) |
    (letter(SEX, SEX_UNITS, child.sex) << 2) |
    (raceBits(child.race) << 4) |
    (aliases ? 256 : 0) |
    (middle ? 512 : 0) |
    (given.commonGiven ? 1024 : 0) |
    (family.commonFamily ? 2048 : 0);
  t.num[n + 2] = agency;
  t.num[n + 3] = typeof c.state === "string" ? code(t, c.state) : 0;
  hashBoth(childId, t.num, n + 4);
  t.num[n + 6] = given.id;
  t.num[n + 7] = family.id;
  t.num[n + 8] = given.ref;
  t.num[n + 9] = family.ref;
  t.num[n + 10] = middle ? middle.ref : -1;
  const m = row * (NUM / 2);
  t.times[m + START] = startMs;
  t.times[m + END] = endMs;
  const k = row * KEYS;
  t.keys[k] = family.id === 0 ? 0 : family.joinedHash;
  t.keys[k + 1] = family.phonId === 0 ? 0 : family.phonHash;
  t.keys[k + 2] = given.phonId === 0 ? 0 : given.phonHash;
  t.keys[k + 3] = family.c0;
  t.keys[k + 4] = hashString(id);
  t.reported[row] = reportedMs;
  t.size = row + 1;
  return row;
}

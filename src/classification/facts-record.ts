/**
 * Episode facts read once into an object of one fixed shape, for the compiled criteria.
 *
 * Why: fact objects come in as many shapes as there are sets of known facts (a record with
 * half its 29 facts known is one of millions), and V8 caches property lookups per shape.
 * Reading a fact by name from an object of a shape it has not seen recently goes to its
 * slow path: reading all the facts a classification needs that way cost about 10 µs. A
 * `for…in` loop instead walks the object's own list of keys with no lookup, and the criteria
 * then read the copy, whose single shape every lookup has seen.
 * @module
 */
import type { EpisodeFacts } from "../models/episode-facts.js";
import { generated } from "./compile.js";

/**
 * Every field of `EpisodeFacts`, in the model's order (a test checks it against the model:
 * the list lives here so that classification bundles without zod).
 * @internal
 */
export const EPISODE_FACT_KEYS = [
  "leftWithoutPermission",
  "choseNotToReturn",
  "toldToLeave",
  "preventedFromReturning",
  "alternativeCareArranged",
  "nightsAway",
  "mentallyIncompetent",
  "takenBy",
  "custodyViolation",
  "concealment",
  "flight",
  "intentToDeprive",
  "forceOrThreat",
  "detainedMinutes",
  "isolatedPlace",
  "lured",
  "perpetratorPurpose",
  "milesTransported",
  "detainedOvernight",
  "killed",
  "lostStrandedOrInjured",
  "tooYoungToReturn",
  "benignReason",
  "whereaboutsUnknownToCaretaker",
  "caretakerAlarmedMinutes",
  "caretakerTriedToLocate",
  "contactedPolice",
  "physicalSafetyAtRisk",
  "catastrophe",
] as const satisfies readonly (keyof EpisodeFacts)[];

type Record_ = { -readonly [K in keyof EpisodeFacts]: EpisodeFacts[K] };
/**
 * Fills `out`, a blank record of the one shape (every fact `undefined`), with the facts of
 * `f`: the facts `f` lacks stay `undefined`.
 */
type Filler = (f: EpisodeFacts, out: Record_) => Record_;

/**
 * A record of the one shape with every fact `undefined`: an object literal in generated code
 * (its properties in the object itself), else built key by key.
 */
let blankRecord: () => Record_ = () => {
  const names = EPISODE_FACT_KEYS.map((k) => `${JSON.stringify(k)}: undefined`);
  blankRecord =
    generated<() => Record_>([], `"use strict"; return { ${names.join(", ")} };`) ??
    (() => {
      const out: Record<string, undefined> = {};
      for (const k of EPISODE_FACT_KEYS) out[k] = undefined;
      return out as Record_;
    });
  return blankRecord();
};

/**
 * Where each fact's value goes while a record is filled: a perfect hash of the key (its
 * length and one of its characters) to its index in {@link EPISODE_FACT_KEYS}, and the key
 * each hash stands for (`null` for none). Why: fact objects list a different subset of the
 * facts each, so a `switch` over the keys `for…in` yields jumps somewhere new at every key, a
 * branch the processor mispredicts over varied records; the hash is arithmetic, and its one
 * comparison is true for every fact.
 */
type KeyHash = {
  readonly at: number;
  readonly times: number;
  readonly slots: Int8Array;
  readonly names: readonly (string | null)[];
};

/** Hash table size: a power of two, so the hash is a mask. */
const HASH_SIZE = 128;

function hashOf(key: string, at: number, times: number): number {
  const n = key.length;
  return (n * times + key.charCodeAt(at < n ? at : n - 1)) & (HASH_SIZE - 1);
}

/** The first (character, multiplier) pair that hashes the fact keys without a collision. */
function keyHash(): KeyHash {
  for (let at = 0; at < 16; at++) {
    for (let times = 1; times < HASH_SIZE; times++) {
      const names: (string | null)[] = new Array(HASH_SIZE).fill(null);
      const slots = new Int8Array(HASH_SIZE).fill(-1);
      const fits = EPISODE_FACT_KEYS.every((key, i) => {
        const h = hashOf(key, at, times);
        if (names[h] !== null) return false;
        names[h] = key;
        slots[h] = i;
        return true;
      });
      if (fits) return { at, times, slots, names };
    }
  }
  throw new Error("no perfect hash for the fact keys"); // the tests would fail first
}

/**
 * The filler as generated code: `for…in` hashes each key and, for a fact, stores its value by
 * index in a scratch array; straight-line code then moves the array into the record, fact by
 * fact and by name (a store into the record by a varying key cost as much as the rest of a
 * classification), clearing the array as it goes. A getter that classifies again while the
 * scratch array is in use gets an array of its own.
 */
function generatedFiller(): Filler | undefined {
  const { at, times, slots, names } = keyHash();
  const moves = EPISODE_FACT_KEYS.map(
    (k, i) => `out[${JSON.stringify(k)}] = v[${i}]; v[${i}] = undefined;`,
  );
  const body = `"use strict"; const scratch = new Array(${EPISODE_FACT_KEYS.length}).fill(undefined);
let busy = false;
return function fillFactsRecord(f, out) {
  const p = Object.getPrototypeOf(f);
  if (p !== OP && p !== null) {
    ${EPISODE_FACT_KEYS.map((k) => `out[${JSON.stringify(k)}] = f[${JSON.stringify(k)}];`).join(" ")}
    return out;
  }
  const v = busy ? new Array(${EPISODE_FACT_KEYS.length}).fill(undefined) : scratch;
  const mine = !busy;
  busy = true;
  try {
    for (const k in f) {
      const n = k.length;
      const h = (n * ${times} + k.charCodeAt(${at} < n ? ${at} : n - 1)) & ${HASH_SIZE - 1};
      if (NAMES[h] === k) v[SLOTS[h]] = f[k];
    }
  } catch (e) {
    v.fill(undefined);
    throw e;
  } finally {
    if (mine) busy = false;
  }
  ${moves.join(" ")}
  return out;
};`;
  type Make = (op: object, names: readonly (string | null)[], slots: Int8Array) => Filler;
  return generated<Make>(["OP", "NAMES", "SLOTS"], body)?.(Object.prototype, names, slots);
}

/** The same filler without generated code. */
function plainFiller(): Filler {
  const isFact: Record<string, true> = Object.create(null);
  for (const k of EPISODE_FACT_KEYS) isFact[k] = true;
  return (facts, out) => {
    const o = out as Record<string, unknown>;
    const proto: unknown = Object.getPrototypeOf(facts);
    if (proto === Object.prototype || proto === null) {
      for (const k in facts) if (isFact[k] === true) o[k] = facts[k as keyof EpisodeFacts];
    } else {
      for (const k of EPISODE_FACT_KEYS) o[k] = facts[k];
    }
    return out;
  };
}

let filler: Filler | undefined;

/**
 * A copy of `facts` with every fact as a property of one fixed shape (`undefined` when
 * unknown), which reads the same as `facts` for every fact: a plain object's facts are
 * listed by `for…in` (own and inherited enumerable keys, as a literal or `JSON.parse`
 * makes them); any other object (a class instance, say) has each fact read by name, as
 * before.
 *
 * @example
 * ```ts
 * factsRecord({ nightsAway: 2 }).nightsAway; // 2
 * factsRecord({ nightsAway: 2 }).lured;      // undefined
 * ```
 * @internal
 */
export function factsRecord(facts: EpisodeFacts, interpreted = false): EpisodeFacts {
  if (interpreted) return plainFiller()(facts, blankRecord());
  filler ??= generatedFiller() ?? plainFiller();
  return filler(facts, blankRecord());
}

/**
 * A record of the one shape with every fact `undefined`, to fill again and again with
 * {@link fillFactsRecord}.
 * @example
 * ```ts
 * const scratch = newFactsRecord();
 * ```
 * @internal
 */
export function newFactsRecord(): EpisodeFacts {
  return blankRecord();
}

/**
 * {@link factsRecord} into `out`, a blank record (from {@link newFactsRecord}, or cleared by
 * {@link clearFactsRecord} since its last fill): no allocation.
 * @example
 * ```ts
 * fillFactsRecord({ nightsAway: 2 }, scratch).nightsAway; // 2
 * ```
 * @internal
 */
export function fillFactsRecord(facts: EpisodeFacts, out: EpisodeFacts): EpisodeFacts {
  filler ??= generatedFiller() ?? plainFiller();
  return filler(facts, out as Record_);
}

/**
 * Sets every fact of a record from {@link newFactsRecord} to `undefined` (it keeps no input).
 * @example
 * ```ts
 * clearFactsRecord(scratch);
 * ```
 * @internal
 */
export function clearFactsRecord(out: EpisodeFacts): void {
  clearRecord(out as Record_);
}

/** Sets every fact of a record of the one shape to `undefined` (stores by name where generated). */
let clearRecord: (out: Record_) => void = (out) => {
  const names = EPISODE_FACT_KEYS.map((k) => `out[${JSON.stringify(k)}] = undefined;`);
  clearRecord =
    generated<(out: Record_) => void>(["out"], `"use strict"; ${names.join(" ")}`) ??
    ((o) => {
      for (const k of EPISODE_FACT_KEYS) (o as Record<string, unknown>)[k] = undefined;
    });
  clearRecord(out);
};

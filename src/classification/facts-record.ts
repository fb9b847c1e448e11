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
 * The filler as generated code: for each key `for…in` lists a `switch` on its length, then
 * the few facts of that length compared by name, each storing by name (a store by a varying
 * key cost as much as the rest of a classification, and one `switch` over every name
 * compared a key with 15 names on average).
 */
function generatedFiller(): Filler | undefined {
  const names = EPISODE_FACT_KEYS.map((k) => JSON.stringify(k));
  const byLength = new Map<number, string[]>();
  for (const k of EPISODE_FACT_KEYS) byLength.set(k.length, [...(byLength.get(k.length) ?? []), k]);
  const cases = [...byLength].map(([length, keys]) => {
    const tests = keys.map(
      (k) => `if (k === ${JSON.stringify(k)}) out[${JSON.stringify(k)}] = f[k];`,
    );
    return `case ${length}: ${tests.join(" else ")} break;`;
  });
  const body = `"use strict"; return function fillFactsRecord(f, out) {
  const p = Object.getPrototypeOf(f);
  if (p === OP || p === null) {
    for (const k in f) switch (k.length) { ${cases.join(" ")} }
  } else {
    ${names.map((k) => `out[${k}] = f[${k}];`).join(" ")}
  }
  return out;
};`;
  return generated<(op: object) => Filler>(["OP"], body)?.(Object.prototype);
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

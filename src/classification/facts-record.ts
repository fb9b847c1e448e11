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
type Builder = (facts: EpisodeFacts) => EpisodeFacts;

/**
 * The builder as generated code: an object literal of every fact (one shape), and for each
 * key `for…in` lists a `switch` on its length, then the few facts of that length compared by
 * name, each storing by name (a store by a varying key cost as much as the rest of a
 * classification, and one `switch` over every name compared a key with 15 names on average).
 */
function generatedBuilder(): Builder | undefined {
  const names = EPISODE_FACT_KEYS.map((k) => JSON.stringify(k));
  const byLength = new Map<number, string[]>();
  for (const k of EPISODE_FACT_KEYS) byLength.set(k.length, [...(byLength.get(k.length) ?? []), k]);
  const cases = [...byLength].map(([length, keys]) => {
    const tests = keys.map(
      (k) => `if (k === ${JSON.stringify(k)}) out[${JSON.stringify(k)}] = f[k];`,
    );
    return `case ${length}: ${tests.join(" else ")} break;`;
  });
  const body = `"use strict"; return function factsRecord(f) {
  const out = { ${names.map((k) => `${k}: undefined`).join(", ")} };
  const p = Object.getPrototypeOf(f);
  if (p === OP || p === null) {
    for (const k in f) switch (k.length) { ${cases.join(" ")} }
  } else {
    ${names.map((k) => `out[${k}] = f[${k}];`).join(" ")}
  }
  return out;
};`;
  return generated<(op: object) => Builder>(["OP"], body)?.(Object.prototype);
}

/** The same builder without generated code. */
function plainBuilder(): Builder {
  const blank: Record<string, undefined> = {};
  const isFact: Record<string, true> = Object.create(null);
  for (const k of EPISODE_FACT_KEYS) {
    blank[k] = undefined;
    isFact[k] = true;
  }
  return (facts) => {
    const out: Record<string, unknown> = { ...blank };
    const proto: unknown = Object.getPrototypeOf(facts);
    if (proto === Object.prototype || proto === null) {
      for (const k in facts) if (isFact[k] === true) out[k] = facts[k as keyof EpisodeFacts];
    } else {
      for (const k of EPISODE_FACT_KEYS) out[k] = facts[k];
    }
    return out as Record_;
  };
}

let builder: Builder | undefined;

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
  if (interpreted) return plainBuilder()(facts);
  builder ??= generatedBuilder() ?? plainBuilder();
  return builder(facts);
}

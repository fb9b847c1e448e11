/**
 * NISMART-2 classification of one episode (EP-1 … EP-6, EP-P, VOC-1, VOC-2).
 * @module
 */
import type { EpisodeFacts } from "../models/episode-facts.js";
import { EPISODE_TYPES } from "../models/lists.js";
import type { Age } from "./age.js";
import { type ClassifyOptions, EPISODE_CRITERIA, type EpisodeContext } from "./episode-criteria.js";
import type { Tri } from "./tri.js";

/**
 * A NISMART-2 episode type (EP-1…EP-6), in the precedence order of EP-P.
 *
 * @example
 * ```ts
 * const t: EpisodeType = "family-abduction";
 * ```
 * @see `docs/rules.md#ep-p`
 */
export type EpisodeType = (typeof EPISODE_TYPES)[number];

/**
 * One criterion and its three-valued outcome: `id` names the criterion (listed in
 * `docs/classification.md`), `ruleId` the rule it applies (in `RULES` and `docs/rules.md`).
 *
 * @example
 * ```ts
 * const k: Criterion = { id: "runaway", ruleId: "EP-1", met: "unknown" };
 * ruleById(k.ruleId)?.status; // "verified"
 * ```
 * @see `docs/rules.md`
 */
export type Criterion = { readonly id: string; readonly ruleId: string; readonly met: Tri };

/**
 * The result of {@link classifyEpisode}.
 *
 * @example
 * ```ts
 * const r: EpisodeClassification = classifyEpisode({}, { age: 15 });
 * r.primary; // "undetermined"
 * ```
 */
export type EpisodeClassification = {
  /** `types[0]`; else `'undetermined'` if any type is unknown; else `'none'`. */
  readonly primary: EpisodeType | "undetermined" | "none";
  /** Every type that is met, in precedence order. */
  readonly types: readonly EpisodeType[];
  /** Every criterion evaluated, with its outcome. */
  readonly criteria: readonly Criterion[];
  /** Only the facts whose absence left a criterion `'unknown'`. */
  readonly missingFacts: readonly (keyof EpisodeFacts)[];
  readonly stereotypicalKidnapping: Tri;
  readonly custodialInterference: Tri;
  readonly caretakerMissing: Tri;
  readonly reportedMissing: Tri;
};

/** Every fact an episode rule reads, in the order the rules first read it (built on first use). */
let factOrder: readonly string[] | undefined;

function missingInOrder(missing: ReadonlySet<string>): (keyof EpisodeFacts)[] {
  if (missing.size === 0) return [];
  factOrder ??= [...new Set(EPISODE_CRITERIA.flatMap((r) => r.reads))];
  return factOrder.filter((f) => missing.has(f)) as (keyof EpisodeFacts)[];
}

const isYears = (n: number): boolean => Number.isInteger(n) && n >= 0;

function checkAge(age: unknown): void {
  if (age === undefined) return;
  if (typeof age === "number") {
    if (isYears(age)) return;
  } else if (typeof age === "object" && age !== null) {
    const { min, max } = age as { min?: unknown; max?: unknown };
    if (typeof min === "number" && typeof max === "number" && isYears(min) && isYears(max)) {
      if (min <= max) return;
    }
  }
  throw new RangeError("context.age must be a whole number of years, { min, max } or undefined");
}

/**
 * Classifies one episode by the NISMART-2 definitions, three-valued: a criterion that needs
 * an absent fact is `'unknown'`, never `false`.
 *
 * Rules (each criterion and its condition in `docs/classification.md`): runaway EP-1,
 * thrownaway EP-2 (criteria **unverified**), family abduction EP-3 and custodial
 * interference EP-3b, nonfamily abduction EP-4 and stereotypical kidnapping EP-4b,
 * lost/injured EP-5 (**unverified**), benign explanation EP-6 (**unverified**), caretaker
 * missing VOC-1 and reported missing VOC-2. `primary` follows the precedence EP-P (a choice
 * of this library). The EP-4 (c) limbs "or mentally incompetent" and "intent to harm" are
 * **unverified** and off unless `options` turns them on. Each criterion in the result
 * carries its rule's id (`ruleId`).
 *
 * `context.age` is the age at last contact (a `{ min, max }` range when the birth date is
 * partial; a threshold it straddles is `'unknown'`). Throws a `RangeError` naming
 * `context.age` when it is not a whole number, a range or `undefined`, and a `TypeError`
 * naming `facts` when it is not an object.
 *
 * @example
 * ```ts
 * const r = classifyEpisode({ leftWithoutPermission: true, nightsAway: 1 }, { age: 15 });
 * r.primary; // "runaway"
 * r.types; // ["runaway"]
 * classifyEpisode({ leftWithoutPermission: true }, { age: 15 }).missingFacts;
 * // includes "nightsAway"
 * ```
 * @see `docs/rules.md#ep-1`
 * @see `docs/rules.md#ep-2`
 * @see `docs/rules.md#ep-3`
 * @see `docs/rules.md#ep-3b`
 * @see `docs/rules.md#ep-4`
 * @see `docs/rules.md#ep-4b`
 * @see `docs/rules.md#ep-5`
 * @see `docs/rules.md#ep-6`
 * @see `docs/rules.md#ep-p`
 * @see `docs/rules.md#voc-1`
 * @see `docs/rules.md#voc-2`
 */
export function classifyEpisode(
  facts: EpisodeFacts,
  context: { readonly age: Age },
  options: ClassifyOptions = {},
): EpisodeClassification {
  if (typeof facts !== "object" || facts === null) throw new TypeError("facts must be an object");
  if (typeof context !== "object" || context === null) {
    throw new TypeError("context must be an object with age");
  }
  checkAge(context.age);
  const ctx: EpisodeContext = { facts, age: context.age, options };
  const met = new Map<string, Tri>();
  const missing = new Set<string>();
  const criteria: Criterion[] = [];
  for (const k of EPISODE_CRITERIA) {
    const v = k.expr.evaluate(ctx);
    met.set(k.id, v.met);
    criteria.push({ id: k.id, ruleId: k.ruleId, met: v.met });
    for (const f of v.missing) missing.add(f);
  }
  const types = EPISODE_TYPES.filter((t) => met.get(t) === true);
  const undetermined = EPISODE_TYPES.some((t) => met.get(t) === "unknown");
  return {
    primary: types[0] ?? (undetermined ? "undetermined" : "none"),
    types,
    criteria,
    missingFacts: missingInOrder(missing),
    stereotypicalKidnapping: met.get("stereotypical-kidnapping") ?? "unknown",
    custodialInterference: met.get("custodial-interference") ?? "unknown",
    caretakerMissing: met.get("caretaker-missing") ?? "unknown",
    reportedMissing: met.get("reported-missing") ?? "unknown",
  };
}

export { EPISODE_TYPES } from "../models/lists.js";

/**
 * NISMART-2 classification of one episode (EP-1 … EP-6, EP-P, VOC-1, VOC-2).
 * @module
 */
import type { EpisodeFacts } from "../models/episode-facts.js";
import { EPISODE_TYPES } from "../models/lists.js";
import type { Age } from "./age.js";
import { lazyCriteria, TRI_OF_CODE } from "./compile.js";
import { type ClassifyOptions, type EpisodeContext, episodeCriteria } from "./episode-criteria.js";
import { clearFactsRecord, fillFactsRecord, newFactsRecord } from "./facts-record.js";
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

/** The episode criteria compiled (on first use), tracking missing facts. */
const compiled = /* @__PURE__ */ lazyCriteria(episodeCriteria, { missing: true });

/**
 * The parts of a result that depend only on the criteria's outcome vector, frozen: shared by
 * every result with that vector.
 */
type VectorParts = Pick<
  EpisodeClassification,
  | "primary"
  | "types"
  | "criteria"
  | "stereotypicalKidnapping"
  | "custodialInterference"
  | "caretakerMissing"
  | "reportedMissing"
>;

/**
 * How many vectors, and missing-fact sets, keep their frozen parts (bounded memory: a few MB
 * at most). Outcome vectors are few (hundreds over 10,000 varied fact sets);
 * missing-fact sets are many more (thousands), and a set not kept costs an array and a freeze
 * on every call that meets it.
 */
const VECTORS_CACHED = 4096;
const MISSING_CACHED = 16384;
const byVector = new Map<number, VectorParts>();
const byMissing = new Map<number, readonly (keyof EpisodeFacts)[]>();

/** Where each episode type (in `EPISODE_TYPES` order) and flag stands in the criteria. */
let layout: { readonly types: readonly number[]; readonly flags: readonly number[] } | undefined;

const FLAGS = [
  "stereotypical-kidnapping",
  "custodial-interference",
  "caretaker-missing",
  "reported-missing",
] as const;

/** The outcome of criterion `i` in a vector. */
const metAt = (vector: number, i: number): Tri => TRI_OF_CODE[(vector >>> (2 * i)) & 3] as Tri;

function partsOf(vector: number): VectorParts {
  const known = byVector.get(vector);
  if (known) return known;
  const index = (id: string) => episodeCriteria().findIndex((k) => k.id === id);
  layout ??= { types: EPISODE_TYPES.map(index), flags: FLAGS.map(index) };
  const { types: at, flags } = layout;
  const types = EPISODE_TYPES.filter((_, t) => metAt(vector, at[t] as number) === true);
  const unknown = EPISODE_TYPES.some((_, t) => metAt(vector, at[t] as number) === "unknown");
  const parts: VectorParts = Object.freeze({
    primary: types[0] ?? (unknown ? "undetermined" : "none"),
    types: Object.freeze(types),
    criteria: Object.freeze(
      episodeCriteria().map((k, i) =>
        Object.freeze({ id: k.id, ruleId: k.ruleId, met: metAt(vector, i) }),
      ),
    ),
    stereotypicalKidnapping: metAt(vector, flags[0] as number),
    custodialInterference: metAt(vector, flags[1] as number),
    caretakerMissing: metAt(vector, flags[2] as number),
    reportedMissing: metAt(vector, flags[3] as number),
  });
  if (byVector.size < VECTORS_CACHED) byVector.set(vector, parts);
  return parts;
}

/** The names of the facts in a missing mask, in the order the criteria read them. */
function missingIn(mask: number, facts: readonly string[]): readonly (keyof EpisodeFacts)[] {
  const known = byMissing.get(mask);
  if (known) return known;
  const out: (keyof EpisodeFacts)[] = [];
  for (let i = 0, m = mask; m !== 0; i++, m >>>= 1) {
    if (m & 1) out.push(facts[i] as keyof EpisodeFacts);
  }
  Object.freeze(out);
  if (byMissing.size < MISSING_CACHED) byMissing.set(mask, out);
  return out;
}

/**
 * Whole results kept, frozen and shared, by outcome vector and missing-fact mask: an
 * open-addressing table of fixed size (a few MB at most) whose lookup is a hash and two
 * integer compares, where two `Map` lookups cost a tenth of a classification. A result not
 * kept (its probe run full) costs an object on every call that meets it.
 */
const SLOT_BITS = 15;
const SLOTS = 1 << SLOT_BITS;
const PROBES = 8;
/**
 * The slots, four integers each side by side (outcome vector, missing mask, 1 + the index in
 * `kept` of the result or 0 for an empty slot, unused), so that a probe reads one cache line
 * rather than one in each of three arrays: over varied records the table is mostly out of
 * cache. Made on first use (512 kB, not worth zeroing at import).
 */
let slots: Int32Array | undefined;
/** The results kept, in the order they were first made. */
const kept: EpisodeClassification[] = [];

/** The first slot to probe for a (vector, missing mask) pair. */
const slotOf = (vector: number, missing: number): number =>
  Math.imul(vector ^ Math.imul(missing, 0x9e3779b1), 0x85ebca6b) >>> (32 - SLOT_BITS);

/** The result of classifying an episode, from the criteria's outcome vector. */
function resultOf(
  vector: number,
  missing: number,
  facts: readonly string[],
): EpisodeClassification {
  slots ??= new Int32Array(SLOTS * 4);
  const table = slots;
  let free = -1;
  for (let i = 0, s = slotOf(vector, missing); i < PROBES; i++, s = (s + 1) & (SLOTS - 1)) {
    const at = s * 4;
    const index = table[at + 2] as number;
    if (index === 0) {
      free = at;
      break;
    }
    if (table[at] === vector && table[at + 1] === missing) {
      return kept[index - 1] as EpisodeClassification;
    }
  }
  const result = newResult(vector, missing, facts);
  if (free >= 0) {
    table[free] = vector;
    table[free + 1] = missing;
    table[free + 2] = kept.push(result);
  }
  return result;
}

function newResult(
  vector: number,
  missing: number,
  facts: readonly string[],
): EpisodeClassification {
  const p = partsOf(vector);
  return Object.freeze({
    primary: p.primary,
    types: p.types,
    criteria: p.criteria,
    missingFacts: missingIn(missing, facts),
    stereotypicalKidnapping: p.stereotypicalKidnapping,
    custodialInterference: p.custodialInterference,
    caretakerMissing: p.caretakerMissing,
    reportedMissing: p.reportedMissing,
  });
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
  return classifyFacts(facts, context.age, options);
}

/** What the criteria read: one context and one facts record, reused by every evaluation. */
type Scratch = { facts: EpisodeFacts; age: Age; options: ClassifyOptions };
let scratch: Scratch | undefined;
/** Whether an evaluation is using the scratch context (an options getter may call back in). */
let busy = false;
const NO_OPTIONS: ClassifyOptions = Object.freeze({});

/**
 * {@link classifyEpisode} on arguments already checked, allocating nothing but a result not
 * seen before: the facts go into a record of one fixed shape (`fillFactsRecord`) and the
 * criteria read it through a context, both reused by every call (evaluation is synchronous
 * and results reference neither) and cleared after it, so that no input is kept. A call made
 * while another is under way (from a getter of `facts` or `options`) uses its own.
 * @internal
 */
export function classifyFacts(
  facts: EpisodeFacts,
  age: Age,
  options: ClassifyOptions,
): EpisodeClassification {
  if (busy) return classifyRecord(fillFactsRecord(facts, newFactsRecord()), age, options);
  scratch ??= { facts: newFactsRecord(), age: 0, options: NO_OPTIONS };
  const ctx = scratch;
  busy = true;
  try {
    fillFactsRecord(facts, ctx.facts);
    ctx.age = age;
    ctx.options = options;
    const criteria = compiled();
    const vector = criteria.run(ctx);
    return resultOf(vector, criteria.missing[0] as number, criteria.facts);
  } finally {
    clearFactsRecord(ctx.facts);
    ctx.age = 0;
    ctx.options = NO_OPTIONS;
    busy = false;
  }
}

/**
 * {@link classifyEpisode} on arguments already checked, with the facts already in their
 * fixed shape (`factsRecord`).
 * @internal
 */
export function classifyRecord(
  facts: EpisodeFacts,
  age: Age,
  options: ClassifyOptions,
): EpisodeClassification {
  const criteria = compiled();
  const ctx: EpisodeContext = { facts, age, options };
  const vector = criteria.run(ctx);
  return resultOf(vector, criteria.missing[0] as number, criteria.facts);
}

/**
 * `classifyRecord(facts, age, options).primary`, without building the result (no missing
 * facts, no result object): what the case-level rules read through `episodeTypeOf`.
 * @internal
 */
export function primaryOfRecord(
  facts: EpisodeFacts,
  age: Age,
  options: ClassifyOptions,
): EpisodeClassification["primary"] {
  const ctx: EpisodeContext = { facts, age, options };
  return partsOf(compiled().run(ctx)).primary;
}

export { EPISODE_TYPES } from "../models/lists.js";

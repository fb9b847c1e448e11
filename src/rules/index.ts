/**
 * The rule book: every rule the library applies, with its words, status and sources, in one
 * place. Functions, criteria and deadlines refer to these rules by id; `docs/rules.md` is
 * generated from them.
 * @module
 */

import { lazyData, once } from "../lazy/stand-in.js";
import { AGE_RULES } from "./ages.js";
import { ALERT_RULES } from "./alerts/index.js";
import { EPISODE_RULES } from "./episodes.js";
import { FEDERAL_RULES } from "./federal.js";
import { LINKING_RULES } from "./linking.js";
import { NCMEC_NCIC_RULES } from "./ncmec-ncic.js";
import { NEW_YORK_RULES } from "./new-york.js";
import { REPORTING_RULES } from "./reporting.js";
import { RISK_RULES } from "./risk.js";
import { STATE_RULES } from "./states/index.js";
import type { Rule } from "./types.js";
import { VOCABULARY_RULES } from "./vocabulary.js";

export type { Rule, RuleSource, RuleStatus } from "./types.js";

/**
 * Every rule, in the order of `docs/rules.md`: vocabulary and lifecycle, ages, episode types,
 * endangerment and trafficking flags, NCMEC and NCIC, federal duties, New York, the other
 * states' statutes and alert plans, statistics, operations and privacy, record linkage
 * (`docs/rules.md` keeps each section
 * together). Frozen, ids unique. Made when first read (like the other large tables, see
 * `lazy/stand-in.ts`): `structuredClone(RULES)` throws, as for any proxy; clone
 * `[...RULES]` or its rules, which are plain frozen objects.
 *
 * @example
 * ```ts
 * RULES.filter((r) => r.status === "unverified").map((r) => r.id); // ["VOC-6", "LC-1", …]
 * ```
 * @see `docs/rules.md`
 */
export const RULES: readonly Rule[] = /* @__PURE__ */ lazyData([], () => ruleBook());

/** {@link RULES} for the library's own reads (the array itself, not a stand-in). */
const ruleBook = /* @__PURE__ */ once((): readonly Rule[] =>
  Object.freeze([
    ...VOCABULARY_RULES(),
    ...AGE_RULES(),
    ...EPISODE_RULES(),
    ...RISK_RULES(),
    ...NCMEC_NCIC_RULES(),
    ...FEDERAL_RULES(),
    ...NEW_YORK_RULES(),
    ...STATE_RULES(),
    ...ALERT_RULES(),
    ...REPORTING_RULES(),
    ...LINKING_RULES(),
  ]),
);

let byId: ReadonlyMap<string, Rule> | undefined;

/**
 * The rule with this id (exact spelling, e.g. `'EP-3b'`), or `undefined` when there is none.
 * Throws a `TypeError` naming `id` when it is not a string.
 *
 * @example
 * ```ts
 * ruleById("FED-4")?.title;  // "Entry within 2 hours"
 * ruleById("FED-4")?.status; // "verified"
 * ruleById("fed-4");         // undefined: ids are spelled exactly
 * ```
 * @see `docs/rules.md`
 */
export function ruleById(id: string): Rule | undefined {
  if (typeof id !== "string") throw new TypeError("id must be a string");
  byId ??= new Map(ruleBook().map((r) => [r.id, r]));
  return byId.get(id);
}

/**
 * The rule with this id, for the library's own data (profiles name their rules by id);
 * throws when the book has none: a mistake in the library's data, which the tests catch.
 *
 * @example
 * ```ts
 * ruleOf("FED-4").title; // "Entry within 2 hours"
 * ```
 * @internal
 */
export function ruleOf(id: string): Rule {
  const rule = ruleById(id);
  if (rule === undefined) throw new Error(`no rule ${id} in the rule book`);
  return rule;
}

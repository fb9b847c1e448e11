/**
 * The statutory deadlines of a case and the rule behind each (FED-4, FED-5, FED-7, NY-3,
 * NC-2). Their words and sources live in the rule book; here each deadline only names its
 * rule, and its `source` text is built from that rule.
 * @module
 */
import { citation } from "../rules/citation.js";
import { FED_4, FED_5, FED_7 } from "../rules/federal.js";
import { NC_2 } from "../rules/ncmec-ncic.js";
import { NY_3 } from "../rules/new-york.js";
import type { Rule } from "../rules/types.js";

/**
 * Every deadline rule, in the order `complianceDeadlines` lists them.
 *
 * @example
 * ```ts
 * DEADLINE_RULES.includes("ncmec-notice"); // true
 * ```
 * @see `docs/rules.md#fed-4`, `docs/rules.md#fed-5`, `docs/rules.md#fed-7`,
 * `docs/rules.md#ny-3`, `docs/rules.md#nc-2`
 */
export const DEADLINE_RULES = [
  "ncic-entry",
  "ncic-verification",
  "foster-care-report",
  "ncmec-notice",
  "ny-namus-referral",
  "long-term-missing",
] as const;

/**
 * A deadline rule.
 *
 * @example
 * ```ts
 * const rule: DeadlineRule = "ny-namus-referral";
 * ```
 */
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

/**
 * The rule of the rule book each deadline applies. `ncmec-notice` is FED-7's 24 hours to
 * NCMEC (FED-6 also requires the notice, with no time limit).
 * @internal
 */
export const DEADLINE_RULE_OF: Readonly<Record<DeadlineRule, Rule>> = Object.freeze({
  "ncic-entry": FED_4,
  "ncic-verification": FED_5,
  "foster-care-report": FED_7,
  "ncmec-notice": FED_7,
  "ny-namus-referral": NY_3,
  "long-term-missing": NC_2,
});

/**
 * The citation of each deadline, built from its rule: the rule id (marked `(unverified)`
 * when the rule is not confirmed), the provisions or source titles, and the addresses.
 *
 * @example
 * ```ts
 * DEADLINE_SOURCES["ncic-entry"];
 * // "FED-4: 34 U.S.C. 41308(3); Pub. L. 117-327 — https://usc-cdn.house.gov/…"
 * ```
 * @see `docs/rules.md`
 */
export const DEADLINE_SOURCES: Readonly<Record<DeadlineRule, string>> = Object.freeze(
  Object.fromEntries(DEADLINE_RULES.map((d) => [d, citation(DEADLINE_RULE_OF[d])])) as Record<
    DeadlineRule,
    string
  >,
);

/**
 * The shape of a rule in the rule book, and the helper that freezes one.
 * @module
 */

/**
 * How firmly a rule stands: `'verified'` (read in the cited source), `'unverified'` (only a
 * secondary source, only part of the claim seen, or not confirmed at all: kept easy to
 * change, never presented as law) or `'choice'` (a decision of this library).
 *
 * @example
 * ```ts
 * const s: RuleStatus = "unverified";
 * ```
 */
export type RuleStatus = "verified" | "unverified" | "choice";

/**
 * Where a rule comes from: a title, and a web address, a legal citation or both.
 *
 * @example
 * ```ts
 * const s: RuleSource = {
 *   title: "U.S. Code, 34 U.S.C. 41307–41308",
 *   cite: "34 U.S.C. 41308(3)",
 * };
 * ```
 */
export type RuleSource = {
  readonly title: string;
  readonly url?: string;
  readonly cite?: string;
};

/**
 * One rule of the rule book: a stable id (`'AGE-4'`, `'FED-4'`…), a title, the rule in one or
 * two plain sentences, how firmly it stands, and its sources. For a choice, the sources are
 * what the choice builds on. Where only part of a rule is verified, the statement says which.
 *
 * @example
 * ```ts
 * const r: Rule = {
 *   id: "AGE-2",
 *   title: "Completed years",
 *   statement: "An age is the number of whole years since birth, never rounded.",
 *   status: "unverified",
 *   sources: [{ title: "…", url: "https://…" }],
 * };
 * ```
 * @see `docs/rules.md`
 */
export type Rule = {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly status: RuleStatus;
  readonly sources: readonly RuleSource[];
};

/**
 * A rule, deeply frozen (its sources too). Marked free of side effects so that a bundler
 * drops the rules a consumer never reaches.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function rule(spec: Rule): Rule {
  // Frozen in place, not copied: every call passes a fresh literal, and a source object shared
  // by several rules holds the same words for each.
  for (const s of spec.sources) Object.freeze(s);
  Object.freeze(spec.sources);
  return Object.freeze(spec);
}

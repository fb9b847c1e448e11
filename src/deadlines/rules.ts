/**
 * The deadlines of every jurisdiction profile and the rule behind each. Their words and
 * sources live in the rule book; here each deadline only names its rule, and its `source`
 * text is built from that rule.
 * @module
 */
import type { JurisdictionId } from "../jurisdictions/ids.js";
import { PROFILES } from "../jurisdictions/profiles/index.js";
import { lazyData, once } from "../lazy/stand-in.js";
import { citation } from "../rules/citation.js";
import type { Rule } from "../rules/types.js";

/**
 * A deadline rule: the name of a deadline of one of the jurisdiction profiles (a test checks
 * that this list and the profiles' deadlines are the same).
 *
 * @example
 * ```ts
 * const rule: DeadlineRule = "ca-school-notice";
 * ```
 * @see `docs/rules.md#dl-5`
 */
export type DeadlineRule =
  | "ncic-entry"
  | "namus-entry"
  | "ncic-verification"
  | "foster-care-report"
  | "ncmec-notice"
  | "long-term-missing"
  | "ny-namus-referral"
  | "ca-clets-entry"
  | "ca-school-notice"
  | "ca-found-report"
  | "tx-clearinghouse-entry"
  | "tx-ncmec-notice"
  | "tx-high-risk-notice"
  | "tx-area-notice"
  | "tx-dfps-report"
  | "tx-dfps-court-notice"
  | "fl-entry"
  | "il-registrar-notice"
  | "oh-foster-care-report"
  | "oh-ncmec-notice"
  | "ga-ncic-confirmation"
  | "ga-ncmec-notice"
  | "ga-court-report"
  | "nc-ncic-entry"
  | "nc-namus-entry";

/** Each deadline's jurisdiction and rule, in the order of the profiles. */
const entries = /* @__PURE__ */ once(
  (): readonly (readonly [DeadlineRule, JurisdictionId, Rule])[] =>
    PROFILES().flatMap((p) => {
      const names = [...new Set(p.jurisdiction.deadlines.map((d) => d.rule))];
      return names.map((name) => {
        const d = p.jurisdiction.deadlines.find((x) => x.rule === name);
        const rule = d === undefined ? undefined : p.rules.get(d.ruleId);
        if (rule === undefined) throw new Error(`deadline ${name}: no rule`);
        return [name as DeadlineRule, p.jurisdiction.id, rule] as const;
      });
    }),
);

/** Each deadline's citation (see {@link DEADLINE_SOURCES}), for the library's own reads. @internal */
export const deadlineSources = /* @__PURE__ */ once(
  (): Readonly<Record<DeadlineRule, string>> =>
    Object.freeze(
      Object.fromEntries(entries().map(([n, , r]) => [n, citation(r)])) as Record<
        DeadlineRule,
        string
      >,
    ),
);

/**
 * Every deadline rule, profile by profile in the order of `JURISDICTIONS` (the federal ones
 * first), each profile's in its own order. `complianceDeadlines` lists a case's deadlines in
 * this order, except that milestones (`long-term-missing`) come last.
 *
 * Made when first read, as `DEADLINE_JURISDICTIONS` and `DEADLINE_SOURCES` are: cloning one
 * with `structuredClone` throws (a proxy); copy it (`[...DEADLINE_RULES]`, `{ ...DEADLINE_SOURCES }`).
 *
 * @example
 * ```ts
 * DEADLINE_RULES.slice(0, 3); // ["ncic-entry", "namus-entry", "ncic-verification"]
 * DEADLINE_RULES.includes("il-registrar-notice"); // true
 * ```
 * @see `docs/rules.md#dl-5`
 */
export const DEADLINE_RULES: readonly DeadlineRule[] = /* @__PURE__ */ lazyData([], () =>
  Object.freeze(entries().map(([n]) => n)),
);

/**
 * The rule of the rule book each deadline applies. `ncmec-notice` is FED-7's 24 hours to
 * NCMEC (FED-6 also requires the notice, with no time limit).
 * @internal
 */
export const DEADLINE_RULE_OF: Readonly<Record<DeadlineRule, Rule>> = /* @__PURE__ */ lazyData(
  {} as Record<DeadlineRule, Rule>,
  () =>
    Object.freeze(
      Object.fromEntries(entries().map(([n, , r]) => [n, r])) as Record<DeadlineRule, Rule>,
    ),
);

/**
 * The jurisdiction whose profile holds each deadline.
 *
 * @example
 * ```ts
 * DEADLINE_JURISDICTIONS["namus-entry"]; // "US"
 * DEADLINE_JURISDICTIONS["ca-school-notice"]; // "US-CA"
 * ```
 * @see `docs/rules.md#dl-5`
 */
export const DEADLINE_JURISDICTIONS: Readonly<Record<DeadlineRule, JurisdictionId>> =
  /* @__PURE__ */ lazyData({} as Record<DeadlineRule, JurisdictionId>, () =>
    Object.freeze(
      Object.fromEntries(entries().map(([n, j]) => [n, j])) as Record<DeadlineRule, JurisdictionId>,
    ),
  );

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
export const DEADLINE_SOURCES: Readonly<Record<DeadlineRule, string>> = /* @__PURE__ */ lazyData(
  {} as Record<DeadlineRule, string>,
  deadlineSources,
);

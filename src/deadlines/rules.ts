/**
 * The statutory deadlines of a case and the source of each (API.md "Deadlines"; FED-4…FED-7,
 * NY-3 and NC-2 in DOMAIN.md). Sources stand here once, so a correction is a one-line change.
 * @module
 */

/**
 * Every deadline rule, in the order of API.md's table (and of `complianceDeadlines`):
 * FED-4, FED-5, FED-7, FED-6/7, NY-3, NC-2 (DOMAIN.md §7, §8, §5).
 *
 * @example
 * ```ts
 * DEADLINE_RULES.includes("ncmec-notice"); // true
 * ```
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

const USC_34 =
  "https://usc-cdn.house.gov/view.xhtml?edition=prelim&num=0&req=granuleid%3AUSC-prelim-title34-section41307";

/**
 * The citation of each rule: DOMAIN.md rule id and tag, the provision, what it requires and
 * the source address. `long-term-missing` is unverified ([U]) in its choice of start date.
 *
 * @example
 * ```ts
 * DEADLINE_SOURCES["ncic-entry"]; // "FED-4 [V] 34 U.S.C. 41308: entry into NCIC within 2 hours of receipt — https://…"
 * ```
 */
export const DEADLINE_SOURCES: Readonly<Record<DeadlineRule, string>> = {
  "ncic-entry": `FED-4 [V] 34 U.S.C. 41308: entry into NCIC within 2 hours of receipt — ${USC_34}`,
  "ncic-verification": `FED-5 [V] 34 U.S.C. 41308(4)(A): verify and update the record within 30 days of entry — ${USC_34}`,
  "foster-care-report":
    "FED-7 [V] 42 U.S.C. 671(a)(35)(B): a child missing from care reported to law enforcement for NCIC within 24 hours — https://reformtalk.net/?p=140177",
  "ncmec-notice":
    "FED-6 [V] 34 U.S.C. 41308(4)(C) and FED-7 [V] 42 U.S.C. 671(a)(35)(B): a child missing from care reported to NCMEC within 24 hours — https://www.missingkids.org/theissues/missingfromcare",
  "ny-namus-referral":
    "NY-3 [V] N.Y. Executive Law § 837-e(1-b): NamUs referral within 30 days of entry if possibly at immediate risk, otherwise 180 days — https://www.nysenate.gov/legislation/laws/EXC/837-E",
  "long-term-missing":
    "NC-2 [U] NCMEC long-term missing: open more than 6 months (counting from the report date is unverified) — https://us.missingkids.org/theissues/othertypes",
};

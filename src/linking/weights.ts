/**
 * The one table of the record-linkage model: for every field and agreement level, how often
 * it is seen when two reports are of the same child (m) and of different children (u).
 * @module
 */

/**
 * A field a comparison of two cases reads, in the order evidence lists them.
 *
 * @example
 * ```ts
 * const field: LinkField = "birthDate";
 * ```
 */
export type LinkField =
  | "givenName"
  | "familyName"
  | "middleName"
  | "nameOrder"
  | "birthDate"
  | "sex"
  | "race"
  | "reportingAgency"
  | "state"
  | "childId"
  | "episodes";

/**
 * One row of {@link LINK_WEIGHTS}: an agreement level of a field, with `m` = P(level | the
 * two reports are of the same child), `u` = P(level | of different children), and the
 * weight log2(m / u) in bits (rounded to 0.01) that the level adds to a score.
 * `contradicts` marks levels that say "different people" (used by the chaining guard).
 *
 * @example
 * ```ts
 * const row: LinkWeight = LINK_WEIGHTS.find((r) => r.field === "birthDate" && r.agreement === "equal")!;
 * row.weight; // 10.78 = log2(0.88 / 0.0005)
 * ```
 */
export type LinkWeight = {
  readonly field: LinkField;
  readonly agreement: string;
  readonly m: number;
  readonly u: number;
  readonly weight: number;
  readonly contradicts: boolean;
};

const row = (
  field: LinkField,
  agreement: string,
  m: number,
  u: number,
  contradicts = false,
): LinkWeight => ({
  field,
  agreement,
  m,
  u,
  weight: Math.round(Math.log2(m / u) * 100) / 100,
  contradicts,
});

// The basis of each m and u is the comment above its row (the same text as the weight table
// of docs/linking.md, which a test keeps in step). "Assumed" rates are this library's
// estimates of recording errors in case records: no published error rates for missing-child
// reports were found. Every u of a name or date level is the chance that two different
// children agree that way, from the frequencies named in docs/linking.md.
const W = {
  givenName: {
    // common given name (SSA 2000–2012 top names): each about 1 % of a birth cohort of its sex
    "equal-common": row("givenName", "equal-common", 0.88, 0.01),
    // other given names: a cautious 0.2 % share; m: 12 % of reports assumed to record the name otherwise
    equal: row("givenName", "equal", 0.88, 0.002),
    // assumed: 5 % of reports record a nickname; nickname groups of the dataset are small
    nickname: row("givenName", "nickname", 0.05, 0.003),
    // assumed 3 % typing errors; one edit (two from 8 letters), first letter kept: rare between unrelated names
    typo: row("givenName", "typo", 0.03, 0.004),
    // same NYSIIS code, spelt differently (Katelyn, Catelyn)
    phonetic: row("givenName", "phonetic", 0.015, 0.006),
    // one report names the child by the middle name the other records
    "middle-name": row("givenName", "middle-name", 0.01, 0.002),
    // one report has only an initial, and it agrees (about 1 in 14 by chance)
    initial: row("givenName", "initial", 0.98, 0.07),
    // a given name with no relation to the other: assumed rare for one child
    different: row("givenName", "different", 0.006, 0.97, true),
    // no given name on one report: no evidence
    unknown: row("givenName", "unknown", 1, 1),
  },
  familyName: {
    // common surname (2010 Census top 25, clustered Hispanic and Asian surnames): 1 % locally
    "equal-common": row("familyName", "equal-common", 0.9, 0.01),
    // other surnames: two people outside the common list share one with chance about 0.025 % (2010 Census shares)
    equal: row("familyName", "equal", 0.9, 0.00025),
    // one part of a compound name (Garcia-Lopez, Garcia): assumed 3 % of reports
    "compound-part": row("familyName", "compound-part", 0.03, 0.002),
    // assumed 3 % typing errors
    typo: row("familyName", "typo", 0.03, 0.003),
    // same NYSIIS code, spelt differently
    phonetic: row("familyName", "phonetic", 0.015, 0.005),
    // same family name, unrelated given names: what siblings and twins look like, so no evidence (choice)
    "shared-by-relatives": row("familyName", "shared-by-relatives", 1, 1),
    // a child's family name changes (placement, adoption) in about 2 % of report pairs (assumed)
    different: row("familyName", "different", 0.02, 0.985),
    // no family name on one report: no evidence
    unknown: row("familyName", "unknown", 1, 1),
  },
  middleName: {
    // both reports record a middle name and it agrees; common middle names are frequent
    equal: row("middleName", "equal", 0.85, 0.03),
    // one middle name is an initial and it agrees
    initial: row("middleName", "initial", 0.95, 0.1),
    // middle names recorded on both and unrelated
    different: row("middleName", "different", 0.08, 0.9),
    // a middle name on at most one report: no evidence
    unknown: row("middleName", "unknown", 1, 1),
  },
  nameOrder: {
    // names compared as recorded
    "as-recorded": row("nameOrder", "as-recorded", 1, 1),
    // given and family names swapped on one report: one bit for trying a second reading
    swapped: row("nameOrder", "swapped", 0.5, 1),
    // agreement found through an alias: one bit for trying more than one reading
    alias: row("nameOrder", "alias", 0.5, 1),
  },
  birthDate: {
    // ages of reported children spread over about 2,000 birth dates
    equal: row("birthDate", "equal", 0.88, 0.0005),
    // one date known to the month only, and consistent (1 in 72 months by chance)
    "partial-month": row("birthDate", "partial-month", 0.97, 0.014),
    // one date known to the year only, and consistent (most reported children are 13–17)
    "partial-year": row("birthDate", "partial-year", 0.97, 0.17),
    // assumed 2 % of dates entered day first
    "day-month-swapped": row("birthDate", "day-month-swapped", 0.02, 0.0002),
    // assumed 3 % single-digit typing errors
    "one-digit-off": row("birthDate", "one-digit-off", 0.03, 0.007),
    // two adjacent digits swapped (13 and 31)
    "digits-transposed": row("birthDate", "digits-transposed", 0.01, 0.003),
    // same year, another day: assumed rare for one child
    "same-year": row("birthDate", "same-year", 0.005, 0.17),
    // years one apart, not a one-digit error
    "one-year-apart": row("birthDate", "one-year-apart", 0.006, 0.3, true),
    // years two or more apart
    "years-apart": row("birthDate", "years-apart", 0.004, 0.53, true),
  },
  sex: {
    // NCIC sex codes agree
    equal: row("sex", "equal", 0.97, 0.5),
    // codes differ (recording error, or a child recorded under another sex)
    different: row("sex", "different", 0.015, 0.5, true),
    // U on one report: no evidence
    unknown: row("sex", "unknown", 1, 1),
  },
  race: {
    // a race code in common; u from a New York-like mix of codes
    shared: row("race", "shared", 0.9, 0.35),
    // no code in common (race is recorded inconsistently)
    different: row("race", "different", 0.1, 0.65),
    // no race (or only U) on one report: no evidence
    unknown: row("race", "unknown", 1, 1),
  },
  reportingAgency: {
    // assumed 70 % of a child's reports come from one agency; u: a state's agency shares
    same: row("reportingAgency", "same", 0.7, 0.26),
    // another agency reported it
    different: row("reportingAgency", "different", 0.3, 0.74),
  },
  state: {
    // u for a file mostly from one state (a clearinghouse's)
    same: row("state", "same", 0.96, 0.9),
    // reports from different states
    different: row("state", "different", 0.04, 0.1),
    // no state on one report: no evidence
    unknown: row("state", "unknown", 1, 1),
  },
  childId: {
    // one agency's person id, reused for its child's reports (assumed 85 %)
    "same-in-agency": row("childId", "same-in-agency", 0.85, 0.0001),
    // one agency, two person ids: ids re-issued or copied from another agency
    "different-in-agency": row("childId", "different-in-agency", 0.15, 0.9999),
    // ids of different agencies are unrelated: no evidence
    "other-agency": row("childId", "other-agency", 1, 1),
  },
  episodes: {
    // one episode ended before the other began
    sequential: row("episodes", "sequential", 0.97, 0.85),
    // the child would be missing twice at once (stale open records, duplicate reports)
    concurrent: row("episodes", "concurrent", 0.03, 0.15),
  },
} as const;

/**
 * The weight table by field and agreement level. Internal shape of {@link LINK_WEIGHTS}.
 * @example `W.birthDate["day-month-swapped"].weight; // 6.64`
 * @internal
 */
export const WEIGHTS = W;

/**
 * Every agreement level of every field with its m and u probabilities and its weight
 * log2(m/u): the whole model behind `compareCases`, readable as data. The rows are
 * explained in the guide docs/linking.md ("The weight table").
 *
 * Sources of the frequencies: Fellegi, I. P. and Sunter, A. B. (1969), "A Theory for Record
 * Linkage", Journal of the American Statistical Association 64(328), 1183–1210,
 * https://doi.org/10.1080/01621459.1969.10501049 (the model); U.S. Census Bureau,
 * "Frequently Occurring Surnames from the 2010 Census",
 * https://www.census.gov/topics/population/genealogy/data/2010_surnames.html (surnames);
 * Social Security Administration, "Popular Baby Names", https://www.ssa.gov/oact/babynames/
 * (given names); the nickname dataset https://github.com/carltonnorthern/nicknames.
 * Error rates marked "assumed" are this library's estimates.
 *
 * @example
 * ```ts
 * import { LINK_WEIGHTS } from "missing-child-cases";
 * LINK_WEIGHTS.filter((r) => r.field === "givenName").map((r) => [r.agreement, r.weight]);
 * // [["equal-common", 6.46], ["equal", 8.78], ["nickname", 4.06], …]
 * ```
 * @see `docs/rules.md#link-1`
 * @see `docs/rules.md#link-2`
 */
export const LINK_WEIGHTS: readonly LinkWeight[] = Object.values(W).flatMap((levels) =>
  Object.values(levels),
);

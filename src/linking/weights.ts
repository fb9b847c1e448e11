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
  readonly basis: string;
};

const row = (
  field: LinkField,
  agreement: string,
  m: number,
  u: number,
  basis: string,
  contradicts = false,
): LinkWeight => ({
  field,
  agreement,
  m,
  u,
  weight: Math.round(Math.log2(m / u) * 100) / 100,
  contradicts,
  basis,
});

// m and u values: "assumed" rates are this library's estimates of recording errors in case
// records (no published error rates for missing-child reports were found); "measured" ones are
// from the sources named; every u of a name or date level is the chance that two different
// children agree that way, from the frequencies below. docs/linking.md explains each row.
// biome-ignore format: one row a line
const W = {
  givenName: {
    "equal-common": row("givenName", "equal-common", 0.88, 0.01, "common given name (SSA 2000–2012 top names): each about 1 % of a birth cohort of its sex"),
    equal: row("givenName", "equal", 0.88, 0.002, "other given names: a cautious 0.2 % share; m: 12 % of reports assumed to record the name otherwise"),
    nickname: row("givenName", "nickname", 0.05, 0.003, "assumed: 5 % of reports record a nickname; nickname groups of the dataset are small"),
    typo: row("givenName", "typo", 0.03, 0.004, "assumed 3 % typing errors; one edit (two at 8+ letters) between unrelated names is rare"),
    phonetic: row("givenName", "phonetic", 0.015, 0.006, "same NYSIIS code, spelt differently (Kaitlyn, Katelyn)"),
    "middle-name": row("givenName", "middle-name", 0.01, 0.002, "one report names the child by the middle name the other records"),
    initial: row("givenName", "initial", 0.98, 0.07, "one report has only an initial, and it agrees (about 1 in 14 by chance)"),
    different: row("givenName", "different", 0.006, 0.97, "a given name with no relation to the other: assumed rare for one child", true),
    unknown: row("givenName", "unknown", 1, 1, "no given name on one report: no evidence"),
  },
  familyName: {
    "equal-common": row("familyName", "equal-common", 0.9, 0.01, "common surname (2010 Census top 25, clustered Hispanic and Asian surnames): 1 % locally"),
    equal: row("familyName", "equal", 0.9, 0.00025, "other surnames: two people outside the common list share one with chance about 0.025 % (2010 Census shares)"),
    "compound-part": row("familyName", "compound-part", 0.03, 0.002, "one part of a compound name (Garcia-Lopez, Garcia): assumed 3 % of reports"),
    typo: row("familyName", "typo", 0.03, 0.003, "assumed 3 % typing errors"),
    phonetic: row("familyName", "phonetic", 0.015, 0.005, "same NYSIIS code, spelt differently"),
    "shared-by-relatives": row("familyName", "shared-by-relatives", 1, 1, "same family name, unrelated given names: what siblings and twins look like, so no evidence (choice)"),
    different: row("familyName", "different", 0.02, 0.985, "a child's family name changes (placement, adoption) in about 2 % of report pairs (assumed)"),
    unknown: row("familyName", "unknown", 1, 1, "no family name on one report: no evidence"),
  },
  middleName: {
    equal: row("middleName", "equal", 0.85, 0.03, "both reports record a middle name and it agrees; common middle names are frequent"),
    initial: row("middleName", "initial", 0.95, 0.1, "one middle name is an initial and it agrees"),
    different: row("middleName", "different", 0.08, 0.9, "middle names recorded on both and unrelated"),
    unknown: row("middleName", "unknown", 1, 1, "a middle name on at most one report: no evidence"),
  },
  nameOrder: {
    "as-recorded": row("nameOrder", "as-recorded", 1, 1, "names compared as recorded"),
    swapped: row("nameOrder", "swapped", 0.5, 1, "given and family names swapped on one report: the better of two readings is taken, which costs one bit"),
    alias: row("nameOrder", "alias", 0.5, 1, "agreement found through an alias: one bit for trying more than one reading"),
  },
  birthDate: {
    equal: row("birthDate", "equal", 0.88, 0.0005, "ages of reported children spread over about 2,000 birth dates"),
    "partial-month": row("birthDate", "partial-month", 0.97, 0.014, "one date known to the month only, and consistent (1 in 72 months by chance)"),
    "partial-year": row("birthDate", "partial-year", 0.97, 0.17, "one date known to the year only, and consistent (most reported children are 13–17)"),
    "day-month-swapped": row("birthDate", "day-month-swapped", 0.02, 0.0002, "assumed 2 % of dates entered day first"),
    "one-digit-off": row("birthDate", "one-digit-off", 0.03, 0.007, "assumed 3 % single-digit typing errors"),
    "digits-transposed": row("birthDate", "digits-transposed", 0.01, 0.003, "two adjacent digits swapped (13 and 31)"),
    "same-year": row("birthDate", "same-year", 0.005, 0.17, "same year, another day: assumed rare for one child"),
    "one-year-apart": row("birthDate", "one-year-apart", 0.006, 0.3, "years one apart, not a one-digit error", true),
    "years-apart": row("birthDate", "years-apart", 0.004, 0.53, "years two or more apart", true),
  },
  sex: {
    equal: row("sex", "equal", 0.97, 0.5, "NCIC sex codes agree"),
    different: row("sex", "different", 0.015, 0.5, "codes differ (recording error, or a child recorded under another sex)", true),
    unknown: row("sex", "unknown", 1, 1, "U on one report: no evidence"),
  },
  race: {
    shared: row("race", "shared", 0.9, 0.35, "a race code in common; u from a New York-like mix of codes"),
    different: row("race", "different", 0.1, 0.65, "no code in common (race is recorded inconsistently)"),
    unknown: row("race", "unknown", 1, 1, "no race (or only U) on one report: no evidence"),
  },
  reportingAgency: {
    same: row("reportingAgency", "same", 0.7, 0.26, "assumed 70 % of a child's reports come from one agency; u: a state's agency shares"),
    different: row("reportingAgency", "different", 0.3, 0.74, "another agency reported it"),
  },
  state: {
    same: row("state", "same", 0.96, 0.9, "u for a file mostly from one state (a clearinghouse's)"),
    different: row("state", "different", 0.04, 0.1, "reports from different states"),
    unknown: row("state", "unknown", 1, 1, "no state on one report: no evidence"),
  },
  childId: {
    "same-in-agency": row("childId", "same-in-agency", 0.85, 0.0001, "one agency's person id, reused for its child's reports (assumed 85 %)"),
    "different-in-agency": row("childId", "different-in-agency", 0.15, 0.9999, "one agency, two person ids: ids re-issued or copied from another agency"),
    "other-agency": row("childId", "other-agency", 1, 1, "ids of different agencies are unrelated: no evidence"),
  },
  episodes: {
    sequential: row("episodes", "sequential", 0.97, 0.85, "one episode ended before the other began"),
    concurrent: row("episodes", "concurrent", 0.03, 0.15, "the child would be missing twice at once (stale open records, duplicate reports)"),
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
 */
export const LINK_WEIGHTS: readonly LinkWeight[] = Object.values(W).flatMap((levels) =>
  Object.values(levels),
);

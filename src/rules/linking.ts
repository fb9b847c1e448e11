/**
 * Record linkage: when two reports are taken to be of one child (`compareCases`,
 * `linkCases`). Every rule here is a choice of this library, built on the sources named.
 * @module
 */
import { NCIC_FILE_ABSTRACT } from "./sources.js";
import { type Rule, rule } from "./types.js";

const FELLEGI_SUNTER = {
  title:
    "Fellegi, I. P. and Sunter, A. B. (1969), A Theory for Record Linkage, Journal of the American Statistical Association 64(328), 1183–1210",
  url: "https://doi.org/10.1080/01621459.1969.10501049",
};
const CENSUS_SURNAMES = {
  title: "U.S. Census Bureau, Frequently Occurring Surnames from the 2010 Census",
  url: "https://www.census.gov/topics/population/genealogy/data/2010_surnames.html",
};
const SSA_NAMES = {
  title: "Social Security Administration, Popular Baby Names",
  url: "https://www.ssa.gov/oact/babynames/",
};
const NICKNAMES = {
  title: "Northern, C., nicknames: a table of English given names and their nicknames (Apache-2.0)",
  url: "https://github.com/carltonnorthern/nicknames",
};
const NYSIIS = {
  title: "The NYSIIS phonetic code (New York State Identification and Intelligence System)",
  cite: "Taft, R. L. (1970), Name Search Techniques, NYSIIS Special Report No. 1",
};

/** The rules of record linkage. (made when the rule book is first read) @internal */
export function LINKING_RULES(): readonly Rule[] {
  return [
    rule({
      id: "LINK-1",
      title: "Score of a pair of reports",
      statement:
        "Two reports are compared field by field (names, birth date, sex, race, reporting agency, state, the agency's child id, the timing of the episodes); each field takes one agreement level, and the level adds log2(m/u) bits, where m is how often it is seen between two reports of one child and u between two children. The score is the sum; the table of levels is LINK_WEIGHTS.",
      status: "choice",
      sources: [FELLEGI_SUNTER],
    }),
    rule({
      id: "LINK-2",
      title: "Common names weigh less",
      statement:
        "Agreeing on a common given name (among the most given in the children's birth years) or a common surname (the 2010 Census top 25 and surnames that cluster within communities) is weaker evidence than agreeing on a rare one: two Jose Rodriguez born years apart stay two children. A shared family name with unrelated given names adds nothing: siblings and twins look like that.",
      status: "choice",
      sources: [CENSUS_SURNAMES, SSA_NAMES],
    }),
    rule({
      id: "LINK-3",
      title: "Variants of one name",
      statement:
        "Names are compared after normalising case, accents, spacing, hyphens and apostrophes. A nickname of the other name (Liz and Elizabeth, from the nickname table), one typing error, the same NYSIIS phonetic code, a middle name used as the given name, given and family names swapped, or an alias count as weaker agreement levels, each with its own weight.",
      status: "choice",
      sources: [NICKNAMES, NYSIIS],
    }),
    rule({
      id: "LINK-4",
      title: "Birth dates that agree in part",
      statement:
        "A birth date known to the month or the year only agrees with any date it contains; day and month swapped, one digit off and two digits transposed are typing errors with their own weights; birth years one or more apart say two children.",
      status: "choice",
      sources: [FELLEGI_SUNTER, NCIC_FILE_ABSTRACT],
    }),
    rule({
      id: "LINK-5",
      title: "Child ids within one agency",
      statement:
        "Equal child ids recorded by one reporting agency are strong evidence of one child; ids recorded by different agencies are unrelated and add nothing. An id is evidence, never the decision.",
      status: "choice",
      sources: [NCIC_FILE_ABSTRACT],
    }),
    rule({
      id: "LINK-6",
      title: "Default threshold: 14 bits",
      statement:
        "Two reports are linked when their score is 14 bits or more (odds of about 16,000 to 1 for one child before the prior). On synthetic years with recording noise it gives pairwise precision of 0.99 or more and recall of 0.95 or more (the accuracy report in docs/linking.md).",
      status: "choice",
      sources: [FELLEGI_SUNTER],
    }),
    rule({
      id: "LINK-7",
      title: "Children from links, with a chaining guard",
      statement:
        "Links are applied strongest first (then by case ids) with union-find; two groups are not joined when a report of one and a report of the other score below the threshold and contradict each other (unrelated given names, birth years apart, another sex), so that one weak link cannot make two children one. The result does not depend on the order of the input.",
      status: "choice",
      sources: [FELLEGI_SUNTER],
    }),
    rule({
      id: "LINK-8",
      title: "Candidate pairs by blocking",
      statement:
        "Only pairs sharing a blocking key are scored: family name and birth date, phonetic given and family names (either order) and birth year, phonetic given name and birth month and day, child id within the agency, and others; within a large block, neighbours in a sorted window. Work and memory grow about linearly with the number of reports; a pair sharing no key is never linked.",
      status: "choice",
      sources: [FELLEGI_SUNTER],
    }),
  ];
}

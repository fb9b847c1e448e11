/**
 * The names common enough that agreeing on one is weaker evidence (the `equal-common`
 * levels of the weight table).
 * @module
 */

// biome-ignore format: a word list reads better packed
const FAMILY = [
  // The 25 most frequent surnames of the 2010 Census, in rank order (together 8.7 % of the
  // population; Smith alone 828 per 100,000): U.S. Census Bureau, "Frequently Occurring
  // Surnames from the 2010 Census", https://www.census.gov/topics/population/genealogy/data/2010_surnames.html
  "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez",
  "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor",
  "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris",
  // Surnames that cluster within communities (Comenetz, J., 2016, "Frequently Occurring
  // Surnames in the 2010 Census", U.S. Census Bureau: 26 surnames cover a quarter of the
  // Hispanic population), so that a city's file holds more of them than the national shares.
  "sanchez", "ramirez", "torres", "flores", "rivera", "gomez", "diaz", "cruz", "reyes",
  "morales", "ortiz", "gutierrez", "chavez", "ramos", "ruiz", "alvarez", "mendoza", "castillo",
  "jimenez", "vasquez", "romero", "herrera", "medina", "aguilar", "vargas", "castro",
  "gonzales", "nguyen", "kim", "patel", "tran", "chen", "li", "wang", "le", "pham",
];

// biome-ignore format: a word list reads better packed
const GIVEN = [
  // Names among the most given to babies born in the United States from about 2000 to 2012
  // (Social Security Administration, "Popular Baby Names", https://www.ssa.gov/oact/babynames/),
  // the birth years of the children in this decade's reports. The top names of those years
  // were each given to about 1 % of the babies of their sex.
  "jacob", "michael", "joshua", "matthew", "ethan", "andrew", "daniel", "anthony",
  "christopher", "joseph", "william", "alexander", "ryan", "david", "nicholas", "tyler",
  "james", "john", "jonathan", "nathan", "samuel", "christian", "noah", "dylan", "benjamin",
  "logan", "brandon", "gabriel", "zachary", "jose", "elijah", "angel", "kevin", "jack",
  "caleb", "justin", "austin", "evan", "robert", "thomas", "luke", "mason", "aidan",
  "jackson", "isaiah", "jordan", "gavin", "connor", "aiden", "isaac", "jason", "cameron",
  "hunter", "jayden", "juan", "charles", "aaron", "lucas", "luis", "owen", "landon", "diego",
  "brian", "adam", "adrian", "kyle", "eric", "ian", "carlos", "liam", "sebastian", "jesus",
  "emily", "madison", "emma", "hannah", "olivia", "abigail", "isabella", "ashley",
  "samantha", "elizabeth", "alexis", "sarah", "grace", "alyssa", "sophia", "lauren",
  "brianna", "kayla", "natalie", "anna", "jessica", "taylor", "chloe", "hailey", "ava",
  "jasmine", "sydney", "victoria", "ella", "mia", "morgan", "julia", "kaitlyn", "rachel",
  "katherine", "megan", "alexandra", "jennifer", "destiny", "allison", "savannah", "haley",
  "mackenzie", "brooke", "maria", "nicole", "makayla", "trinity", "kylie", "kaylee", "paige",
  "lily", "faith", "zoe", "stephanie", "jenna", "andrea", "riley", "katelyn", "angelina",
  "kimberly", "madeline", "mary", "leah", "lillian", "michelle", "amanda", "sara", "sofia",
  "jada", "aaliyah", "genesis", "camila", "nevaeh", "ariana", "gabriella", "melanie",
];

/**
 * Normalised family names counted as common (agreement weighs less): the 25 most frequent
 * surnames of the 2010 Census and the surnames that cluster in Hispanic and Asian
 * communities.
 *
 * @example
 * ```ts
 * COMMON_FAMILY_NAMES.has("rodriguez"); // true
 * COMMON_FAMILY_NAMES.has("kowalczyk"); // false
 * ```
 * @internal
 */
export const COMMON_FAMILY_NAMES: ReadonlySet<string> = new Set(FAMILY);

/**
 * Normalised given names counted as common: those most given to babies born 2000–2012
 * (SSA popular baby names), boys and girls.
 *
 * @example
 * ```ts
 * COMMON_GIVEN_NAMES.has("jose"); // true
 * ```
 * @internal
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN);

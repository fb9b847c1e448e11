/**
 * Word lists and weights for synthetic records. The weights are illustrative, shaped after
 * the New York figures of ST-1 … ST-4 (about 95 % reported as runaways, mostly teenagers);
 * they are data of the testing kit, not rules. Names are invented and common, so that no
 * synthetic record reads as a real child.
 * @module
 */
import type { Agency } from "../models/agency.js";
import type { MissingCase } from "../models/case.js";
import type { NcicEyeColor, NcicHairColor } from "../models/codes.js";
import type { ReportedAs } from "../models/reported-as.js";
import type { RiskIndicator } from "../models/risk-indicator.js";

/** A weighted choice: `[value, weight]`. @internal */
export type Weighted<T> = readonly (readonly [T, number])[];

// biome-ignore format: a word list reads better packed
/** @internal */
export const GIVEN_NAMES = [
  "Aaliyah", "Adrian", "Alexis", "Amir", "Ana", "Angel", "Ariana", "Ava", "Brianna", "Caleb",
  "Camila", "Carlos", "Chloe", "Daniel", "Destiny", "Dylan", "Elijah", "Emily", "Gabriel",
  "Genesis", "Isabella", "Isaiah", "Jada", "Jasmine", "Jayden", "Jordan", "Josiah", "Julian",
  "Kayla", "Liam", "Madison", "Malik", "Maria", "Mason", "Mia", "Nevaeh", "Noah", "Olivia",
  "Samuel", "Sofia", "Taylor", "Tyler", "Xavier", "Zoe",
] as const;

// biome-ignore format: a word list reads better packed
/** @internal */
export const FAMILY_NAMES = [
  "Adams", "Alvarez", "Baker", "Brown", "Campbell", "Clark", "Cruz", "Davis", "Diaz", "Evans",
  "Garcia", "Green", "Hall", "Harris", "Hernandez", "Jackson", "Johnson", "Jones", "King",
  "Lee", "Lewis", "Lopez", "Martin", "Martinez", "Miller", "Moore", "Nguyen", "Ortiz", "Perez",
  "Reyes", "Rivera", "Robinson", "Rodriguez", "Santos", "Scott", "Smith", "Taylor", "Thomas",
  "Torres", "Walker", "White", "Williams", "Wilson", "Young",
] as const;

/** Ages at report (completed years), skewed to 15–17 as in New York reports. @internal */
// biome-ignore format: a table reads better packed
export const AGE_WEIGHTS: Weighted<number> = [
  [2, 0.4], [3, 0.3], [4, 0.3], [5, 0.3], [6, 0.3], [7, 0.3], [8, 0.4], [9, 0.5], [10, 0.7],
  [11, 1.2], [12, 3], [13, 7], [14, 14], [15, 22], [16, 26], [17, 24],
];

/** What the reporter said, when it was not a runaway. @internal */
export const NON_RUNAWAY: Weighted<ReportedAs> = [
  ["unknown", 30],
  ["family-abduction", 25],
  ["thrownaway", 15],
  ["lost-injured", 12],
  ["benign-explanation", 15],
  ["nonfamily-abduction", 3],
];

/** Where a runaway ran from; group homes and foster care are over-represented. @internal */
export const MISSING_FROM: Weighted<NonNullable<MissingCase["missingFrom"]>> = [
  ["home", 70],
  ["group-home", 12],
  ["foster-care", 8],
  ["residential-facility", 5],
  ["other", 5],
];

// biome-ignore format: a table reads better packed
/** @internal */
export const EYE_COLORS: Weighted<NcicEyeColor> = [
  ["BRO", 60], ["BLU", 12], ["HAZ", 10], ["GRN", 6], ["BLK", 8], ["GRY", 1], ["XXX", 3],
];

// biome-ignore format: a table reads better packed
/** @internal */
export const HAIR_COLORS: Weighted<NcicHairColor> = [
  ["BLK", 45], ["BRO", 35], ["BLN", 10], ["RED", 4], ["SDY", 2], ["PLE", 1], ["XXX", 3],
];

/**
 * Risk indicators a caseworker may record. The derived ones (`age-13-or-younger`,
 * `repeat-missing`, `ran-from-care`) are left out: the library derives them.
 * @internal
 */
// biome-ignore format: a table reads better packed
export const RECORDED_INDICATORS: Weighted<RiskIndicator> = [
  ["abused-at-home", 8], ["substance-dependent", 5], ["hard-drug-use", 3],
  ["criminal-place", 3], ["criminal-activity", 3], ["survival-sex", 1], ["missed-school", 10],
  ["with-drug-abuser", 2], ["with-violent-person", 2], ["suicide-attempt", 2],
  ["serious-mental-illness-or-disability", 3], ["prior-sexual-abuse", 3],
  ["household-substance-abuse", 4], ["rejected-for-identity", 2], ["romance-recruitment", 3],
  ["controlling-older-partner", 2], ["online-enticement", 3], ["multiple-phones", 1],
  ["unexplained-money", 1], ["no-id", 2], ["hotel-keys", 1], ["the-life-language", 1],
];

/**
 * Reporting police departments of a New York-like state with the city and county of their
 * cases, weighted roughly by population. ORIs are invented but well-formed.
 * @internal
 */
export const NY_REPORTING_AGENCIES: Weighted<readonly [id: string, city: string, county: string]> =
  [
    [["nypd", "New York", "New York"], 45],
    [["buffalo-pd", "Buffalo", "Erie"], 8],
    [["rochester-pd", "Rochester", "Monroe"], 7],
    [["syracuse-pd", "Syracuse", "Onondaga"], 5],
    [["yonkers-pd", "Yonkers", "Westchester"], 4],
    [["albany-pd", "Albany", "Albany"], 4],
    [["troy-pd", "Troy", "Rensselaer"], 2],
    [["schenectady-pd", "Schenectady", "Schenectady"], 2],
    [["utica-pd", "Utica", "Oneida"], 2],
    [["nysp", "Latham", "Albany"], 21],
  ];

/** A Capital Region-like set of agencies (OP-1): who owns cases, who helps. @internal */
export const CAPITAL_REGION_AGENCIES: readonly Omit<Agency, "timeZone">[] = [
  {
    id: "nys-dcjs",
    name: "NYS DCJS Missing Persons Clearinghouse",
    kind: "clearinghouse",
    level: "state",
    state: "NY",
  },
  {
    id: "albany-pd",
    name: "Albany Police Department",
    kind: "law-enforcement",
    level: "local",
    ori: "NY0010100",
    state: "NY",
  },
  {
    id: "troy-pd",
    name: "Troy Police Department",
    kind: "law-enforcement",
    level: "local",
    ori: "NY0420300",
    state: "NY",
  },
  {
    id: "schenectady-pd",
    name: "Schenectady Police Department",
    kind: "law-enforcement",
    level: "local",
    ori: "NY0460200",
    state: "NY",
  },
  {
    id: "colonie-pd",
    name: "Colonie Police Department",
    kind: "law-enforcement",
    level: "local",
    ori: "NY0010400",
    state: "NY",
  },
  {
    id: "nysp",
    name: "New York State Police",
    kind: "law-enforcement",
    level: "state",
    ori: "NYNSP0000",
    state: "NY",
  },
  { id: "us-marshals", name: "U.S. Marshals Service", kind: "law-enforcement", level: "federal" },
  { id: "fbi-albany", name: "FBI Albany Field Office", kind: "law-enforcement", level: "federal" },
  {
    id: "ocfs",
    name: "NYS Office of Children and Family Services",
    kind: "child-welfare",
    level: "state",
    state: "NY",
  },
  {
    id: "albany-dss",
    name: "Albany County Department of Social Services",
    kind: "child-welfare",
    level: "county",
    state: "NY",
  },
  {
    id: "albany-da",
    name: "Albany County District Attorney",
    kind: "prosecutor",
    level: "county",
    state: "NY",
  },
  { id: "ncmec", name: "National Center for Missing & Exploited Children", kind: "nonprofit" },
  { id: "ncptf", name: "National Child Protection Task Force", kind: "nonprofit" },
  { id: "data-partner", name: "Data analytics partner", kind: "private-partner" },
];

/** Police departments that own the operation's cases, weighted by headline share. @internal */
export const CASE_OWNERS: Weighted<string> = [
  ["albany-pd", 47],
  ["troy-pd", 11],
  ["schenectady-pd", 6],
];

/**
 * The zone of each state with a jurisdiction profile (its most populous part): the default
 * `timeZone` of synthetic cases in that state. Other states default to New York's zone.
 */
export const STATE_ZONES: Readonly<Record<string, string>> = {
  NY: "America/New_York",
  CA: "America/Los_Angeles",
  TX: "America/Chicago",
  FL: "America/New_York",
  PA: "America/New_York",
  IL: "America/Chicago",
  OH: "America/New_York",
  GA: "America/New_York",
  NC: "America/New_York",
  MI: "America/Detroit",
};

/** The default zone of synthetic cases in `state`. */
export function zoneOfState(state: string | undefined): string {
  return (state === undefined ? undefined : STATE_ZONES[state]) ?? "America/New_York";
}

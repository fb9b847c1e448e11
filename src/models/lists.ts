/**
 * Every code list of the models, as plain data. Kept free of zod so that the pure functions
 * (lifecycle, statistics, classification, the testing kit) bundle without it; each model file
 * builds its schema from these lists and re-exports them beside it. Sources are cited on each
 * list and in the model file that uses it.
 * @module
 */

// src/models/agency.ts

/** Every value of `Agency['kind']` (OP-1). */
export const AGENCY_KINDS = [
  "law-enforcement",
  "child-welfare",
  "clearinghouse",
  "prosecutor",
  "nonprofit",
  "private-partner",
] as const;

/** Every value of `Agency['level']`. */
export const AGENCY_LEVELS = ["local", "county", "state", "federal", "tribal"] as const;

// src/models/case-event.ts

/** Conditions in which a child is located. */
export const LOCATE_CONDITIONS = ["safe", "injured", "deceased", "unknown"] as const;

/** Dispositions of a clear. */
export const CLEAR_DISPOSITIONS = [
  "returned-to-guardian",
  "placed-in-care",
  "returned-on-own",
  "adult-declined-return",
  "in-custody",
  "deceased",
] as const;

/** Reasons to cancel a record. `entered-in-error` and `duplicate` remove it from statistics. */
export const CANCEL_REASONS = [
  "entered-in-error",
  "duplicate",
  "report-withdrawn",
  "unfounded",
] as const;

/**
 * Recipients of a notice: NCMEC, NamUs, the state missing-children clearinghouse, law
 * enforcement (a child-welfare agency reports to the police; an agency alerts its
 * neighbours), a school, a vital-records office (the birth-record registrar) and a court.
 */
export const NOTICE_RECIPIENTS = [
  "ncmec",
  "namus",
  "clearinghouse",
  "law-enforcement",
  "school",
  "vital-records",
  "court",
] as const;

/** Every value of `CaseEventType`, in the column order of the lifecycle table. */
export const CASE_EVENT_TYPES = [
  "enter",
  "verify",
  "notify",
  "locate",
  "clear",
  "cancel",
  "reopen",
] as const;

// src/models/case-status.ts

/** Every value of `CaseStatus`. */
export const CASE_STATUSES = ["reported", "active", "located", "closed", "cancelled"] as const;

/** Statuses in which a case is still open (ST-4: reported, active or located). */
export const OPEN_STATUSES: ReadonlySet<(typeof CASE_STATUSES)[number]> = new Set([
  "reported",
  "active",
  "located",
]);

// src/models/case.ts

/** Where the child was living when they went missing. */
export const MISSING_FROM = [
  "home",
  "foster-care",
  "group-home",
  "residential-facility",
  "other",
] as const;

// src/models/codes.ts

/** NCIC SEX codes (NCIC-5): `M`, `F`, `X` (neither, a choice) and `U` (unknown, unverified). */
export const NCIC_SEX_CODES = ["M", "F", "X", "U"] as const;

/** NCIC RAC codes (NCIC-5): Asian/Pacific Islander, Black, American Indian, White, Unknown. */
export const NCIC_RACE_CODES = ["A", "B", "I", "W", "U"] as const;

/** NCIC EYE codes (NCIC-5); `XXX` is unknown. Green is `GRN` for eyes (but `GRE` for hair). */
export const NCIC_EYE_COLORS = [
  "BLK",
  "BLU",
  "BRO",
  "GRY",
  "GRN",
  "HAZ",
  "MAR",
  "PNK",
  "MUL",
  "XXX",
] as const;

/** NCIC HAI codes (NCIC-5, pairing unverified); `XXX` is unknown or bald; green is `GRE`. */
export const NCIC_HAIR_COLORS = [
  "BLK",
  "BLU",
  "BRO",
  "BLN",
  "GRE",
  "GRY",
  "ONG",
  "PNK",
  "PLE",
  "RED",
  "SDY",
  "WHT",
  "XXX",
] as const;

/**
 * NCIC Missing Person File categories (MKE): Disability, Endangered, Involuntary,
 * Juvenile, catastrophe Victim, Other (NCIC-4).
 */
export const NCIC_CATEGORIES = ["EMD", "EME", "EMI", "EMJ", "EMV", "EMO"] as const;

/** NCIC MNP flags kept on a case: `CA` child abduction (NCIC-3), `AA` AMBER Alert. */
export const NCIC_FLAGS = ["CA", "AA"] as const;

// src/models/episode-facts.ts

/** Who took or kept the child (EP-3, EP-4). */
export const TAKEN_BY = [
  "family-member",
  "acquaintance",
  "slight-acquaintance",
  "stranger",
  "none",
] as const;

/** The perpetrator's purpose (EP-4). */
export const PERPETRATOR_PURPOSES = [
  "ransom",
  "concealment",
  "keep-permanently",
  "harm",
  "other",
] as const;

// src/models/reported-as.ts

/**
 * The NISMART-2 episode types in precedence order (EP-P, a Choice of this library: more
 * serious, more specific causes first; https://www.ncjrs.gov/html/ojjdp/nismart/02/ns1.html).
 *
 * @example
 * ```ts
 * EPISODE_TYPES[0]; // "nonfamily-abduction"
 * EPISODE_TYPES.indexOf("runaway") > EPISODE_TYPES.indexOf("thrownaway"); // true
 * ```
 */
export const EPISODE_TYPES = [
  "nonfamily-abduction",
  "family-abduction",
  "thrownaway",
  "runaway",
  "lost-injured",
  "benign-explanation",
] as const;

/** Every value of `ReportedAs`: the episode types in precedence order, then `unknown`. */
export const REPORTED_AS = [...EPISODE_TYPES, "unknown"] as const;

// src/models/risk-indicator.ts

/**
 * The NISMART-2 endangerment indicators (END-1; items 6–9 from a secondary source, END-2;
 * items 10–16 provisional, END-3: 16 of the 17 source items). `age-13-or-younger` is
 * derived from the age by `endangermentIndicators`, never required as input.
 */
export const ENDANGERMENT_INDICATORS = [
  "abused-at-home",
  "substance-dependent",
  "hard-drug-use",
  "age-13-or-younger",
  "criminal-place",
  "criminal-activity",
  "survival-sex",
  "missed-school",
  "gone-30-days",
  "with-drug-abuser",
  "with-violent-person",
  "suicide-attempt",
  "physically-assaulted",
  "sexually-assaulted",
  "with-sexual-exploiter",
  "serious-mental-illness-or-disability",
] as const;

/**
 * Trafficking red flags (TRF-1…TRF-7). `repeat-missing` and `ran-from-care` are
 * derived by `traffickingRiskFlags`, never required as input. Flags, never a determination (TRF-0).
 */
export const TRAFFICKING_INDICATORS = [
  "repeat-missing",
  "ran-from-care",
  "prior-sexual-abuse",
  "prior-sexual-assault",
  "household-substance-abuse",
  "rejected-for-identity",
  "romance-recruitment",
  "controlling-older-partner",
  "online-enticement",
  "multiple-phones",
  "unexplained-money",
  "no-id",
  "hotel-keys",
  "branding",
  "the-life-language",
  "coached-answers",
] as const;

/** Every risk indicator: the endangerment list, then the trafficking list. */
export const RISK_INDICATORS = [...ENDANGERMENT_INDICATORS, ...TRAFFICKING_INDICATORS] as const;

// src/models/primitives.ts

/** USPS codes of the states, DC and the inhabited territories. */
// biome-ignore format: a table reads better as a table
export const US_STATE_CODES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
  "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
  "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
  "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
] as const;

/**
 * How ages and local dates are counted.
 * @module
 */
import { AGE_LAW_SE, NY_GCL_19, OP_CAPITAL_2025, usc34 } from "./sources.js";
import { type Rule, rule } from "./types.js";

/** The age rules, in book order. (made when the rule book is first read) @internal */
export function AGE_RULES(): readonly Rule[] {
  return [
    rule({
      id: "AGE-1",
      title: "Local dates",
      statement:
        "The calendar date of an event is its date in the IANA time zone of the reporting jurisdiction (`America/New_York` in New York), never its UTC date; each case has one zone (a choice of this library). Inferred from New York law, which runs a day from midnight to midnight and keeps official time as US Eastern time with daylight saving; no rule on ages says so directly.",
      status: "unverified",
      sources: [
        NY_GCL_19,
        {
          title: "N.Y. General Construction Law § 52: standard of time",
          url: "https://instalawyer.io/laws/new-york-laws/52-time-standard",
          cite: "N.Y. Gen. Constr. Law § 52",
        },
      ],
    }),
    rule({
      id: "AGE-2",
      title: "Completed years",
      statement:
        "An age is the number of whole years completed since birth: rounded down, never to the nearest year. Universal practice, but no source seen states it for these laws.",
      status: "unverified",
      sources: [AGE_LAW_SE],
    }),
    rule({
      id: "AGE-3",
      title: "Which day an age is reached",
      statement:
        "By default (`anniversary`) each age is reached on the birthday. Under the `common-law` option it is reached at the first moment of the day before the birthday, as some US courts hold; Michigan rejects that rule (People v. Woolfolk, 2014), and Social Security also counts an age from the day before the birthday. Which rule New York courts apply to age limits is not known.",
      status: "verified",
      sources: [
        AGE_LAW_SE,
        {
          title: "The Volokh Conspiracy (Washington Post, 2014): Happy common-law birthday",
          url: "https://www.washingtonpost.com/news/volokh-conspiracy/wp/2014/06/20/happy-common-law-birthday/",
        },
        { title: "Social Security regulations: how age is computed", cite: "20 CFR 404.102" },
      ],
    }),
    rule({
      id: "AGE-4",
      title: "Birthdays on 29 February",
      statement:
        "In a common year, a person born on 29 February has the birthday on 1 March by default (`mar1`), as a Maryland statute provides, or on 28 February under the `feb28` option, a practice seen only in conflicting secondary sources. With the common-law rule the age is reached the day before that date (a choice). No New York statute settles leap-day birthdays; New York counts a statutory year as 365 days, 29 February and the day before counting as one.",
      status: "verified",
      sources: [
        {
          title:
            "Maryland statute on birthdays falling on 29 February (StateLawyers; section numbers differ between sources)",
          url: "http://www.statelawyers.com/Statutes/Index.cfm/StateID:20/ID:29429",
        },
        {
          title: "everydaytools.pro age calculator (28 February practice)",
          url: "https://everydaytools.pro/age-calculator",
        },
        {
          title: "N.Y. General Construction Law § 58: year",
          url: "https://www.nysenate.gov/legislation/laws/GCN/58",
          cite: "N.Y. Gen. Constr. Law § 58",
        },
      ],
    }),
    rule({
      id: "AGE-5",
      title: "Partial birth dates",
      statement:
        "When only the year, or the year and month, of birth is known, the age is computed for the earliest and the latest possible birth date: one age when both agree, else a range. An age limit that the range straddles is unknown, never guessed, in every rule alike: the alerts (17 or younger, under 18), the missing-child definitions (under 18, under 21), the NCMEC case types, NCIC's juvenile category (under 21), the episode rules (14, 15 and 18 at last contact) and the endangerment flag for 13 or younger. Where a rule must still give an answer it says how: NCIC counts an unknown as not established, a deadline that may apply is listed (the NCIC entry when the child may be under 21), and counts take the lowest possible age (ST-6).",
      status: "choice",
      sources: [
        {
          title:
            "INTERPOL notice practice: a year of birth alone is accepted as the minimum (secondary report)",
        },
      ],
    }),
    rule({
      id: "AGE-6",
      title: "No age before birth",
      statement:
        "Asking for an age on a date before the earliest possible birth date is a misuse of the function and throws; it never yields a zero or negative age.",
      status: "choice",
      sources: [AGE_LAW_SE],
    }),
    rule({
      id: "AGE-7",
      title: "Which age each rule reads",
      statement:
        "The age at report is the age on the local date of the report; the age at found, on the local date of the locate. Legal definitions, alerts and annual statistics read the age at report; NISMART-2 classification reads the age at last contact. The age at found only describes: it may pass 18 or 21 without changing the case, since no record ends because of age (FED-2). In the Capital Region operation of March 2025, children aged 2 to 17 at report were 6 to 22 when found (6 to 21 in one copy of the release).",
      status: "choice",
      sources: [usc34("34 U.S.C. 41308(2)"), OP_CAPITAL_2025],
    }),
  ];
}

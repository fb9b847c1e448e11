/**
 * North Carolina (rule ids `NCS-…`, since `NC-…` names NCMEC case types): who is a missing
 * child, law enforcement's duties and the 2-hour NCIC rule of the Administrative Code.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** A section of the North Carolina General Statutes on the General Assembly's site. */
/* @__NO_SIDE_EFFECTS__ */
function gs(section: string, cite: string) {
  return {
    title: `N.C. Gen. Stat. § ${section} (North Carolina General Assembly)`,
    url: `https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_143B/GS_${section}.html`,
    cite,
  };
}

/** North Carolina's rules of this module, in book order. (made when the rule book is first read) @internal */
export function NORTH_CAROLINA_RULES(): readonly Rule[] {
  return [
    rule({
      id: "NCS-1",
      title: "Missing child (North Carolina)",
      statement:
        "A missing child is a juvenile as defined in G.S. 7B-101 whose location has not been determined, who has been reported missing to law enforcement, and whose family lives in North Carolina. The library reads a juvenile as under 18; G.S. 7B-101 itself, which also leaves out married and emancipated minors, was not read.",
      status: "unverified",
      sources: [gs("143B-1011", "N.C. Gen. Stat. § 143B-1011(1)")],
    }),
    rule({
      id: "NCS-2",
      title: "Duties on a report (North Carolina)",
      statement:
        'On a missing-child report law enforcement immediately arranges the NCIC entry, alerts its officers on duty, starts a statewide Be-On-the-Lookout and sends a copy to the North Carolina Center for Missing Persons, with no waiting period. "Immediately" has no hour figure, so no clock is made (DL-5): a notice to `clearinghouse` with no clock.',
      status: "verified",
      sources: [gs("143B-1015", "N.C. Gen. Stat. § 143B-1015(a)")],
    }),
    rule({
      id: "NCS-3",
      title: "NCIC within 2 hours (North Carolina)",
      statement:
        "For a missing person under 21, the NCIC record is entered within 2 hours of receiving the minimum data for an entry (`nc-ncic-entry`: `reportedAt` + 2 hours, the closest instant a case records, met by the first `enter`, alongside the federal `ncic-entry`). Read in a copy of the Administrative Code current to December 2024.",
      status: "verified",
      sources: [
        {
          title:
            "14B NCAC 18B .0202, timeliness (North Carolina Administrative Code, Casetext copy current through 1 December 2024)",
          url: "https://casetext.com/regulation/north-carolina-administrative-code/title-14b-public-safety/chapter-18-division-of-criminal-information/subchapter-b-security-and-privacy/section-0200-restricted-and-restricted-files/section-18b-0202-timeliness",
          cite: "14B NCAC 18B .0202(b)(2)",
        },
      ],
    }),
    rule({
      id: "NCS-4",
      title: "NCMEC notice for AMBER cases (North Carolina)",
      statement:
        "When the child meets the AMBER Alert criteria, law enforcement notifies the Center for Missing Persons and NCMEC as soon as practicable. No hour figure, so no clock.",
      status: "verified",
      sources: [gs("143B-1015", "N.C. Gen. Stat. § 143B-1015(a)")],
    }),
    rule({
      id: "NCS-5",
      title: "NamUs after 90 days (North Carolina)",
      statement:
        "A person missing more than 90 days is entered into NamUs (`nc-namus-entry`: `reportedAt` + 90 calendar days, DL-4: the library counts from the report, so its due time can be later than the statute's; met by the first `notify` to `namus`). The federal 2 hours (FED-10) come first for anyone under 21. Seen only in a copy of the statute whose enacting act was not identified; a 2019 bill had proposed 30 days.",
      status: "unverified",
      sources: [gs("143B-1015", "N.C. Gen. Stat. § 143B-1015(c)(1)")],
    }),
  ];
}

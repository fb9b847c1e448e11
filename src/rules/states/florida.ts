/**
 * Florida: who is a missing child, law enforcement's entry, the clearinghouse and the
 * foster-care search allowance.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** The Florida Senate's address of a section of the Florida Statutes for a year. */
/* @__NO_SIDE_EFFECTS__ */
function statute(year: number, section: string, cite: string) {
  return {
    title: `Fla. Stat. § ${section} (${year}, The Florida Senate)`,
    url: `https://www.flsenate.gov/Laws/Statutes/${year}/${section}`,
    cite,
  };
}

/** Florida's rules of this module, in book order. (made when the rule book is first read) @internal */
export function FLORIDA_RULES(): readonly Rule[] {
  return [
    rule({
      id: "FL-1",
      title: "Missing child (Florida)",
      statement:
        "A missing child is a person younger than 18 who resides, or is believed to reside, in Florida, whose location has not been determined, and who has been reported missing to law enforcement.",
      status: "verified",
      sources: [statute(2024, "937.0201", "Fla. Stat. § 937.0201")],
    }),
    rule({
      id: "FL-2",
      title: "Missing endangered person (Florida)",
      statement:
        "A missing endangered person is any missing child, any missing adult under 26, or an adult of 26 or over suspected to be in danger or the victim of a crime.",
      status: "verified",
      sources: [statute(2024, "937.0201", "Fla. Stat. § 937.0201")],
    }),
    rule({
      id: "FL-3",
      title: "FCIC and NCIC within 2 hours (Florida)",
      statement:
        "Law enforcement transmits a missing-child report to the Florida Crime Information Center and NCIC within 2 hours of receiving it (`fl-entry`: `reportedAt` + 2 hours, met by the first `enter`, alongside the federal `ncic-entry`). Every stored copy of the subsection stops before its clock; the 2 hours rest on a federal summary (2020) and the title of the 2008 bill that set a time. Whether the 2023 amendment added NamUs to the list was not read.",
      status: "unverified",
      sources: [
        statute(2024, "937.021", "Fla. Stat. § 937.021(4)(a)"),
        {
          title:
            "Child Welfare Information Gateway: responding to youth missing from foster care (Florida)",
        },
      ],
    }),
    rule({
      id: "FL-4",
      title: "Monthly review, no removal for age (Florida)",
      statement:
        "Each agency's policies include a monthly review of every missing-person case, and no record is removed from the Florida Crime Information Center, NCIC or NamUs because of the person's age alone.",
      status: "verified",
      sources: [statute(2024, "937.021", "Fla. Stat. § 937.021(1)(c), (2)")],
    }),
    rule({
      id: "FL-5",
      title: "Where the report is taken (Florida)",
      statement:
        "The report is accepted and filed by the agency of the place where the person was last seen.",
      status: "verified",
      sources: [statute(2024, "937.021", "Fla. Stat. § 937.021(3)")],
    }),
    rule({
      id: "FL-6",
      title: "Clearinghouse notice (Florida)",
      statement:
        "Law enforcement submits information on missing endangered persons to the Missing Endangered Persons Information Clearinghouse of the Florida Department of Law Enforcement. No time is set: a notice to `clearinghouse` with no clock.",
      status: "verified",
      sources: [statute(2019, "937.022", "Fla. Stat. § 937.022(3)(b)1.")],
    }),
    rule({
      id: "FL-7",
      title: "Missing schoolchildren list (Florida)",
      statement:
        "The Department of Education compiles each month a list of missing schoolchildren from the Florida Crime Information Center, and school districts report the child's earliest known contact. Seen only in a mirror of the statute.",
      status: "unverified",
      sources: [statute(2024, "937.023", "Fla. Stat. § 937.023")],
    }),
    rule({
      id: "FL-8",
      title: "Foster care: up to 4 hours of search (Florida)",
      statement:
        "A caregiver reports a missing foster child to law enforcement at once when the child is high risk (under 13, incapacitated, with dangerous people or in a dangerous situation, a trafficking victim, or acting unlike themself); otherwise the caregiver may search for up to 4 hours from first suspecting the child is missing before calling. Not checked as a deadline: the clock runs before the report, and the case does not record when the child was first missed.",
      status: "verified",
      sources: [
        {
          title: "Florida Administrative Code 65C-30.019 (Florida Administrative Register)",
          url: "https://www.flrules.org/gateway/ruleNo.asp?id=65C-30.019",
          cite: "Fla. Admin. Code R. 65C-30.019",
        },
      ],
    }),
  ];
}

/**
 * Georgia: law enforcement's notices on a missing-child report, the child-welfare policy and
 * the age line the library uses.
 * @module
 */
import { type Rule, rule } from "../types.js";

const GA_35_3_83 = {
  title: "O.C.G.A. § 35-3-83 (Justia, 2019 code)",
  url: "https://law.justia.com/codes/georgia/2019/title-35/chapter-3/article-4/section-35-3-83/",
  cite: "O.C.G.A. § 35-3-83",
};

/** Georgia's rules of this module, in book order. (made when the rule book is first read) @internal */
export function GEORGIA_RULES(): readonly Rule[] {
  return [
    rule({
      id: "GA-1",
      title: "Notices on a missing-child report (Georgia)",
      statement:
        "On a missing-child report law enforcement alerts its officers on duty and the agencies of its county and the adjoining jurisdictions, and transmits the report to the Georgia Bureau of Investigation's Missing Children Information Center. No time is set: notices to `law-enforcement` and `clearinghouse` with no clock.",
      status: "verified",
      sources: [GA_35_3_83],
    }),
    rule({
      id: "GA-5",
      title: "Children missing from state care (Georgia)",
      statement:
        "The Division of Family and Children Services reports a child missing from its care immediately, and within 24 hours to law enforcement and NCMEC, confirms the NCIC entry within 24 hours, and reports a runaway to the juvenile court within 2 business days. Read as three deadlines from the report for a child missing from care (DL-4, DL-5): `ga-ncic-confirmation` (24 hours, met by the first `enter`), `ga-ncmec-notice` (24 hours, met by the first `notify` to `ncmec`) and, for a runaway, `ga-court-report` (2 business days, FED-17, met by the first `notify` to `court`). Seen only in a summary of the policy.",
      status: "unverified",
      sources: [
        {
          title: "Georgia DFCS Child Welfare Policy Manual 19.22: children missing from care",
          url: "https://pamms.dhs.ga.gov/dfcs/cws/19-22",
          cite: "Ga. DFCS Child Welfare Policy 19.22",
        },
      ],
    }),
    rule({
      id: "GA-6",
      title: "Missing child's age line (Georgia)",
      statement:
        "Georgia's statutory definition of a missing child (O.C.G.A. 35-3-81) was not found. The library uses under 18 for `isMissingChild(c, 'US-GA')`; the federal lines (under 21 for reporting, FED-1) apply whatever it is.",
      status: "choice",
      sources: [GA_35_3_83],
    }),
  ];
}

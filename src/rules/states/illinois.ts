/**
 * Illinois: the missing-child acts (325 ILCS 40, 50 and 55), the registrar's notice within
 * 5 business days and the child-welfare rule.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** An act of the Illinois Compiled Statutes on the General Assembly's site. */
/* @__NO_SIDE_EFFECTS__ */
function ilcs(actId: number, title: string, cite: string) {
  return {
    title: `${title} (Illinois General Assembly)`,
    url: `https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=${actId}&ChapterID=32`,
    cite,
  };
}

const RECOVERY_ACT = "Intergovernmental Missing Child Recovery Act of 1984";
const RECORDS_ACT = "Missing Children Records Act";

/** Illinois's rules of this module, in book order. (made when the rule book is first read) @internal */
export function ILLINOIS_RULES(): readonly Rule[] {
  return [
    rule({
      id: "IL-1",
      title: "Missing child (Illinois)",
      statement:
        "Under the act that sets up the state's missing-child recovery work, a missing child is anyone under 21 whose whereabouts are unknown to the parents or legal guardian: the line `isMissingChild(c, 'US-IL')` uses. Two other acts draw narrower lines for their own duties (17 or younger, IL-3; under 18, IL-7). Read in the text before its amendment by P.A. 103-1071, whose new text was cut off.",
      status: "verified",
      sources: [ilcs(1467, RECOVERY_ACT, "325 ILCS 40/2")],
    }),
    rule({
      id: "IL-2",
      title: "Entry as soon as the minimum data are known (Illinois)",
      statement:
        "Reports are entered as soon as the minimum data the Illinois State Police specify are available to the reporting agency, with no waiting period. No hour figure, so no clock (DL-5): the federal 2 hours apply to anyone under 21.",
      status: "verified",
      sources: [ilcs(1467, RECOVERY_ACT, "325 ILCS 40/6(e)")],
    }),
    rule({
      id: "IL-3",
      title: "Missing person (Illinois records act)",
      statement:
        "For the records act, a missing person is someone 17 or younger reported to law enforcement as abducted, lost or a runaway.",
      status: "verified",
      sources: [ilcs(1469, RECORDS_ACT, "325 ILCS 50/1(c)")],
    }),
    rule({
      id: "IL-4",
      title: "Registrar notice within 5 business days (Illinois)",
      statement:
        "Once such a person (IL-3) is entered in the state system, the Illinois State Police notify the State Registrar of Vital Records within 5 business days of the disappearance when the person was born in Illinois, and the registrar of the state of birth otherwise (`il-registrar-notice`: under 18 at report, after an `enter`; `reportedAt` + 5 business days, DL-4 and FED-17: the library counts from the report, so its due time can be later than the statute's; met by the first `notify` to `vital-records`). A case does not record the place of birth, so the notice is listed while it may apply (DL-5).",
      status: "verified",
      sources: [ilcs(1469, RECORDS_ACT, "325 ILCS 50/2")],
    }),
    rule({
      id: "IL-5",
      title: "School notice (Illinois)",
      statement:
        "When the State Police believe the child is enrolled in an Illinois school, they notify the last school known, which flags the child's record. No time is set: a notice to `school` with no clock.",
      status: "verified",
      sources: [ilcs(1469, RECORDS_ACT, "325 ILCS 50/2, 50/5")],
    }),
    rule({
      id: "IL-6",
      title: "Birth-certificate flag (Illinois)",
      statement:
        "The registrar flags the child's birth certificate and tells the local custodians of birth records; the flags come off when the child is recovered.",
      status: "verified",
      sources: [
        {
          title: "325 ILCS 50/3 (Illinois General Assembly)",
          url: "https://www.ilga.gov/legislation/ilcs/documents/032500500K3.htm",
          cite: "325 ILCS 50/3",
        },
      ],
    }),
    rule({
      id: "IL-7",
      title: "Registration law for children under 18 (Illinois)",
      statement:
        "A parallel law covers a child under 18 entered in the state system: notices to the registrar and to the school, with no time set. It overlaps the records act (IL-4, IL-5) with another age line and no clock.",
      status: "verified",
      sources: [ilcs(1470, "Missing Children Registration Law", "325 ILCS 55/1–3")],
    }),
    rule({
      id: "IL-10",
      title: "Children missing from state care (Illinois)",
      statement:
        "A caregiver tells the Department of Children and Family Services by the next business day that a child in care is missing, at once when the child is at risk; the caseworker then notifies the police, NCMEC and Child Find. Seen only in a federal summary of the rule. Not checked as a deadline: the caregiver's notice comes before the report to the police, which is where a case begins; the federal 24 hours (FED-7) apply.",
      status: "unverified",
      sources: [
        { title: "Illinois Administrative Code, DCFS rules", cite: "89 Ill. Adm. Code 329.30" },
      ],
    }),
  ];
}

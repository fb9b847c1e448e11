/**
 * Texas: who is a missing child, law enforcement's clocks (Code of Criminal Procedure
 * chapter 63), the under-11 record flags and the child-welfare agency's notices.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** The official address of an article of Code of Criminal Procedure chapter 63. */
/* @__NO_SIDE_EFFECTS__ */
function ccp(article: string, cite: string) {
  return {
    title: `Tex. Code Crim. Proc. art. ${article} (Texas Constitution and Statutes)`,
    url: `https://statutes.capitol.texas.gov/Docs/CR/htm/CR.63.htm#${article}`,
    cite,
  };
}

/** HB 908 (89th Legislature, 2025) as filed, which quotes art. 63.00905 as it stood. */
const HB_908 = {
  title: "Texas HB 908 (89th Legislature, 2025), bill text as introduced",
  url: "https://capitol.texas.gov/tlodocs/89R/billtext/html/HB00908I.HTM",
};

/** Texas's rules of this module, in book order. (made when the rule book is first read) @internal */
export function TEXAS_RULES(): readonly Rule[] {
  return [
    rule({
      id: "TX-1",
      title: "Missing child (Texas)",
      statement:
        "A child is anyone under 18. A missing child is one whose whereabouts are unknown and who was taken without the custodian's consent, ran away without intending to return, is held against a court order, or is kept so as to deprive the custodian. A person of any age who is disabled and in danger, whose safety is in doubt, or who is not emancipated also counts as a missing child or missing person; `isMissingChild(c, 'US-TX')` reads the age line only.",
      status: "verified",
      sources: [ccp("63.001", "Tex. Code Crim. Proc. art. 63.001")],
    }),
    rule({
      id: "TX-2",
      title: "Clearinghouse and NCIC within 2 hours (Texas)",
      statement:
        "For a missing child, law enforcement enters the child into the Department of Public Safety's missing-children clearinghouse and NCIC immediately, and no later than 2 hours after receiving the report (`tx-clearinghouse-entry`: `reportedAt` + 2 hours, met by the first `notify` to `clearinghouse`; the NCIC part is the federal `ncic-entry`). Children have had their own article since HB 2660 (2023); older copies of art. 63.009 that treat children and adults together are out of date. Quoted as existing law in the official text of HB 908 (2025).",
      status: "verified",
      sources: [ccp("63.00905", "Tex. Code Crim. Proc. art. 63.00905(a)(2)"), HB_908],
    }),
    rule({
      id: "TX-3",
      title: "NCMEC within 2 hours (Texas)",
      statement:
        "Within the same 2 hours law enforcement also enters the child's information into the state telecommunications system and notifies NCMEC (`tx-ncmec-notice`: `reportedAt` + 2 hours, met by the first `notify` to `ncmec`). Added by HB 908 (2025), which passed both houses and went to the Governor in June 2025; its enrolled text was not read. Federal law sets no NCMEC clock for law enforcement except for children missing from care, so this would be stricter.",
      status: "unverified",
      sources: [ccp("63.00905", "Tex. Code Crim. Proc. art. 63.00905(a)(3)"), HB_908],
    }),
    rule({
      id: "TX-4",
      title: "Neighbouring agencies within 48 hours (Texas)",
      statement:
        "Within 48 hours law enforcement sends the report to every municipal and county law-enforcement agency within 200 miles (`tx-area-notice`: `reportedAt` + 48 hours, met by the first `notify` to `law-enforcement`). Read for children only in HB 908 (2025); art. 63.009(a)(4) sets it for adults.",
      status: "unverified",
      sources: [ccp("63.00905", "Tex. Code Crim. Proc. art. 63.00905(a)(4)"), HB_908],
    }),
    rule({
      id: "TX-6",
      title: "High-risk children (Texas)",
      statement:
        "A child missing 4 or more times in 24 months, in the state's conservatorship and missing 2 or more times, or at high risk of trafficking, abuse or other harm is high risk: the NCIC record is flagged, the case escalated, and every law-enforcement agency within 100 miles notified within 2 hours (`tx-high-risk-notice`: `reportedAt` + 2 hours, met by the first `notify` to `law-enforcement`). The library reads it as: 3 or more earlier episodes (`priorEpisodes`; the 24-month window is not recorded, so the notice may be listed for older episodes), or missing from care with an earlier episode, or a risk established (DL-5); an unknown count lists the notice.",
      status: "verified",
      sources: [ccp("63.0091", "Tex. Code Crim. Proc. art. 63.0091")],
    }),
    rule({
      id: "TX-7",
      title: "Record flags for children under 11 (Texas)",
      statement:
        "For a missing child under 11, vital statistics notifies the local birth-certificate office; schools, licensed day care and birth-certificate offices flag the child's records; law enforcement tells the clearinghouse it gave the notices, or the clearinghouse gives them. Notices to `school` and `vital-records` with no clock: subsection (a), which says who notifies and when, was not read.",
      status: "verified",
      sources: [ccp("63.020", "Tex. Code Crim. Proc. art. 63.020(b)–(e)")],
    }),
    rule({
      id: "TX-8",
      title: "Children missing from state care (Texas)",
      statement:
        "Within 24 hours of learning that a child in its conservatorship is missing, the Department of Family and Protective Services notifies law enforcement, the court, the child's attorney and guardian ad litem and the parent (as soon as possible when someone cannot be reached in time), and does the same on the child's return. Read as two deadlines from the report for a child missing from care (DL-5): `tx-dfps-report` (met by the first `enter`, as the federal `foster-care-report`) and `tx-dfps-court-notice` (met by the first `notify` to `court`).",
      status: "verified",
      sources: [
        {
          title: "Tex. Family Code § 264.123 (Texas Constitution and Statutes)",
          url: "https://statutes.capitol.texas.gov/Docs/FA/htm/FA.264.htm#264.123",
          cite: "Tex. Fam. Code § 264.123(a)–(c)",
        },
      ],
    }),
  ];
}

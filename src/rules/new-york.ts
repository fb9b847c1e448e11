/**
 * New York: who is a missing child, the register's duties, and the state's alerts.
 * @module
 */
import { AMBER_NY_CRITERIA, NY_837E, NY_837F2 } from "./sources.js";
import { type Rule, rule } from "./types.js";

const NY_CLEARINGHOUSE = {
  title: "NY DCJS Missing Persons Clearinghouse",
  url: "http://www.criminaljustice.ny.gov/missing/",
};

/** The New York rules, in book order. (made when the rule book is first read) @internal */
export function NEW_YORK_RULES(): readonly Rule[] {
  return [
    rule({
      id: "NY-1",
      title: "Missing child (New York)",
      statement:
        "A missing child is (a) a person under 18 missing from the usual residence whose whereabouts the person responsible for them does not know; or (b) a person under 21 missing in the same way for whom the state children's agency or a local social-services district is responsible (placement, care or supervision; a child-protective investigation; preventive or Chafee services; or a run from foster care) and whom that agency has reasonable cause to believe is, or may become, a victim of sex trafficking; or (c) a child known to have been taken, enticed or concealed from a lawful guardian by someone with no legal right to do so. Earlier versions of the law had only (a).",
      status: "verified",
      sources: [NY_837E],
    }),
    rule({
      id: "NY-2",
      title: "Birth certificate and school flags",
      statement:
        "Entering a child in the state register flags the child's birth certificate (with New York City's health department for a child born in the city) and the record at the last school attended; the flags come off when the child is recovered.",
      status: "verified",
      sources: [NY_837E],
    }),
    rule({
      id: "NY-3",
      title: "NamUs referral",
      statement:
        "A child entered in the register is referred to NamUs within 30 days of entry when possibly at immediate risk of death or injury, or possibly matching an unidentified person; otherwise within 180 days. Adults follow § 837-f-2.",
      status: "verified",
      sources: [{ ...NY_837E, cite: "N.Y. Exec. Law § 837-e(1-b)" }, NY_837F2],
    }),
    rule({
      id: "NY-4",
      title: "NCIC reports for adults",
      statement:
        "Police file an NCIC report for a missing adult who has a proven disability, may be in danger, went missing after a catastrophe, may have gone involuntarily, or gives reasonable concern for their safety.",
      status: "verified",
      sources: [NY_837F2],
    }),
    rule({
      id: "NY-5",
      title: "AMBER Alert: New York criteria",
      statement:
        "A child under 18; reasonable cause to believe the child was abducted (from witnesses, or by ruling out other explanations); danger of serious bodily harm or death, from another person's acts or from a proven mental or physical condition; and, for a family abduction, a relative who endangers the child (threats or violence during the taking, or a history of abusing the child, a spouse or a partner). A request may be declined as too vague or too late; the criteria say nothing of NCIC; a declined request is referred for a Missing Child or Missing College Student Alert.",
      status: "verified",
      sources: [AMBER_NY_CRITERIA],
    }),
    rule({
      id: "NY-6",
      title: "Clearinghouse alerts",
      statement:
        "On a police request only, the clearinghouse issues a Missing Child Alert (under 21, with a credible risk of serious harm or death from special circumstances such as a cognitive impairment or a medical condition), a Missing College Student Alert (any age, credible risk of harm) or, since 23 October 2011, a Missing Vulnerable Adult Alert (18 or older, with a cognitive, mental or brain disorder such as autism or dementia, and a credible risk; no medical proof needed).",
      status: "verified",
      sources: [NY_CLEARINGHOUSE],
    }),
  ];
}

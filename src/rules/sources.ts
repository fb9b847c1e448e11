/**
 * Sources cited by more than one rule, written once. A source used by a single rule stands
 * in that rule.
 * @module
 */
import type { RuleSource } from "./types.js";

/** @internal */
export const NISMART_02_1: RuleSource = {
  title: "NISMART-2 (OJJDP, 2002), bulletin 02, part 1: definitions",
  url: "https://www.ncjrs.gov/html/ojjdp/nismart/02/ns1.html",
};
/** @internal */
export const NISMART_02_2: RuleSource = {
  title: "NISMART-2 (OJJDP, 2002), bulletin 02, part 2: caretaker missing and reported missing",
  url: "https://www.ncjrs.gov/html/ojjdp/nismart/02/ns2.html",
};
/** @internal */
export const NISMART_03_2: RuleSource = {
  title: "NISMART-2 (OJJDP, 2002), bulletin 03, part 2: nonfamily abduction",
  url: "https://www.ncjrs.gov/html/ojjdp/nismart/03/ns2.html",
};
/** @internal */
export const NISMART_04_4: RuleSource = {
  title:
    "NISMART-2 bulletin NCJ 196469, Runaway/Thrownaway Children: National Estimates and Characteristics (OJJDP, 2002), part 4",
  url: "https://www.ncjrs.gov/html/ojjdp/nismart/04/ns4.html",
};
/** @internal */
export const NISMART_04_1: RuleSource = {
  title: "NISMART-2 bulletin NCJ 196469 (OJJDP, 2002), part 1",
  url: "https://www.ncjrs.gov/html/ojjdp/nismart/04/ns1.html",
};
/** @internal */
export const NISMART_DESIGN: RuleSource = {
  title: "OJJDP bulletin on the design of NISMART-2 (April 2000)",
  url: "https://www.ncjrs.gov/html/ojjdp/2000_04_4/nis.html",
};
/** @internal */
export const NISMART_OVERVIEW: RuleSource = {
  title: "OJJDP, National Estimates of Missing Children: An Overview (NISMART-2)",
  url: "https://www.ojjdp.ojp.gov/library/publications/national-estimates-missing-children-overview",
};

const USC_34_URL =
  "https://usc-cdn.house.gov/view.xhtml?edition=prelim&num=0&req=granuleid%3AUSC-prelim-title34-section41307";

/**
 * 34 U.S.C. 41307–41308 at the Office of the Law Revision Counsel, with the provision cited.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function usc34(cite: string): RuleSource {
  return {
    title: "U.S. Code, 34 U.S.C. 41307–41308 (Office of the Law Revision Counsel)",
    cite,
    url: USC_34_URL,
  };
}

/** @internal */
export const FOSTER_CARE_671: RuleSource = {
  title: "ReformTalk: reporting children missing from foster care under 42 U.S.C. 671(a)(35)",
  url: "https://reformtalk.net/?p=140177",
  cite: "42 U.S.C. 671(a)(35)",
};
/** @internal */
export const NCMEC_MISSING_FROM_CARE: RuleSource = {
  title: "NCMEC: children missing from care",
  url: "https://www.missingkids.org/theissues/missingfromcare",
};
/** @internal */
export const NCMEC_ISSUES: RuleSource = {
  title: "NCMEC: the issues (case types)",
  url: "https://www.missingkids.org/theissues",
};
/** @internal */
export const NCMEC_OTHER_TYPES: RuleSource = {
  title: "NCMEC: other case types (critically missing young adults, long-term missing)",
  url: "https://us.missingkids.org/theissues/othertypes",
};
/** @internal */
export const NCMEC_TRAFFICKING: RuleSource = {
  title: "NCMEC: child sex trafficking",
  url: "https://www.missingkids.org/theissues/trafficking",
};
/** @internal */
export const SIGNS_GACARES: RuleSource = {
  title: "Georgia Cares: the signs of child sex trafficking (relaying NCMEC)",
  url: "https://www.gacares.org/the-signs.html",
};

/** @internal */
export const NCIC_ROSEVILLE: RuleSource = {
  title: "Roseville (Michigan) Police: missing person and vulnerable or impaired person categories",
  url: "https://www.roseville-mi.gov/256/Missing-Person-and-Vulnerable-or-Impaire",
};
/** @internal */
export const NCIC_ENTRY_FORM: RuleSource = {
  title: "NCIC Missing Person initial entry report (form)",
  url: "https://fill.io/NCIC-Missing-Person-Initial-Entry-Report",
};
/** @internal */
export const NCIC_FIELD_GLOSSARY: RuleSource = {
  title: "Wisconsin DOJ, TIME system manual: glossary of NCIC field codes",
  url: "http://www.doj.state.wi.us/dles/cibmanuals/files/TIME/HTML/glossaryofncicfieldcodes.htm",
};
/** @internal */
export const NCIC_FILE_ABSTRACT: RuleSource = {
  title: "NCJRS abstract: the National Crime Information Center's Missing Person File",
  url: "https://ojp.gov/ncjrs/virtual-library/abstracts/national-crime-information-centers-missing-person-file",
};

/** @internal */
export const NY_837E: RuleSource = {
  title: "N.Y. Executive Law § 837-e (New York State Senate)",
  url: "https://www.nysenate.gov/legislation/laws/EXC/837-E",
  cite: "N.Y. Exec. Law § 837-e",
};
/** @internal */
export const NY_837F2: RuleSource = {
  title: "N.Y. Executive Law § 837-f-2 (LawServer)",
  url: "https://lawserver.com/law/state/new-york/ny-laws/ny_executive_law_837-f-2",
  cite: "N.Y. Exec. Law § 837-f-2",
};
/** @internal */
export const NY_GCL_19: RuleSource = {
  title: "N.Y. General Construction Law § 19: calendar day",
  url: "https://instalawyer.io/laws/new-york-laws/19-day-calendar",
  cite: "N.Y. Gen. Constr. Law § 19",
};
/** @internal */
export const AGE_LAW_SE: RuleSource = {
  title: "Law Stack Exchange: at what exact time is a person legally 18 in the US?",
  url: "https://law.stackexchange.com/questions/4783/us-law-what-exact-time-is-a-person-considered-legally-18",
};

/** @internal */
export const NY_2024_FIGURES: RuleSource = {
  title: "New York 2024 missing-children figures from DCJS, as relayed by NJ 101.5 (March 2025)",
  url: "https://nj1015.com/ixp/498/p/human-trafficking-nys/",
};

/** @internal */
export const OP_ERIE_2024: RuleSource = {
  title: "NY DCJS press release, 15 October 2024: Erie County missing child rescue operation",
  url: "https://criminaljustice.ny.gov/pio/press_releases/2024-10-15_pressrelease.html",
};
/** @internal */
export const OP_CAPITAL_2025: RuleSource = {
  title: "NCPTF: first Capital Region missing child rescue operation (March 2025)",
  url: "https://ncptf.org/first-ever-capital-region-missing-child-rescue-operation-results-in-successful-location-of-65-children-and-teens-reported-as-runaways",
};
/** @internal */
export const OP_CAPITAL_NEWS: RuleSource = {
  title: "PostX News: 64 missing youth recovered in the region's first rescue operation",
  url: "https://postxnews.com/64-missing-youth-recovered-in-regions-first-rescue-operation",
};
/** @internal */
export const OP_WESTCHESTER_2026: RuleSource = {
  title: "NY DCJS press release, 13 February 2026: Westchester missing child rescue operation",
  url: "https://cdn.amber.ny.gov/pio/press_releases/2026-2-13_pressrelease.html",
};
/** @internal */
export const AMBER_DOJ_CRITERIA: RuleSource = {
  title: "WFTV: how is an AMBER Alert issued? (the DOJ criteria)",
  url: "https://www.wftv.com/news/local/how-is-an-amber-alert-issued/455766538",
};
/** @internal */
export const AMBER_NY_CRITERIA: RuleSource = {
  title: "New York AMBER Alert: activation criteria",
  url: "https://amber.ny.gov/activation-criteria",
};

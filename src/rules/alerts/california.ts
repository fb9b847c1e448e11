/**
 * California's alerts for missing children: AMBER (Gov. Code 8594), the Ebony Alert
 * (8594.14) and the Endangered Missing Advisory (8594.11).
 * @module
 */
import { type Rule, rule } from "../types.js";

/** The official address of a section of the California Government Code. */
/* @__NO_SIDE_EFFECTS__ */
function govCode(section: string, cite: string) {
  return {
    title: `Cal. Gov. Code § ${section} (California Legislative Information)`,
    url: `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=${section}`,
    cite,
  };
}

/** California's alert rules, in book order. (made when the rule book is first read) @internal */
export function CALIFORNIA_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "CA-9",
      title: "AMBER Alert: California",
      statement:
        "Law enforcement may request an AMBER Alert (an Emergency Alert System broadcast) when a child 17 or younger, or a person of any age with a proven mental or physical disability, has been abducted or taken by anyone, a custodial parent included, is in imminent danger of serious bodily injury or death, and there is information that could help if broadcast. It is not for a custody dispute that is not believed to endanger the child. The section names no NCIC entry.",
      status: "verified",
      sources: [
        govCode("8594", "Cal. Gov. Code § 8594(a)"),
        { title: "California AB 535 (2013), bill text restating § 8594(a)", cite: "AB 535 (2013)" },
      ],
    }),
    rule({
      id: "CA-10",
      title: "Ebony Alert",
      statement:
        "The Ebony Alert is for Black youth, young Black women and girls included, reported missing under unexplained or suspicious circumstances, at risk, developmentally disabled or cognitively impaired, or abducted. Law enforcement may request it when it determines that public information could help the youth's safe recovery; the California Highway Patrol activates it when it concurs, with a Be-On-the-Lookout bulletin, an electronic flyer and, when a vehicle is involved, changeable message signs. In force since 1 January 2024 (SB 673, Stats. 2023 ch. 627). The section is Gov. Code 8594.14, not 8594.15. Subdivisions (a) to (c) were read in part; for the age band see CA-10a.",
      status: "verified",
      sources: [
        govCode("8594.14", "Cal. Gov. Code § 8594.14(a)–(c)"),
        {
          title: "Casetext: Cal. Gov. Code § 8594.14, Ebony Alert for missing Black youth",
          url: "https://casetext.com/statute/california-codes/california-government-code/title-2-government-of-the-state-of-california/division-1-general/chapter-7-california-emergency-services-act/article-65-accessibility-to-emergency-information-and-services/section-859414-ebony-alert-for-missing-black-youth",
          cite: "SB 673, Stats. 2023 ch. 627",
        },
      ],
    }),
    rule({
      id: "CA-10a",
      title: "Ebony Alert: ages 12 to 25",
      statement:
        "News reports and a sheriff's manual say the Ebony Alert is for youth aged 12 to 25 and that law enforcement considers the age among other factors. The statute text read has no age test, so the age band is a factor to weigh, not a condition: it never makes a youth ineligible.",
      status: "unverified",
      sources: [
        {
          title: "Washington Free Beacon: California creates an Ebony Alert (October 2023)",
          url: "https://freebeacon.com/latest-news/california-creates-ebony-alert-to-prioritize-search-for-black-children",
        },
      ],
    }),
    rule({
      id: "CA-11",
      title: "Endangered Missing Advisory: California",
      statement:
        "Law enforcement may request an Endangered Missing Advisory, which the California Highway Patrol may activate, for a missing person of any age who is at risk, developmentally disabled, cognitively impaired, or abducted (AB 946, Stats. 2023 ch. 93). Only subdivisions (a) and (b) and the start of the list in (c) were read.",
      status: "unverified",
      sources: [govCode("8594.11", "Cal. Gov. Code § 8594.11")],
    }),
  ];
}

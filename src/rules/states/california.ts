/**
 * California: who is a missing child, the duties of law enforcement and of schools.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** The official address of a section of a California code. */
/* @__NO_SIDE_EFFECTS__ */
function code(lawCode: "PEN" | "EDC", section: string, cite: string) {
  const name = lawCode === "PEN" ? "Penal Code" : "Education Code";
  return {
    title: `Cal. ${name} § ${section} (California Legislative Information)`,
    url: `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=${lawCode}&sectionNum=${section}`,
    cite,
  };
}

/** SB 1330 (Stats. 2016) as chaptered, where the text of § 14215 was read. */
const SB_1330 = {
  title: "California SB 1330 (2016), chaptered text on leginfo.ca.gov",
  url: "http://www.leginfo.ca.gov/pub/15-16/bill/sen/sb_1301-1350/sb_1330_bill_20160923_chaptered.htm",
};

/** California's rules of this module, in book order. (made when the rule book is first read) @internal */
export function CALIFORNIA_RULES(): readonly Rule[] {
  return [
    rule({
      id: "CA-1",
      title: "Missing child (California)",
      statement:
        "In the missing-persons title of California's Penal Code a child is anyone under 18, missing voluntarily or not. The duties to broadcast and to transmit a report reach further: anyone under 21, and anyone at risk whatever the age (CA-4, CA-5).",
      status: "verified",
      sources: [code("PEN", "14215", "Cal. Penal Code § 14215(c)"), SB_1330],
    }),
    rule({
      id: "CA-2",
      title: "At risk (California)",
      statement:
        "A missing person is at risk when there is evidence or an indication that the person is the victim of a crime, needs medical attention, has no pattern of running away, may be the victim of a parental abduction, or is mentally impaired (cognitively impaired or developmentally disabled included). The library reads it from the case as a risk established: `facts.physicalSafetyAtRisk` true or an endangerment indicator (DL-5).",
      status: "verified",
      sources: [code("PEN", "14215", "Cal. Penal Code § 14215(b)"), SB_1330],
    }),
    rule({
      id: "CA-3",
      title: "Reports taken without delay (California)",
      statement:
        "Police and sheriffs take every missing-person report, runaways and reports by telephone included, without delay and ahead of property crimes. Mandatory statewide since SB 388 (Stats. 2020, ch. 228).",
      status: "verified",
      sources: [code("PEN", "14211", "Cal. Penal Code § 14211(a)")],
    }),
    rule({
      id: "CA-4",
      title: "Be-On-the-Lookout bulletin (California)",
      statement:
        "When the missing person is under 21, or at risk (CA-2), the agency broadcasts a Be-On-the-Lookout bulletin within its jurisdiction without delay. No hour figure: a notice with no clock.",
      status: "verified",
      sources: [code("PEN", "14211", "Cal. Penal Code § 14211(d)")],
    }),
    rule({
      id: "CA-5",
      title: "Transmission within 2 hours (California)",
      statement:
        "When the missing person is under 21, or at risk (CA-2) whatever the age, the agency that took the report transmits it within 2 hours of receipt through the California Law Enforcement Telecommunications System to the Department of Justice, for its Violent Crime Information Center (the state clearinghouse) and NCIC (`ca-clets-entry`: `reportedAt` + 2 hours, met by the first `notify` to `clearinghouse`; the NCIC part is the federal `ncic-entry`).",
      status: "verified",
      sources: [code("PEN", "14211", "Cal. Penal Code § 14211(e)")],
    }),
    rule({
      id: "CA-6",
      title: "When the person is found (California)",
      statement:
        "The agency that finds a missing person reports it immediately to the Attorney General (no hour figure) and, within 24 hours of the finding, to the agency that took the report (`ca-found-report`: the locate + 24 hours, met by a `notify` to `law-enforcement` after the locate). No record is removed from the Violent Crime Information Center or NCIC for age alone.",
      status: "verified",
      sources: [code("PEN", "14213", "Cal. Penal Code § 14213(a), (b), (d)")],
    }),
    rule({
      id: "CA-7",
      title: "School notice within 10 days (California)",
      statement:
        "The agency investigating a missing child gives the child's school district, local educational agency or private school written notice, with a photograph when there is one, within 10 days of the child's disappearance (`ca-school-notice`: `reportedAt` + 10 calendar days, DL-4: the library counts from the report, so its due time can be later than the statute's by the time between the last contact and the report; met by the first `notify` to `school`). The library reads \"child\" as under 18 (CA-1) and lists the notice while enrolment is unknown, since a case does not record it (DL-5).",
      status: "verified",
      sources: [code("EDC", "49068.6", "Cal. Educ. Code § 49068.6(a)")],
    }),
    rule({
      id: "CA-8",
      title: "The school's record (California)",
      statement:
        "On that notice the school puts a missing-child notice on the front of the child's record, and tells law enforcement at once of any request for the record.",
      status: "verified",
      sources: [code("EDC", "49068.6", "Cal. Educ. Code § 49068.6(b), (d)")],
    }),
    rule({
      id: "CA-12",
      title: "Dental records after 30 days (California)",
      statement:
        "When a person at risk is not found within 30 days, law enforcement executes the written declaration needed to obtain dental or skeletal X-rays, if they were not obtained otherwise. Seen only in the Legislative Counsel's digest of SB 388 (2020). Not checked as a deadline: a case records no event for the declaration.",
      status: "unverified",
      sources: [
        {
          title: "California SB 388 (2019–2020), bill page",
          url: "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201920200SB388",
          cite: "Cal. Penal Code § 14212",
        },
      ],
    }),
  ];
}

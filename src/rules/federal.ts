/**
 * Federal duties of law enforcement and child welfare, the arithmetic of their deadlines, and
 * the DOJ AMBER criteria.
 * @module
 */
import {
  AMBER_DOJ_CRITERIA,
  AMBER_NY_CRITERIA,
  FOSTER_CARE_671,
  NCIC_ROSEVILLE,
  NCMEC_MISSING_FROM_CARE,
  usc34,
} from "./sources.js";
import { type Rule, rule } from "./types.js";

const BILLYS_LAW = {
  title: "Billy's Law (27 December 2022), adding NamUs to the federal reporting duties",
  cite: "Pub. L. 117-327",
};

/** The Public Law on govinfo.gov, where its approval date was read (FED-10, FED-14). */
const BILLYS_LAW_GOVINFO = {
  title: "Public Law 117-327, Billy's Law (govinfo.gov)",
  url: "https://www.govinfo.gov/link/plaw/117/public/327?link-type=html",
  cite: "Pub. L. 117-327, 136 Stat. 4454",
};

/** 34 U.S.C. 41308 at the Office of the Law Revision Counsel, with the provision cited. */
function usc41308(cite: string) {
  return {
    title: "U.S. Code, 34 U.S.C. 41308 (Office of the Law Revision Counsel)",
    url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title34-section41308",
    cite,
  };
}

/** The OPM page on federal holidays (official). */
const OPM_HOLIDAYS = {
  title: "U.S. Office of Personnel Management: federal holidays",
  url: "https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
};

/** The federal rules, in book order. (made when the rule book is first read) @internal */
export function FEDERAL_RULES(): readonly Rule[] {
  return [
    rule({
      id: "FED-1",
      title: "Report every missing child under 21",
      statement:
        "Every federal, state and local law-enforcement agency reports each missing child under 21 reported to it to NCIC and, since Billy's Law (27 December 2022), to NamUs as well: to NamUs either directly or through an authorization under 34 U.S.C. 40507 to transmit, enter or share the information.",
      status: "verified",
      sources: [usc34("34 U.S.C. 41307(a)"), BILLYS_LAW],
    }),
    rule({
      id: "FED-2",
      title: "No waiting period, no removal for age",
      statement:
        "No agency waits before accepting a report of a missing child or an unidentified person, and no record is removed from the state system, NCIC or NamUs solely because of the person's age (NamUs since Billy's Law, 2022).",
      status: "verified",
      sources: [usc34("34 U.S.C. 41308(1)–(2)")],
    }),
    rule({
      id: "FED-3",
      title: "What a report contains",
      statement:
        "A report gives the child's name, date of birth, sex, race, height, weight, eye and hair colour, a recent photograph when one is available, the date and place of last known contact, and the category under which the child is missing. A missing item is an issue, except the photograph.",
      status: "verified",
      sources: [usc34("34 U.S.C. 41308(3)")],
    }),
    rule({
      id: "FED-4",
      title: "Entry within 2 hours",
      statement:
        "The report is entered within 2 hours of being received into the state law-enforcement system and NCIC (`ncic-entry`, met by the first `enter`) and into NamUs (`namus-entry`, FED-10), and made available to the state missing-children clearinghouse within the same time.",
      status: "verified",
      sources: [usc34("34 U.S.C. 41308(3)"), BILLYS_LAW],
    }),
    rule({
      id: "FED-5",
      title: "Verification within 30 days",
      statement:
        "Within 30 days of the record's original entry into the state system, NCIC and NamUs, the agency that entered it into NCIC or NamUs verifies and updates it, adding medical and dental records and a photograph taken in the previous 180 days where available (in all three systems: FED-11). The 30 days run from the first `enter`.",
      status: "verified",
      sources: [usc34("34 U.S.C. 41308(4)(A)")],
    }),
    rule({
      id: "FED-6",
      title: "Children missing from foster care: NCMEC notice",
      statement:
        "Law enforcement notifies NCMEC of each child reported missing from a foster family home or a childcare institution; this provision sets no time limit. It also investigates, works with the child-welfare agency, and lets the state's NCIC contractor update the record.",
      status: "verified",
      sources: [usc34("34 U.S.C. 41308(4)(B)–(E)"), NCMEC_MISSING_FROM_CARE],
    }),
    rule({
      id: "FED-7",
      title: "Children missing from foster care: 24 hours",
      statement:
        "A state child-welfare agency reports a missing or abducted child immediately, and no later than 24 hours after receiving the information, both to law enforcement for entry into NCIC and to NCMEC. The statute sets the duty for the children of paragraph (9)(C)(i)(I): those in the agency's placement, care or supervision whom the state believes are, or are at risk of being, victims of sex trafficking, runaways from foster care included. HHS applies it to every child missing from foster care (its 2023 audit), and so does this library: every child missing from foster care, a group home or a residential facility. The same audit found many such reports late or never made, to NCMEC above all.",
      status: "verified",
      sources: [
        { ...FOSTER_CARE_671, cite: "42 U.S.C. 671(a)(35)(B)" },
        {
          title: "U.S. Code, 42 U.S.C. 671 (Office of the Law Revision Counsel)",
          url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title42-section671",
          cite: "42 U.S.C. 671(a)(9)(C)(i)(I), (a)(35)(B)",
        },
        NCMEC_MISSING_FROM_CARE,
        {
          title:
            "HHS-OIG (2023): state agencies can improve their reporting of children missing from foster care to law enforcement for entry into NCIC",
          url: "https://oig.hhs.gov/reports/all/2023/state-agencies-can-improve-their-reporting-of-children-missing-from-foster-care-to-law-enforcement-for-entry-into-the-national-crime-information-center-database-as-required-by-federal-statute",
        },
      ],
    }),
    rule({
      id: "FED-8",
      title: "Children missing from foster care: on return",
      statement:
        "The state child-welfare agency keeps protocols to find a missing child quickly, to learn why the child left and what happened while away (screening for sex trafficking included), and to report to the Department of Health and Human Services.",
      status: "verified",
      sources: [{ ...FOSTER_CARE_671, cite: "42 U.S.C. 671(a)(35)(A)" }],
    }),
    rule({
      id: "FED-9",
      title: "Suzanne's Law",
      statement:
        "Suzanne's Law, part of the PROTECT Act of 2003, raised the age covered by the NCIC reporting duty and the no-waiting rule from under 18 to under 21.",
      status: "verified",
      sources: [
        {
          title: "USLegal: Suzanne's Law",
          url: "https://definitions.uslegal.com/s/suzannes-law/",
          cite: "Pub. L. 108-21",
        },
      ],
    }),
    rule({
      id: "FED-10",
      title: "NamUs entry within 2 hours",
      statement:
        "For a missing child under 21, the report is entered into NamUs within 2 hours of its receipt, as into the state system and NCIC (`namus-entry`: under 21 at report, `reportedAt` + 2 hours, met by the first `notify` to `namus`). The agency may do so directly or through an authorization under 34 U.S.C. 40507 to transmit, enter or share the record (34 U.S.C. 41307(a)); the case model has no event for such an authorization, so record it as a notice to NamUs. Slower state NamUs clocks (New York's 30 or 180 days, NY-3; North Carolina's 90 days; Texas's) do not relax it for anyone under 21, and the Department of Justice's planned automatic NCIC-to-NamUs transfer (72 hours to 180 days, 34 U.S.C. 40507(b)) is a plan, not a deadline. Read in a copy of the Law Revision Counsel's text that postdates the amendment; the official page for 41308 and the amending section of the Public Law were not read. From when it applies: FED-14.",
      status: "verified",
      sources: [usc41308("34 U.S.C. 41308(3)"), usc34("34 U.S.C. 41307(a)"), BILLYS_LAW_GOVINFO],
    }),
    rule({
      id: "FED-11",
      title: "Verification in all three systems",
      statement:
        "The 30-day verification and update (FED-5) is done in the state system, NCIC and NamUs alike, adding medical and dental records and a photograph from the previous 180 days where available. A case records one `verify` for all three.",
      status: "verified",
      sources: [usc41308("34 U.S.C. 41308(4)(A)")],
    }),
    rule({
      id: "FED-12",
      title: "Missing child (NCMEC programs)",
      statement:
        "For the Missing Children's Assistance Act, under which NCMEC works, a missing child is anyone under 18 whose whereabouts are unknown to a parent, a legal guardian counting as a parent: `isMissingChild(c, 'ncmec')`. Read in a copy of the Law Revision Counsel's text; the older 42 U.S.C. 5772 says the same with \"legal custodian\".",
      status: "verified",
      sources: [
        {
          title: "U.S. Code, 34 U.S.C. 11292 (Office of the Law Revision Counsel)",
          url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title34-section11292",
          cite: "34 U.S.C. 11292(1), (4)",
        },
      ],
    }),
    rule({
      id: "FED-14",
      title: "From when the NamUs duties apply",
      statement:
        "The NamUs duties of Billy's Law (FED-1, FED-10, FED-11) are applied to reports whose local date is 27 December 2022 or later, the day Public Law 117-327 was approved. The approval date was read on govinfo.gov; the Code's note on the amendment's effective date was not, so the start date is not confirmed.",
      status: "unverified",
      sources: [BILLYS_LAW_GOVINFO],
    }),
    rule({
      id: "FED-15",
      title: "Federal holidays",
      statement:
        "The legal public holidays are New Year's Day (1 January), the birthday of Martin Luther King, Jr. (third Monday of January), Washington's Birthday (third Monday of February), Memorial Day (last Monday of May), Juneteenth National Independence Day (19 June, since 17 June 2021), Independence Day (4 July), Labor Day (first Monday of September), Columbus Day (second Monday of October), Veterans Day (11 November), Thanksgiving Day (fourth Thursday of November) and Christmas Day (25 December). Inauguration Day (Washington area only) and days off granted by executive order are not counted: they cannot be known in advance.",
      status: "verified",
      sources: [
        {
          title: "U.S. Code, 5 U.S.C. 6103 (Office of the Law Revision Counsel)",
          url: "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section6103",
          cite: "5 U.S.C. 6103(a)",
        },
        { title: "Juneteenth National Independence Day Act", cite: "Pub. L. 117-17" },
        OPM_HOLIDAYS,
      ],
    }),
    rule({
      id: "FED-16",
      title: "Observed dates of federal holidays",
      statement:
        "A holiday that falls on a Saturday is observed on the Friday before, one that falls on a Sunday on the Monday after. So the observed day can fall in the year before: New Year's Day 2022, a Saturday, was observed on Friday 31 December 2021.",
      status: "verified",
      sources: [
        { ...OPM_HOLIDAYS, cite: "5 U.S.C. 6103(b)(1)" },
        {
          title: "Executive Order 11582 (11 February 1971), section 3(a)",
          cite: "E.O. 11582 §3(a)",
        },
      ],
    }),
    rule({
      id: "FED-17",
      title: "Business days",
      statement:
        "The library counts the business days of any jurisdiction's rule as Monday to Friday except the federal holidays on their observed dates (FED-15, FED-16). State holidays are not applied: Illinois's statute does not say whose holidays count, and the state's were not researched.",
      status: "choice",
      sources: [OPM_HOLIDAYS],
    }),
    rule({
      id: "DL-1",
      title: "Deadline arithmetic",
      statement:
        "A deadline in hours is exact elapsed time: 24 hours across a daylight-saving change is still 24 hours. A deadline in days or months is counted in calendar units in the case's time zone and lands on the same local clock time: a day the target month lacks becomes its last day (31 August + 6 months is the end of February, 29 February + 12 months is 28 February). That local time becomes an instant as the first instant at which the zone's clock reads it or later: a time skipped by a clock change moves forward to the first valid instant, the change itself (02:30 on a New York spring-forward day is due at 03:00 daylight time), and in a repeated hour the earlier instant is taken. The zone's rules in force on that date apply (before 2007, United States daylight time began in April). Deadlines are given as UTC instants. A deadline in business days counts whole business days (FED-17) after the local date it runs from and lands on the same local clock time: 5 business days from Thursday 2 July 2026 at 10:00 is Friday 10 July at 10:00, Friday 3 July being the observed Independence Day. A state may set a tighter clock (Kentucky: a police report within 12 hours).",
      status: "choice",
      sources: [
        {
          title:
            "Kentucky Cabinet for Health and Family Services, standards of practice 4.67: missing children",
          url: "https://manuals-sp-chfs.ky.gov/chapter4/Pages/4-67.aspx",
        },
      ],
    }),
    rule({
      id: "DL-2",
      title: "Deadlines lapse when the child is found first",
      statement:
        "A deadline lapses when the child is located before the deadline is due and before it is satisfied: it records the instant of that locate and is never overdue (a child found within the hour needs no NCIC entry; a record cleared on day 6 needs no 30-day verification). A satisfying event at the locate's very instant, or earlier, wins: the deadline is satisfied, not lapsed. A reopen before the due time voids the locate, and with it the lapse, so the deadline runs again; a reopen at or after the due time leaves the lapse. A deadline already due when the child is found did not lapse: it was missed. A cancelled case has no deadlines at all.",
      status: "choice",
      sources: [usc34("34 U.S.C. 41308(3)–(4)"), BILLYS_LAW],
    }),
    rule({
      id: "DL-3",
      title: "Overdue means still to be done",
      statement:
        "A deadline is overdue at an instant when, as of that instant (later events ignored), the case is open (reported or active), the deadline was due strictly before it, and it was neither satisfied nor lapsed. A deadline missed before the child was found stays on the record as missed, but is not overdue once the case is located, closed or cancelled: nothing can be done about it any more, and a list of what to do next must not fill with children already found. A reopen makes the case open again, and its missed deadlines overdue again.",
      status: "choice",
      sources: [usc34("34 U.S.C. 41308(3)–(4)")],
    }),
    rule({
      id: "DL-4",
      title: "What a deadline runs from",
      statement:
        "A deadline runs from the report (`reportedAt`), the first `enter` or the locate in force. Where a law starts its clock at the child's disappearance (California's school notice, Illinois's registrar notice, North Carolina's NamUs entry after 90 days) the library counts from the report: its due time is then later than the law's by the time between the last contact (`lastContactAt`, never after the report) and the report, so a notice shown on time may be late under the statute; compare with `lastContactAt` when that gap matters. A deadline whose starting event has not happened (as of the instant asked) is not listed. It is met by the first event of its kind at or after the report, even one before the starting event (a NamUs referral made before the NCIC entry counts), except a deadline that runs from the locate: only an event after that locate meets it, and it never lapses, since the finding is what starts it.",
      status: "choice",
      sources: [
        {
          title:
            "California Education Code § 49068.6 (within 10 days of the child's disappearance)",
          url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=49068.6",
          cite: "Cal. Educ. Code § 49068.6(a)",
        },
        {
          title:
            "Illinois Missing Children Records Act (within 5 business days of the disappearance)",
          url: "https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=1469&ChapterID=32",
          cite: "325 ILCS 50/2",
        },
      ],
    }),
    rule({
      id: "DL-5",
      title: "Which deadlines a case gets",
      statement:
        'A case gets the deadlines of the federal profile and of the profile of its `state` when the library has one (New York, California, Texas, Florida, Pennsylvania, Illinois, Ohio, Georgia, North Carolina, Michigan); a case in another state, or with no state, gets the federal ones only. They are listed federal first, each profile in its own order, and the milestones that nothing meets last. A deadline is listed when its conditions hold or may hold: an age range straddling a limit (AGE-5), or a fact the case does not record (enrolment in school, place of birth), lists it, so that no deadline that applies is missed. Two facts are read as in earlier versions: an absent `missingFrom` counts as not missing from care, and a risk counts only when established (`facts.physicalSafetyAtRisk` true or an endangerment indicator). Where a law says "immediately" or "as soon as" with no figure, no clock is made: for anyone under 21 the federal 2 hours apply anyway (FED-4, FED-10).',
      status: "choice",
      sources: [usc34("34 U.S.C. 41308(3)")],
    }),
    rule({
      id: "AMB-DOJ",
      title: "AMBER Alert: DOJ criteria",
      statement:
        "All five: (1) law enforcement reasonably believes an abduction occurred; (2) the child is in imminent danger of serious bodily injury or death; (3) there is enough description of the child and the abduction for a useful broadcast; (4) the child is 17 or younger; (5) the child is entered in NCIC with the CA flag. States adopt the criteria voluntarily. That runaways fall outside, since an abduction is required, is a reading not confirmed in a source; North Carolina's plan excludes runaways, and parental abductions without imminent danger.",
      status: "verified",
      sources: [
        AMBER_DOJ_CRITERIA,
        {
          title: "North Carolina Center for Missing Persons: AMBER Alert request criteria",
          url: "https://nccmp.ncdps.gov/Alerts/Request/2",
        },
      ],
    }),
    rule({
      id: "AMB-1",
      title: "A believed abduction, read from the episode type",
      statement:
        "The abduction that AMBER criterion (1), New York's AMBER criteria and NCIC's EMI category require is read from the episode type (episode rules, then the type recorded at intake): met for a family or a nonfamily abduction; unknown only when the type is undetermined; not met for any other type, whatever abduction facts are still unknown. Law enforcement must reasonably believe that an abduction occurred, and an open question is not a belief: a runaway that the facts establish is no more eligible than one recorded as a runaway at intake. Learning more can still make an abduction of a runaway (the precedence of EP-P), and the answer then turns from not met to met.",
      status: "choice",
      sources: [AMBER_DOJ_CRITERIA, AMBER_NY_CRITERIA, NCIC_ROSEVILLE],
    }),
  ];
}

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

/** @internal */
export const FED_1 = rule({
  id: "FED-1",
  title: "Report every missing child under 21",
  statement:
    "Every federal, state and local law-enforcement agency reports each missing child under 21 reported to it to NCIC, and since 2022 to NamUs as well.",
  status: "verified",
  sources: [usc34("34 U.S.C. 41307(a)"), BILLYS_LAW],
});

/** @internal */
export const FED_2 = rule({
  id: "FED-2",
  title: "No waiting period, no removal for age",
  statement:
    "No agency waits before accepting a report of a missing child or an unidentified person, and no record is removed from the state system, NCIC or NamUs solely because of the person's age.",
  status: "verified",
  sources: [usc34("34 U.S.C. 41308(1)–(2)")],
});

/** @internal */
export const FED_3 = rule({
  id: "FED-3",
  title: "What a report contains",
  statement:
    "A report gives the child's name, date of birth, sex, race, height, weight, eye and hair colour, a recent photograph when one is available, the date and place of last known contact, and the category under which the child is missing. A missing item is an issue, except the photograph.",
  status: "verified",
  sources: [usc34("34 U.S.C. 41308(3)")],
});

/** @internal */
export const FED_4 = rule({
  id: "FED-4",
  title: "Entry within 2 hours",
  statement:
    "The report is entered into the state law-enforcement system, NCIC and NamUs within 2 hours of being received, and shared with the state missing-children clearinghouse.",
  status: "verified",
  sources: [usc34("34 U.S.C. 41308(3)"), BILLYS_LAW],
});

/** @internal */
export const FED_5 = rule({
  id: "FED-5",
  title: "Verification within 30 days",
  statement:
    "Within 30 days of entry the record is verified and updated, adding medical and dental records and a photograph taken in the previous 180 days where available.",
  status: "verified",
  sources: [usc34("34 U.S.C. 41308(4)(A)")],
});

/** @internal */
export const FED_6 = rule({
  id: "FED-6",
  title: "Children missing from foster care: NCMEC notice",
  statement:
    "Law enforcement notifies NCMEC of each child reported missing from a foster family home or a childcare institution; this provision sets no time limit. It also investigates, works with the child-welfare agency, and lets the state's NCIC contractor update the record.",
  status: "verified",
  sources: [usc34("34 U.S.C. 41308(4)(B)–(E)"), NCMEC_MISSING_FROM_CARE],
});

/** @internal */
export const FED_7 = rule({
  id: "FED-7",
  title: "Children missing from foster care: 24 hours",
  statement:
    "A state child-welfare agency reports a child missing or abducted from its care immediately, and no later than 24 hours after learning of it, both to law enforcement for entry into NCIC and to NCMEC. An HHS audit of 2023 found many such reports late or never made, to NCMEC above all.",
  status: "verified",
  sources: [
    { ...FOSTER_CARE_671, cite: "42 U.S.C. 671(a)(35)(B)" },
    NCMEC_MISSING_FROM_CARE,
    {
      title:
        "HHS-OIG (2023): state agencies can improve their reporting of children missing from foster care to law enforcement for entry into NCIC",
      url: "https://oig.hhs.gov/reports/all/2023/state-agencies-can-improve-their-reporting-of-children-missing-from-foster-care-to-law-enforcement-for-entry-into-the-national-crime-information-center-database-as-required-by-federal-statute",
    },
  ],
});

/** @internal */
export const FED_8 = rule({
  id: "FED-8",
  title: "Children missing from foster care: on return",
  statement:
    "The state child-welfare agency keeps protocols to find a missing child quickly, to learn why the child left and what happened while away (screening for sex trafficking included), and to report to the Department of Health and Human Services.",
  status: "verified",
  sources: [{ ...FOSTER_CARE_671, cite: "42 U.S.C. 671(a)(35)(A)" }],
});

/** @internal */
export const FED_9 = rule({
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
});

/** @internal */
export const DL_1 = rule({
  id: "DL-1",
  title: "Deadline arithmetic",
  statement:
    "A deadline in hours is exact elapsed time: 24 hours across a daylight-saving change is still 24 hours. A deadline in days or months is counted in calendar units in the case's time zone and lands on the same local clock time: a day the target month lacks becomes its last day (31 August + 6 months is the end of February, 29 February + 12 months is 28 February). That local time becomes an instant as the first instant at which the zone's clock reads it or later: a time skipped by a clock change moves forward to the first valid instant, the change itself (02:30 on a New York spring-forward day is due at 03:00 daylight time), and in a repeated hour the earlier instant is taken. The zone's rules in force on that date apply (before 2007, United States daylight time began in April). Deadlines are given as UTC instants. A state may set a tighter clock (Kentucky: a police report within 12 hours).",
  status: "choice",
  sources: [
    {
      title:
        "Kentucky Cabinet for Health and Family Services, standards of practice 4.67: missing children",
      url: "https://manuals-sp-chfs.ky.gov/chapter4/Pages/4-67.aspx",
    },
  ],
});

/** @internal */
export const DL_2 = rule({
  id: "DL-2",
  title: "Deadlines lapse when the child is found first",
  statement:
    "A deadline lapses when the child is located before the deadline is due and before it is satisfied: it records the instant of that locate and is never overdue (a child found within the hour needs no NCIC entry; a record cleared on day 6 needs no 30-day verification). A satisfying event at the locate's very instant, or earlier, wins: the deadline is satisfied, not lapsed. A reopen before the due time voids the locate, and with it the lapse, so the deadline runs again; a reopen at or after the due time leaves the lapse. A deadline already due when the child is found did not lapse: it was missed. A cancelled case has no deadlines at all.",
  status: "choice",
  sources: [usc34("34 U.S.C. 41308(3)–(4)"), BILLYS_LAW],
});

/** @internal */
export const DL_3 = rule({
  id: "DL-3",
  title: "Overdue means still to be done",
  statement:
    "A deadline is overdue at an instant when, as of that instant (later events ignored), the case is open (reported or active), the deadline was due strictly before it, and it was neither satisfied nor lapsed. A deadline missed before the child was found stays on the record as missed, but is not overdue once the case is located, closed or cancelled: nothing can be done about it any more, and a list of what to do next must not fill with children already found. A reopen makes the case open again, and its missed deadlines overdue again.",
  status: "choice",
  sources: [usc34("34 U.S.C. 41308(3)–(4)")],
});

/** @internal */
export const AMB_DOJ = rule({
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
});

/** @internal */
export const AMB_1 = rule({
  id: "AMB-1",
  title: "A believed abduction, read from the episode type",
  statement:
    "The abduction that AMBER criterion (1), New York's AMBER criteria and NCIC's EMI category require is read from the episode type (episode rules, then the type recorded at intake): met for a family or a nonfamily abduction; unknown only when the type is undetermined; not met for any other type, whatever abduction facts are still unknown. Law enforcement must reasonably believe that an abduction occurred, and an open question is not a belief: a runaway that the facts establish is no more eligible than one recorded as a runaway at intake. Learning more can still make an abduction of a runaway (the precedence of EP-P), and the answer then turns from not met to met.",
  status: "choice",
  sources: [AMBER_DOJ_CRITERIA, AMBER_NY_CRITERIA, NCIC_ROSEVILLE],
});

/** The federal rules, in book order. @internal */
export const FEDERAL_RULES: readonly Rule[] = [
  FED_1,
  FED_2,
  FED_3,
  FED_4,
  FED_5,
  FED_6,
  FED_7,
  FED_8,
  FED_9,
  DL_1,
  DL_2,
  DL_3,
  AMB_DOJ,
  AMB_1,
];

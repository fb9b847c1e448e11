/**
 * Michigan: who is a missing child (under 17), law enforcement's entry, the clearinghouse and
 * the school record.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** A section of the Michigan Compiled Laws on the Legislature's site. */
/* @__NO_SIDE_EFFECTS__ */
function mcl(section: string, cite: string, host = "www.legislature.mi.gov") {
  return {
    title: `MCL ${section} (Michigan Legislature)`,
    url: `https://${host}/Laws/MCL?objectName=mcl-${section.replace(".", "-")}`,
    cite,
  };
}

/** Michigan's rules of this module, in book order. (made when the rule book is first read) @internal */
export function MICHIGAN_RULES(): readonly Rule[] {
  return [
    rule({
      id: "MI-1",
      title: "Missing child (Michigan)",
      statement:
        "In Michigan's missing-persons act a child is anyone under 17: the line `isMissingChild(c, 'US-MI')` uses. The State Police's clearinghouse page speaks of children under 18; the statute wins. A 17- to 20-year-old is still a missing child federally, and the federal 2 hours apply (FED-4, FED-10).",
      status: "verified",
      sources: [mcl("28.258", "MCL 28.258(1)(a)")],
    }),
    rule({
      id: "MI-2",
      title: "Entry after a preliminary investigation (Michigan)",
      statement:
        'For the missing individuals the act lists, law enforcement, after a preliminary investigation, immediately enters them into the state system (LEIN) and NCIC, and a child into the clearinghouse as well. "Immediately" has no hour figure, so no clock is made (DL-5). Which individuals the act lists could not be read.',
      status: "verified",
      sources: [mcl("28.258", "MCL 28.258(2)")],
    }),
    rule({
      id: "MI-3",
      title: "The clearinghouse (Michigan)",
      statement:
        "The State Police clearinghouse records each report of a missing child; the agency that made it removes the child through LEIN once located.",
      status: "verified",
      sources: [mcl("28.259", "MCL 28.259", "capitol.legislature.mi.gov")],
    }),
    rule({
      id: "MI-4",
      title: "School record of a missing student (Michigan)",
      statement:
        "When law enforcement tells a school district that a student under 17 is missing, the district tags the student's record; it removes the tag within 7 days of notice that the LEIN entry was cancelled, and when the student turns 18. No deadline is set for law enforcement's notice to the school.",
      status: "verified",
      sources: [mcl("380.1134", "MCL 380.1134(2)–(4)")],
    }),
  ];
}

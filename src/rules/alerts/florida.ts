/**
 * Florida's AMBER Plan and Missing Child Alerts (Florida Department of Law Enforcement).
 * @module
 */
import { type Rule, rule } from "../types.js";

/** Florida's alert rules, in book order. (made when the rule book is first read) @internal */
export function FLORIDA_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "FL-9",
      title: "AMBER Alert: Florida",
      statement:
        "All five: the child is under 18; law enforcement has a well-founded belief, from an active investigation, that a kidnapping occurred; and that the child is in imminent danger of death or serious bodily injury; there is a detailed description of the child, the abductor or the vehicle to broadcast; and the agency of jurisdiction recommends activation. Criteria of the Florida Department of Law Enforcement, revised in November 2019; older pages are outdated.",
      status: "verified",
      sources: [
        {
          title: "Florida Department of Law Enforcement: AMBER Alert (agency criteria)",
          url: "http://www.fdle.state.fl.us/AMBER-Plan/Amber-Alert",
        },
      ],
    }),
    rule({
      id: "FL-10",
      title: "Missing Child Alert and Enhanced Missing Child Alert: Florida",
      statement:
        "For a child missing and in danger who need not have been abducted. A Missing Child Alert needs: the child under 18; a well-founded belief, from an active investigation, that the child is in danger of death or serious bodily injury; a detailed description or a photograph to broadcast; and the agency's recommendation. The Enhanced Missing Child Alert (since November 2019) has the same conditions with the danger imminent, and adds a Wireless Emergency Alert in a targeted area. Seen in news reports of the 2019 revision and on a copy of the department's page whose date is not known.",
      status: "unverified",
      sources: [
        {
          title: "Florida Department of Law Enforcement: Missing Child Alert",
          url: "http://www.fdle.state.fl.us/Amber-Plan/Missing-Child-Alert.aspx",
        },
        {
          title: "WKRG: update to Florida AMBER Alert criteria (8 November 2019)",
          url: "https://www.wkrg.com/local-news/update-to-florida-amber-alert-criteria/",
        },
      ],
    }),
  ];
}

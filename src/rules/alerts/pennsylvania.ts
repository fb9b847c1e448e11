/**
 * Pennsylvania's AMBER Alert and Missing Endangered Person Advisory (Pennsylvania State
 * Police).
 * @module
 */
import { type Rule, rule } from "../types.js";

const PSP_AMBER = {
  title: "Pennsylvania State Police: AMBER Alert and MEPA",
  url: "https://www.pa.gov/en/agencies/psp/programs/amber-alert.html",
};

/** Pennsylvania's alert rules, in book order. (made when the rule book is first read) @internal */
export function PENNSYLVANIA_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "PA-5",
      title: "AMBER Alert: Pennsylvania",
      statement:
        "The Pennsylvania State Police activate an AMBER Alert for an abducted child under 18 believed to be in imminent danger of death or serious bodily injury. Other factors are weighed, not required: the description available, the time elapsed, witnesses. Runaways and throwaways are excluded.",
      status: "verified",
      sources: [
        PSP_AMBER,
        {
          title: "Pennsylvania State Police: AMBER Alert overview (earlier address)",
          url: "https://www.psp.pa.gov/amber-alert/Pages/amber-alert.aspx",
        },
      ],
    }),
    rule({
      id: "PA-6",
      title: "Missing Endangered Person Advisory (MEPA): Pennsylvania",
      statement:
        "For a person of any age, when all hold: the case does not meet the AMBER criteria; the person is missing under unexplained, involuntary or suspicious circumstances; the person is thought to be in danger because of age, health, a mental or physical disability, the environment or the weather, or is with a potentially dangerous person; the requesting agency is investigating and has entered the person into NCIC; and there is enough information to help the public. Seen only in news reports of the advisory's launch (February 2011); the state police page confirms the advisory exists.",
      status: "unverified",
      sources: [
        {
          title:
            "GantDaily: new system seeks the public's help in finding missing, endangered persons (21 February 2011)",
          url: "https://gantdaily.com/2011/02/21/new-system-seeks-public%E2%80%99s-help-in-finding-missing-endangered-persons/",
        },
        PSP_AMBER,
      ],
    }),
  ];
}

/**
 * Michigan's AMBER Alert (MCL 28.751 et seq.) and Endangered Missing Advisory (Michigan State
 * Police).
 * @module
 */
import { type Rule, rule } from "../types.js";

const MSP_ALERTS = {
  title: "Michigan State Police: alerts (AMBER Alert criteria)",
  url: "https://www.michigan.gov/msp/services/alerts",
};
const MSP_2017 = {
  title:
    "Legal News: AMBER Alert criteria changing January 1 (Michigan State Police, December 2016)",
  url: "http://legalnews.com/Home/Articles?DataId=1436328",
};

/** Michigan's alert rules, in book order. (made when the rule book is first read) @internal */
export function MICHIGAN_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "MI-5",
      title: "AMBER Alert: Michigan",
      statement:
        "Since 1 January 2017: law enforcement believes a child under 18 has been abducted and is in imminent danger of serious bodily injury or death, and there is enough information for the public to help. The earlier criteria (under 17, with disability, kidnapping, dangerous-companion and terminated-parent limbs) are outdated. Seen in news reports of 2016 to 2021 and on a stored copy of the state police's page, not on its current text; the program rests on MCL 28.751 et seq.",
      status: "unverified",
      sources: [{ ...MSP_ALERTS, cite: "MCL 28.751 et seq." }, MSP_2017],
    }),
    rule({
      id: "MI-6",
      title: "Endangered Missing Advisory: Michigan",
      statement:
        "Since 1 January 2017, for a missing person of any age whose case does not meet the AMBER criteria, missing under suspicious or unexplained circumstances or in danger because of age, health, disability, environment, weather or a companion. Sent to media in the area; no Emergency Alert System, no Wireless Emergency Alert.",
      status: "unverified",
      sources: [MSP_2017, MSP_ALERTS],
    }),
  ];
}

/**
 * Texas's AMBER Alert network (Gov. Code 411.351 et seq.) and its local-area activation
 * (411.3555).
 * @module
 */
import { type Rule, rule } from "../types.js";

const GOV_411 = {
  title: "Tex. Gov. Code ch. 411, subch. L: AMBER Alert network (Texas Statutes)",
  url: "https://statutes.capitol.texas.gov/Docs/GV/htm/GV.411.htm#411.351",
};

/** Texas's alert rules, in book order. (made when the rule book is first read) @internal */
export function TEXAS_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "TX-9",
      title: "AMBER Alert: Texas, abducted child",
      statement:
        "For the Texas AMBER Alert network an abducted child is a child 17 or younger whose disappearance law enforcement has determined poses a credible threat to the child's safety and health.",
      status: "verified",
      sources: [{ ...GOV_411, cite: "Tex. Gov. Code § 411.351(1)" }],
    }),
    rule({
      id: "TX-10",
      title: "AMBER Alert: Texas activation criteria",
      statement:
        "The Department of Public Safety activates the network when (1) the child is 17 or younger, law enforcement has determined the disappearance unwilling and a credible threat to the child's safety and health, and, if a parent or legal guardian took the child, the taking was in the course of an attempted murder or a murder; or the child is 13 or younger and was taken, willingly or not, by someone unrelated and more than three years older (or by a parent who attempted or committed murder); (2) the child is in immediate danger of sexual assault, death or serious bodily injury; (3) a preliminary investigation has verified the abduction and ruled out other explanations; and (4) there is enough information to help the public find the child, a suspect or the vehicle. Read on stored copies of the department's pages, whose current text was not confirmed; the text of Gov. Code 411.355 itself was not read.",
      status: "unverified",
      sources: [
        { ...GOV_411, cite: "Tex. Gov. Code § 411.355(a)" },
        {
          title: "Texas Department of Public Safety: AMBER Alert criteria",
          url: "http://www.dps.texas.gov/DEM/Operations/Alerts/AmberCriteria.htm",
        },
        {
          title: "Texas Department of Public Safety: AMBER Alert (the state network's criteria)",
          url: "https://www.dps.texas.gov/node/78",
        },
      ],
    }),
    rule({
      id: "TX-11",
      title: "AMBER Alert: Texas local-area activation",
      statement:
        "Since 13 June 2023, a law enforcement agency that knows a child is missing but has not verified the AMBER criteria may ask for a local-area activation when its chief believes one warranted; the department activates the network within 100 miles of where the child went missing or was last seen, adjacent counties included. The section does not define 'child': this library reads it as under 18, as the network's definition (TX-9) does, and reads 'has not verified the criteria' as: the case is not established as a Texas AMBER case (AMB-3).",
      status: "verified",
      sources: [
        {
          title: "Texas HB 3556 (88th Legislature, 2023), enrolled: Gov. Code § 411.3555",
          url: "https://capitol.texas.gov/tlodocs/88R/billtext/html/HB03556F.htm",
          cite: "Tex. Gov. Code § 411.3555",
        },
      ],
    }),
  ];
}

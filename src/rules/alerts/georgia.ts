/**
 * Georgia's AMBER Alert, Levi's Call (Georgia Bureau of Investigation).
 * @module
 */
import { type Rule, rule } from "../types.js";

/** Georgia's alert rules, in book order. (made when the rule book is first read) @internal */
export function GEORGIA_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "GA-4",
      title: "Levi's Call: Georgia's AMBER Alert",
      statement:
        "All five: law enforcement reasonably believes an abduction occurred; it believes the child is in imminent danger of serious bodily injury or death; there is enough description of the victim and the abductor; the child is 17 or younger; and the child's name and critical data, the child-abduction (CA) and AMBER Alert (AA) flags included, are entered in NCIC. Not for runaways, nor for non-custodial abductions where the child is in no danger. A forum copy that says 18 or younger is wrong: the bureau's and the emergency agency's pages say 17.",
      status: "verified",
      sources: [
        {
          title:
            "Georgia Bureau of Investigation: Levi's Call activation criteria (agency criteria)",
          url: "http://alerts.gbi.georgia.gov/activation-criteria-levis-call",
        },
      ],
    }),
  ];
}

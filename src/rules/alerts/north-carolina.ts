/**
 * North Carolina's AMBER Alert (G.S. 143B-1021).
 * @module
 */
import { type Rule, rule } from "../types.js";

/** North Carolina's alert rules, in book order. (made when the rule book is first read) @internal */
export function NORTH_CAROLINA_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "NCS-6",
      title: "AMBER Alert: North Carolina",
      statement:
        "The child is 17 or younger; an abduction occurred; the abductor is not a parent or is unknown, or, if believed to be a parent, the child is in imminent danger of injury or death; a preliminary investigation by law enforcement is complete; and the child is not believed to be a runaway or voluntarily missing. The plan names no description and no NCIC entry. Read on the request page of the North Carolina Center for Missing Persons; the statute was read under its former number, 143B-499.7.",
      status: "verified",
      sources: [
        {
          title: "North Carolina Center for Missing Persons: AMBER Alert request criteria",
          url: "https://nccmp.ncdps.gov/Alerts/Request/2",
          cite: "N.C. Gen. Stat. § 143B-1021(b)",
        },
      ],
    }),
  ];
}

/**
 * Illinois's AMBER Alert (Illinois State Police).
 * @module
 */
import { type Rule, rule } from "../types.js";

/** Illinois's alert rules, in book order. (made when the rule book is first read) @internal */
export function ILLINOIS_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "IL-8",
      title: "AMBER Alert: Illinois",
      statement:
        "An undated FAQ of the Illinois AMBER task force gives: a confirmed abduction; a child under 16, or a person with a proven mental or physical disability; a belief that the child is in danger of serious bodily harm or death; and enough descriptive information. The age conflicts with the DOJ criteria (17 or younger, AMB-DOJ) and may be outdated; the state police's current criteria were not found.",
      status: "unverified",
      sources: [{ title: "AMBER Alert Illinois: FAQ", url: "http://www.amberillinois.org/FAQ" }],
    }),
  ];
}

/**
 * Illinois's AMBER Alert (IL-8, unverified).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import { childDisability } from "../case-context.js";
import { any } from "../expr.js";
import type { PlanCriteria } from "./facts.js";
import { abduction, ageIs, criterion, danger, description, NOTE, plan } from "./facts.js";

/** `amber-il`: the task force's FAQ criteria, under 16 (unverified). @internal */
export const AMBER_IL = /* @__PURE__ */ once(buildAmberIl);

function buildAmberIl(): PlanCriteria {
  return plan([
    criterion("abduction", "IL-8", abduction(), `A confirmed abduction. ${NOTE.abduction}`),
    criterion(
      "age-or-disability",
      "IL-8",
      any(ageIs("<", 16), childDisability()),
      "Under 16 at report, or a proven mental or physical disability (`child.disability`); the DOJ criteria say 17 or younger.",
    ),
    criterion("danger", "IL-8", danger(), `Danger of serious bodily harm or death. ${NOTE.danger}`),
    criterion("description", "IL-8", description(), NOTE.description),
  ]);
}

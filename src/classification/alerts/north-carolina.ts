/**
 * North Carolina's AMBER Alert (NCS-6).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import { any } from "../expr.js";
import type { PlanCriteria } from "./facts.js";
import { abduction, ageIs, criterion, danger, NOTE, notFamilyAbduction, plan } from "./facts.js";

/** `amber-nc`: G.S. 143B-1021(b). @internal */
export const AMBER_NC = /* @__PURE__ */ once(buildAmberNc);

function buildAmberNc(): PlanCriteria {
  return plan([
    criterion("age", "NCS-6", ageIs("≤", 17), "17 or younger at report."),
    criterion(
      "abduction",
      "NCS-6",
      abduction(),
      `An abduction, after a preliminary investigation; not a runaway or voluntarily missing. ${NOTE.abduction}`,
    ),
    criterion(
      "parent-abductor",
      "NCS-6",
      any(notFamilyAbduction(), danger()),
      "The abductor is not a parent (or is unknown), or the child is in imminent danger of injury or death (`facts.physicalSafetyAtRisk`, AMB-2); a family member is read as the parent (AMB-3).",
    ),
  ]);
}

/**
 * Georgia's AMBER Alert, Levi's Call (GA-4).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import type { PlanCriteria } from "./facts.js";
import { abduction, ageIs, criterion, danger, description, NOTE, ncicFlag, plan } from "./facts.js";

/** `amber-ga`: the bureau's five criteria. @internal */
export const AMBER_GA = /* @__PURE__ */ once(buildAmberGa);

function buildAmberGa(): PlanCriteria {
  return plan([
    criterion(
      "abduction",
      "GA-4",
      abduction(),
      `A reasonable belief that an abduction occurred; not for runaways. ${NOTE.abduction}`,
    ),
    criterion(
      "danger",
      "GA-4",
      danger(),
      `Imminent danger of serious bodily injury or death. ${NOTE.danger} A non-custodial abduction with no danger fails here.`,
    ),
    criterion("description", "GA-4", description(), NOTE.description),
    criterion("age", "GA-4", ageIs("≤", 17), "17 or younger at report."),
    criterion(
      "ncic-ca-flag",
      "GA-4",
      ncicFlag("CA"),
      "Entered in NCIC with the child-abduction flag: `ncic.flags` holds `CA`.",
    ),
    criterion(
      "ncic-aa-flag",
      "GA-4",
      ncicFlag("AA"),
      "Entered in NCIC with the AMBER Alert flag: `ncic.flags` holds `AA`.",
    ),
  ]);
}

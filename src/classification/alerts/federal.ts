/**
 * The DOJ's recommended AMBER criteria (AMB-DOJ).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import type { PlanCriteria } from "./facts.js";
import { abduction, ageIs, criterion, danger, description, NOTE, ncicFlag, plan } from "./facts.js";

/** `amber-doj`: all five DOJ criteria. @internal */
export const AMBER_DOJ = /* @__PURE__ */ once(buildAmberDoj);

function buildAmberDoj(): PlanCriteria {
  return plan([
    criterion("abduction", "AMB-DOJ", abduction(), `Criterion (1). ${NOTE.abduction}`),
    criterion(
      "danger",
      "AMB-DOJ",
      danger(),
      "Criterion (2), read from `facts.physicalSafetyAtRisk`.",
    ),
    criterion("description", "AMB-DOJ", description(), `Criterion (3). ${NOTE.description}`),
    criterion("age", "AMB-DOJ", ageIs("≤", 17), "Criterion (4): 17 or younger at report."),
    criterion(
      "ncic-ca-flag",
      "AMB-DOJ",
      ncicFlag("CA"),
      "Criterion (5): `ncic.flags` holds the child-abduction flag `CA` (NCIC-3).",
    ),
  ]);
}

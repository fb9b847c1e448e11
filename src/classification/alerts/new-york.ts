/**
 * New York's AMBER Alert (NY-5) and Missing Child Alert (NY-6).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import type { PlanCriteria } from "./facts.js";
import { abduction, ageIs, criterion, danger, description, NOTE, plan } from "./facts.js";

/** `amber-ny`: New York's AMBER criteria. @internal */
export const AMBER_NY = /* @__PURE__ */ once(buildAmberNy);

function buildAmberNy(): PlanCriteria {
  return plan([
    criterion("age", "NY-5", ageIs("<", 18), "Under 18 at report."),
    criterion("abduction", "NY-5", abduction(), NOTE.abduction),
    criterion(
      "danger",
      "NY-5",
      danger(),
      "Read from `facts.physicalSafetyAtRisk`; for a family abduction it must mean that the relative endangers the child.",
    ),
    criterion("description", "NY-5", description(), NOTE.description),
  ]);
}

/** `mca-ny`: the clearinghouse's Missing Child Alert. @internal */
export const MCA_NY = /* @__PURE__ */ once(buildMcaNy);

function buildMcaNy(): PlanCriteria {
  return plan([
    criterion("age", "NY-6", ageIs("<", 21), "Under 21 at report."),
    criterion(
      "danger",
      "NY-6",
      danger(),
      "A credible risk of serious harm or death, read from `facts.physicalSafetyAtRisk` (AMB-2); the special circumstances (a cognitive impairment, a medical condition) are examples, not a list.",
    ),
  ]);
}

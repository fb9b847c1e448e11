/**
 * Michigan's AMBER Alert (MI-5) and Endangered Missing Advisory (MI-6).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import { any } from "../expr.js";
import type { PlanCriteria } from "./facts.js";
import {
  abduction,
  ageIs,
  atRisk,
  criterion,
  danger,
  description,
  NOTE,
  plan,
  unexplained,
} from "./facts.js";

/** `amber-mi`: the state police's criteria since 2017. @internal */
export const AMBER_MI = /* @__PURE__ */ once(buildAmberMi);

function buildAmberMi(): PlanCriteria {
  return plan([
    criterion("age", "MI-5", ageIs("<", 18), "Under 18 at report."),
    criterion("abduction", "MI-5", abduction(), NOTE.abduction),
    criterion(
      "danger",
      "MI-5",
      danger(),
      `Imminent danger of serious bodily injury or death. ${NOTE.danger}`,
    ),
    criterion(
      "description",
      "MI-5",
      description(),
      `Enough information for the public to help. ${NOTE.description}`,
    ),
  ]);
}

/** `ema-mi`: the advisory, any age, when the AMBER criteria are not met. @internal */
export const EMA_MI = /* @__PURE__ */ once(buildEmaMi);

function buildEmaMi(): PlanCriteria {
  return plan(
    [
      criterion(
        "circumstances",
        "MI-6",
        any(unexplained(), atRisk()),
        `Missing under suspicious or unexplained circumstances (AMB-3), or in danger because of age, health, disability, environment, weather or a companion. ${NOTE.atRisk}`,
      ),
    ],
    { unless: { alertId: "amber-mi", ruleId: "MI-6" } },
  );
}

/**
 * Ohio's AMBER Alert (OH-5) and Endangered Missing Child Alert (OH-6).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import type { PlanCriteria } from "./facts.js";
import {
  abduction,
  ageIs,
  criterion,
  danger,
  description,
  NOTE,
  plan,
  unexplained,
} from "./facts.js";

/** `amber-oh`: Ohio Rev. Code 5502.52. @internal */
export const AMBER_OH = /* @__PURE__ */ once(buildAmberOh);

function buildAmberOh(): PlanCriteria {
  return plan([
    criterion(
      "abduction",
      "OH-5",
      abduction(),
      `The investigating agency confirms an abduction; not a runaway. ${NOTE.abduction}`,
    ),
    criterion("age", "OH-5", ageIs("<", 18), "Under 18 at report."),
    criterion(
      "danger",
      "OH-5",
      danger(),
      `A credible threat of immediate danger of serious bodily harm or death. ${NOTE.danger} A custody dispute without that threat fails here.`,
    ),
    criterion(
      "description",
      "OH-5",
      description(),
      `Enough description of the child, the abductor and the circumstances. ${NOTE.description}`,
    ),
  ]);
}

/** `emca-oh`: the Endangered Missing Child Alert, when the AMBER criteria are not met. @internal */
export const EMCA_OH = /* @__PURE__ */ once(buildEmcaOh);

function buildEmcaOh(): PlanCriteria {
  return plan(
    [
      criterion("age", "OH-6", ageIs("<", 18), "A child: under 18 at report."),
      criterion(
        "circumstances",
        "OH-6",
        unexplained(),
        "Missing under unknown circumstances: no episode type fits (AMB-3).",
      ),
      criterion(
        "danger",
        "OH-6",
        danger(),
        `At risk of serious physical harm or death. ${NOTE.danger}`,
      ),
      criterion("description", "OH-6", description(), NOTE.description),
    ],
    { unless: { alertId: "amber-oh", ruleId: "OH-6" } },
  );
}

/**
 * Pennsylvania's AMBER Alert (PA-5) and Missing Endangered Person Advisory (PA-6).
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
  ncicEntered,
  plan,
  unexplained,
} from "./facts.js";

/** `amber-pa`: the state police's AMBER criteria; the description is a factor. @internal */
export const AMBER_PA = /* @__PURE__ */ once(buildAmberPa);

function buildAmberPa(): PlanCriteria {
  return plan(
    [
      criterion("age", "PA-5", ageIs("<", 18), "Under 18 at report."),
      criterion(
        "abduction",
        "PA-5",
        abduction(),
        `Runaways and throwaways are excluded. ${NOTE.abduction}`,
      ),
      criterion(
        "danger",
        "PA-5",
        danger(),
        `Imminent danger of death or serious bodily injury. ${NOTE.danger}`,
      ),
    ],
    {
      factors: [
        criterion(
          "description",
          "PA-5",
          description(),
          `Weighed with the time elapsed and the witnesses, never a condition (AMB-2). ${NOTE.description}`,
        ),
      ],
    },
  );
}

/** `mepa-pa`: the advisory, for any age, when the AMBER criteria are not met. @internal */
export const MEPA_PA = /* @__PURE__ */ once(buildMepaPa);

function buildMepaPa(): PlanCriteria {
  return plan(
    [
      criterion(
        "circumstances",
        "PA-6",
        any(unexplained(), abduction()),
        "Missing under unexplained, involuntary or suspicious circumstances: no episode type fits, or an abduction (AMB-3; AMB-1).",
      ),
      criterion(
        "at-risk",
        "PA-6",
        atRisk(),
        `In danger because of age, health, a disability, the environment or the weather, or with a dangerous person. ${NOTE.atRisk}`,
      ),
      criterion("ncic-entry", "PA-6", ncicEntered(), "Entered in NCIC (AMB-2)."),
      criterion(
        "description",
        "PA-6",
        description(),
        `Enough information to help. ${NOTE.description}`,
      ),
    ],
    { unless: { alertId: "amber-pa", ruleId: "PA-6" } },
  );
}

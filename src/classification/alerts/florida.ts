/**
 * Florida's AMBER Alert (FL-9), Missing Child Alert and Enhanced Missing Child Alert (FL-10).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import type { PlanCriteria } from "./facts.js";
import { abduction, ageIs, criterion, danger, description, NOTE, plan } from "./facts.js";

const under18 = (ruleId: string) => criterion("age", ruleId, ageIs("<", 18), "Under 18 at report.");
const described = (ruleId: string) =>
  criterion(
    "description",
    ruleId,
    description(),
    `A detailed description or a photograph to broadcast. ${NOTE.description}`,
  );

/** `amber-fl`: the department's AMBER criteria. @internal */
export const AMBER_FL = /* @__PURE__ */ once(buildAmberFl);

function buildAmberFl(): PlanCriteria {
  return plan([
    under18("FL-9"),
    criterion(
      "abduction",
      "FL-9",
      abduction(),
      `A well-founded belief, from an active investigation, that a kidnapping occurred. ${NOTE.abduction}`,
    ),
    criterion(
      "danger",
      "FL-9",
      danger(),
      `Imminent danger of death or serious bodily injury. ${NOTE.danger}`,
    ),
    described("FL-9"),
  ]);
}

/** `mca-fl`: the Missing Child Alert; no abduction needed. @internal */
export const MCA_FL = /* @__PURE__ */ once(buildMcaFl);

function buildMcaFl(): PlanCriteria {
  return plan([
    under18("FL-10"),
    criterion(
      "danger",
      "FL-10",
      danger(),
      `Danger of death or serious bodily injury. ${NOTE.danger}`,
    ),
    described("FL-10"),
  ]);
}

/** `emca-fl`: the Enhanced Missing Child Alert, for imminent danger. @internal */
export const EMCA_FL = /* @__PURE__ */ once(buildEmcaFl);

function buildEmcaFl(): PlanCriteria {
  return plan([
    under18("FL-10"),
    criterion(
      "danger",
      "FL-10",
      danger(),
      `Imminent danger of death or serious bodily injury. ${NOTE.danger} The model records one danger fact, so this plan answers as the Missing Child Alert does: how imminent the danger is stays the agency's call.`,
    ),
    described("FL-10"),
  ]);
}

/**
 * Texas's AMBER Alert (TX-9, TX-10) and its local-area activation (TX-11).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import type { CaseContext } from "../case-context.js";
import { leaf } from "../expr.js";
import type { PlanCriteria } from "./facts.js";
import { abduction, ageIs, criterion, danger, description, NOTE, plan } from "./facts.js";

/**
 * If a parent took the child, the taking was in the course of an attempted murder or a
 * murder: met when the episode is not a family abduction; unknown for a family abduction,
 * since the model records no attempted murder.
 */
const parentAbductor = leaf<CaseContext>(
  "episodeTypeOf",
  "episodeTypeOf ≠ family-abduction (else unknown: attempted murder or murder is not recorded)",
  (ctx) =>
    ctx.episodeType === "undetermined" || ctx.episodeType === "family-abduction" ? "unknown" : true,
);

/** `amber-tx`: Gov. Code 411.351 and the department's criteria under 411.355(a). @internal */
export const AMBER_TX = /* @__PURE__ */ once(buildAmberTx);

function buildAmberTx(): PlanCriteria {
  return plan([
    criterion("age", "TX-9", ageIs("≤", 17), "17 or younger at report."),
    criterion(
      "abduction",
      "TX-10",
      abduction(),
      `Unwilling, with the abduction verified by a preliminary investigation and other explanations ruled out. ${NOTE.abduction} The limb for a child 13 or younger taken by someone unrelated and more than three years older is met where the episode rules make it a nonfamily abduction; the abductor's age is not in the model.`,
    ),
    criterion(
      "parent-abductor",
      "TX-10",
      parentAbductor,
      "A parent or guardian as abductor qualifies only in the course of an attempted murder or a murder, which the model does not record: unknown for a family abduction (AMB-3).",
    ),
    criterion(
      "danger",
      "TX-10",
      danger(),
      `Immediate danger of sexual assault, death or serious bodily injury. ${NOTE.danger}`,
    ),
    criterion(
      "description",
      "TX-10",
      description(),
      `Enough information to help the public find the child, a suspect or the vehicle. ${NOTE.description}`,
    ),
  ]);
}

/** `amber-tx-local`: Gov. Code 411.3555, when the AMBER criteria are not met. @internal */
export const AMBER_TX_LOCAL = /* @__PURE__ */ once(buildAmberTxLocal);

function buildAmberTxLocal(): PlanCriteria {
  return plan(
    [
      criterion(
        "age",
        "TX-11",
        ageIs("<", 18),
        "A child: under 18 at report, the reading of TX-11. The chief's belief that activation is warranted is the agency's judgement, not a criterion (AMB-2).",
      ),
    ],
    { unless: { alertId: "amber-tx", ruleId: "TX-11" } },
  );
}

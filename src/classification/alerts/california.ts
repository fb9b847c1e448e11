/**
 * California's AMBER Alert (CA-9), Ebony Alert (CA-10, CA-10a) and Endangered Missing
 * Advisory (CA-11).
 * @module
 */

import { once } from "../../lazy/stand-in.js";
import { childDisability } from "../case-context.js";
import { all, any } from "../expr.js";
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
  raceBlack,
  unexplained,
} from "./facts.js";

/** `amber-ca`: Gov. Code 8594(a). @internal */
export const AMBER_CA = /* @__PURE__ */ once(buildAmberCa);

function buildAmberCa(): PlanCriteria {
  return plan([
    criterion(
      "age-or-disability",
      "CA-9",
      any(ageIs("≤", 17), childDisability()),
      "17 or younger at report, or any age with a proven mental or physical disability (`child.disability`).",
    ),
    criterion(
      "abduction",
      "CA-9",
      abduction(),
      `Abducted or taken by anyone, a custodial parent included. ${NOTE.abduction}`,
    ),
    criterion(
      "danger",
      "CA-9",
      danger(),
      `${NOTE.danger} A custody dispute not believed to endanger the child fails here.`,
    ),
    criterion(
      "description",
      "CA-9",
      description(),
      `Information that could help if broadcast. ${NOTE.description}`,
    ),
  ]);
}

/** `ebony-ca`: Gov. Code 8594.14; the age band is a factor (CA-10a). @internal */
export const EBONY_CA = /* @__PURE__ */ once(buildEbonyCa);

function buildEbonyCa(): PlanCriteria {
  return plan(
    [
      criterion("race", "CA-10", raceBlack(), "Black youth: `child.race` holds `B`."),
      criterion(
        "circumstances",
        "CA-10",
        any(unexplained(), atRisk(), abduction()),
        `Missing under unexplained or suspicious circumstances, at risk, developmentally disabled or cognitively impaired, or abducted (AMB-3; AMB-1). ${NOTE.atRisk}`,
      ),
      criterion(
        "description",
        "CA-10",
        description(),
        `Public information could help the safe recovery. ${NOTE.description}`,
      ),
    ],
    {
      factors: [
        criterion(
          "age-12-25",
          "CA-10a",
          all(ageIs("≥", 12), ageIs("≤", 25)),
          "A factor to weigh, never a condition (AMB-2): aged 12 to 25 at report.",
        ),
      ],
    },
  );
}

/** `ema-ca`: Gov. Code 8594.11, any age. @internal */
export const EMA_CA = /* @__PURE__ */ once(buildEmaCa);

function buildEmaCa(): PlanCriteria {
  return plan([
    criterion(
      "circumstances",
      "CA-11",
      any(atRisk(), abduction()),
      `At risk, developmentally disabled, cognitively impaired, or abducted (AMB-1); any age. ${NOTE.atRisk}`,
    ),
  ]);
}

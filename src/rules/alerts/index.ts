/**
 * The rules of the alert plans beyond the DOJ criteria and New York's: each state's AMBER
 * plan and second-tier alert, and this library's readings of their criteria.
 * @module
 */
import type { Rule } from "../types.js";
import { CALIFORNIA_ALERT_RULES } from "./california.js";
import { FLORIDA_ALERT_RULES } from "./florida.js";
import { GEORGIA_ALERT_RULES } from "./georgia.js";
import { ILLINOIS_ALERT_RULES } from "./illinois.js";
import { MICHIGAN_ALERT_RULES } from "./michigan.js";
import { NORTH_CAROLINA_ALERT_RULES } from "./north-carolina.js";
import { OHIO_ALERT_RULES } from "./ohio.js";
import { PENNSYLVANIA_ALERT_RULES } from "./pennsylvania.js";
import { READING_RULES } from "./readings.js";
import { TEXAS_ALERT_RULES } from "./texas.js";

/** The readings, then the states in the order of the jurisdiction ids. (made when the rule book is first read) @internal */
export function ALERT_RULES(): readonly Rule[] {
  return [
    ...READING_RULES(),
    ...CALIFORNIA_ALERT_RULES(),
    ...TEXAS_ALERT_RULES(),
    ...FLORIDA_ALERT_RULES(),
    ...PENNSYLVANIA_ALERT_RULES(),
    ...ILLINOIS_ALERT_RULES(),
    ...OHIO_ALERT_RULES(),
    ...GEORGIA_ALERT_RULES(),
    ...NORTH_CAROLINA_ALERT_RULES(),
    ...MICHIGAN_ALERT_RULES(),
  ];
}

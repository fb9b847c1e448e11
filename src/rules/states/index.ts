/**
 * The states' statutes that the jurisdiction profiles apply: age lines, deadlines and notices
 * (their alert plans live beside the other alert rules).
 * @module
 */
import type { Rule } from "../types.js";
import { CALIFORNIA_RULES } from "./california.js";
import { FLORIDA_RULES } from "./florida.js";
import { GEORGIA_RULES } from "./georgia.js";
import { ILLINOIS_RULES } from "./illinois.js";
import { MICHIGAN_RULES } from "./michigan.js";
import { NORTH_CAROLINA_RULES } from "./north-carolina.js";
import { OHIO_RULES } from "./ohio.js";
import { PENNSYLVANIA_RULES } from "./pennsylvania.js";
import { TEXAS_RULES } from "./texas.js";

/** The states' rules, state by state in the order of the profiles. (made when the rule book is first read) @internal */
export function STATE_RULES(): readonly Rule[] {
  return [
    ...CALIFORNIA_RULES(),
    ...TEXAS_RULES(),
    ...FLORIDA_RULES(),
    ...PENNSYLVANIA_RULES(),
    ...ILLINOIS_RULES(),
    ...OHIO_RULES(),
    ...GEORGIA_RULES(),
    ...NORTH_CAROLINA_RULES(),
    ...MICHIGAN_RULES(),
  ];
}

/**
 * AMBER Alert eligibility (API.md "Classification"; DOMAIN.md AMB-DOJ, NY-5).
 * @module
 */
export { type AmberEligibility, type AmberStandard, amberAlertEligibility } from "./amber.js";

/**
 * Risk indicators: endangerment (END-1 … END-3, NISMART-2 bulletin NCJ 196469, Table 4)
 * and trafficking red flags (TRF-1…TRF-7).
 * @module
 */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import {
  type ENDANGERMENT_INDICATORS,
  RISK_INDICATORS,
  type TRAFFICKING_INDICATORS,
} from "./lists.js";

/**
 * Schema of a risk indicator. On a case, `riskIndicators` absent means *not assessed*
 * (unknown); an empty array means *assessed, none observed*.
 *
 * @example
 * ```ts
 * RiskIndicatorSchema.parse("romance-recruitment"); // "romance-recruitment"
 * ```
 */
export const RiskIndicatorSchema = /* @__PURE__ */ lazySchema(buildRiskIndicator);
/** A risk indicator (endangerment or trafficking). */
export type RiskIndicator = (typeof RISK_INDICATORS)[number];
/** An endangerment indicator (END-1). */
export type EndangermentIndicator = (typeof ENDANGERMENT_INDICATORS)[number];
/** A trafficking red flag (TRF-1 … TRF-7). */
export type TraffickingIndicator = (typeof TRAFFICKING_INDICATORS)[number];

export { ENDANGERMENT_INDICATORS, RISK_INDICATORS, TRAFFICKING_INDICATORS } from "./lists.js";

function buildRiskIndicator() {
  return z.enum(RISK_INDICATORS);
}

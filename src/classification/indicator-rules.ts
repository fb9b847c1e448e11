/**
 * The rule behind each risk indicator (END-1 … END-3, TRF-1 … TRF-7). Kept free of zod, so
 * that the indicator functions bundle without it; a test checks the keys against the
 * model's lists.
 * @module
 */
import type { RiskIndicator } from "../models/risk-indicator.js";
import { frozen } from "./expr.js";

/**
 * The id of the rule each risk indicator comes from: the endangerment items read in the
 * NISMART-2 bulletin (END-1), those from a secondary source (END-2) and the provisional ones
 * (END-3); the trafficking flags by kind (TRF-1 … TRF-7).
 * @internal
 */
export const INDICATOR_RULES: Readonly<Record<RiskIndicator, string>> = frozen({
  "abused-at-home": "END-1",
  "substance-dependent": "END-1",
  "hard-drug-use": "END-1",
  "age-13-or-younger": "END-1",
  "criminal-place": "END-1",
  "criminal-activity": "END-2",
  "survival-sex": "END-2",
  "missed-school": "END-2",
  "gone-30-days": "END-2",
  "with-drug-abuser": "END-3",
  "with-violent-person": "END-3",
  "suicide-attempt": "END-3",
  "physically-assaulted": "END-3",
  "sexually-assaulted": "END-3",
  "with-sexual-exploiter": "END-3",
  "serious-mental-illness-or-disability": "END-3",
  "repeat-missing": "TRF-1",
  "ran-from-care": "TRF-7",
  "prior-sexual-abuse": "TRF-2",
  "prior-sexual-assault": "TRF-2",
  "household-substance-abuse": "TRF-2",
  "rejected-for-identity": "TRF-2",
  "romance-recruitment": "TRF-3",
  "controlling-older-partner": "TRF-3",
  "online-enticement": "TRF-4",
  "multiple-phones": "TRF-5",
  "unexplained-money": "TRF-5",
  "no-id": "TRF-5",
  "hotel-keys": "TRF-5",
  branding: "TRF-5",
  "the-life-language": "TRF-6",
  "coached-answers": "TRF-6",
});

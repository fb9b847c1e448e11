/**
 * Where each risk indicator comes from (END-1, TRF-1…TRF-7). Kept free of zod, so that the
 * indicator functions bundle without it; a test checks the keys against the model's lists.
 * @module
 */
import type { RiskIndicator } from "../models/risk-indicator.js";
import { frozen, type Tag } from "./rule.js";

/** NISMART-2 bulletin on endangerment (END-1). @internal */
export const END_SOURCE = "https://www.ncjrs.gov/html/ojjdp/nismart/04/ns4.html";
const END_SECONDARY = "https://legalbeagle.com/8329468-classifies-runaway-endangered.html";
/** NCMEC on trafficking (TRF-1, TRF-2). @internal */
export const TRF_NCMEC = "https://www.missingkids.org/theissues/trafficking";
const TRF_ROMANCE =
  "https://www.greenlightoperation.org/2021-2-10-the-boyfriend-model-of-sex-trafficking-the-lure-of-false-romance/";
const TRF_PHYSICAL = "https://stolenyouth.org/signs/";
/** Runaways from care (TRF-7). @internal */
export const TRF_CARE = "https://savinglostkids.org/what-is-the-problem";
const TRF_BEHAVIOUR = "https://www.gacares.org/the-signs.html";

/** Where an indicator comes from. @internal */
export type IndicatorSource = {
  readonly ruleId: string;
  readonly tag: Tag;
  readonly source: string;
};

/* @__NO_SIDE_EFFECTS__ */
function end(tag: Tag, source = END_SOURCE): IndicatorSource {
  return { ruleId: "END-1", tag, source };
}

/**
 * The rule, tag and source of every risk indicator (END-1 items 10–16 are provisional [U]).
 * @internal
 */
export const INDICATOR_SOURCES: Readonly<Record<RiskIndicator, IndicatorSource>> = frozen({
  "abused-at-home": end("P"),
  "substance-dependent": end("V"),
  "hard-drug-use": end("V"),
  "age-13-or-younger": end("V"),
  "criminal-place": end("V"),
  "criminal-activity": end("P", END_SECONDARY),
  "survival-sex": end("P", END_SECONDARY),
  "missed-school": end("P", END_SECONDARY),
  "gone-30-days": end("P", END_SECONDARY),
  "with-drug-abuser": end("U"),
  "with-violent-person": end("U"),
  "suicide-attempt": end("U"),
  "physically-assaulted": end("U"),
  "sexually-assaulted": end("U"),
  "with-sexual-exploiter": end("U"),
  "serious-mental-illness-or-disability": end("U"),
  "repeat-missing": { ruleId: "TRF-1", tag: "V", source: TRF_NCMEC },
  "ran-from-care": { ruleId: "TRF-7", tag: "P", source: TRF_CARE },
  "prior-sexual-abuse": { ruleId: "TRF-2", tag: "V", source: TRF_NCMEC },
  "prior-sexual-assault": { ruleId: "TRF-2", tag: "V", source: TRF_NCMEC },
  "household-substance-abuse": { ruleId: "TRF-2", tag: "V", source: TRF_NCMEC },
  "rejected-for-identity": { ruleId: "TRF-2", tag: "V", source: TRF_NCMEC },
  "romance-recruitment": { ruleId: "TRF-3", tag: "P", source: TRF_ROMANCE },
  "controlling-older-partner": { ruleId: "TRF-3", tag: "P", source: TRF_ROMANCE },
  "online-enticement": {
    ruleId: "TRF-4",
    tag: "V",
    source:
      "https://www.missingkids.org/blog/2025/theyre-missing-too-why-runaway-children-need-our-help",
  },
  "multiple-phones": { ruleId: "TRF-5", tag: "P", source: TRF_PHYSICAL },
  "unexplained-money": { ruleId: "TRF-5", tag: "P", source: TRF_PHYSICAL },
  "no-id": { ruleId: "TRF-5", tag: "P", source: TRF_PHYSICAL },
  "hotel-keys": { ruleId: "TRF-5", tag: "P", source: TRF_PHYSICAL },
  branding: { ruleId: "TRF-5", tag: "P", source: TRF_PHYSICAL },
  "the-life-language": { ruleId: "TRF-6", tag: "P", source: TRF_BEHAVIOUR },
  "coached-answers": { ruleId: "TRF-6", tag: "P", source: TRF_BEHAVIOUR },
});

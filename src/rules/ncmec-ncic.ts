/**
 * NCMEC case types and the NCIC Missing Person File: categories, flags, codes and formats.
 * @module
 */
import {
  NCIC_ENTRY_FORM,
  NCIC_FIELD_GLOSSARY,
  NCIC_ROSEVILLE,
  NCMEC_ISSUES,
  NCMEC_OTHER_TYPES,
  NY_837F2,
  usc34,
} from "./sources.js";
import { type Rule, rule } from "./types.js";

/** The NCMEC and NCIC rules, in book order. (made when the rule book is first read) @internal */
export function NCMEC_NCIC_RULES(): readonly Rule[] {
  return [
    rule({
      id: "NC-1",
      title: "NCMEC case type",
      statement:
        "By the age at report: aged 18, 19 or 20 and at elevated risk (safety at risk, an endangerment indicator recorded, or a proven disability), a critically missing young adult; any other age of 18 or over, no type. Under 18: a family or nonfamily abduction keeps that type; a runaway or thrownaway, running from state care included, is an endangered runaway; anything else is lost, injured or otherwise missing. NCMEC names no age below which a child is too young to run away, so the episode rules decide (not confirmed).",
      status: "choice",
      sources: [
        NCMEC_ISSUES,
        NCMEC_OTHER_TYPES,
        { title: "NCMEC: runaways", url: "http://bannerb.missingkids.org/theissues/runaways" },
      ],
    }),
    rule({
      id: "NC-2",
      title: "Long-term missing",
      statement:
        "A case is long-term missing while it is still open more than six calendar months after the report. NCMEC names no start date for the six months: counting from the report is an assumption.",
      status: "unverified",
      sources: [NCMEC_OTHER_TYPES],
    }),
    rule({
      id: "NCIC-1",
      title: "A category is required",
      statement:
        "A missing-child report states the category under which the child is missing; without one there is no valid NCIC entry.",
      status: "verified",
      sources: [usc34("34 U.S.C. 41308(3)")],
    }),
    rule({
      id: "NCIC-2",
      title: "Suggesting a category",
      statement:
        "Suggest the first category met in the order EMD, EMI, EME, EMV (this order is not confirmed); else EMJ for a person under 21; else EMO. A fact that is not known counts as not established. The reasons come with the suggestion, and the agency decides.",
      status: "choice",
      sources: [NCIC_ROSEVILLE, NCIC_ENTRY_FORM],
    }),
    rule({
      id: "NCIC-3",
      title: "Child-abduction flag",
      statement:
        "A child abduction is entered as EME or EMI with the CA (child abduction) flag, which the DOJ AMBER criteria require (AMB-DOJ). Seen only in a secondary source.",
      status: "unverified",
      sources: [
        {
          title: "missingchild.wordpress.com (2008): NCIC entry of abducted children",
          url: "https://missingchild.wordpress.com/2008/11/12/",
        },
      ],
    }),
    rule({
      id: "NCIC-4",
      title: "Missing Person File categories",
      statement:
        "EMD: any age, a proven physical or mental disability or senility that puts the person or others in immediate danger. EME: any age, circumstances suggesting the person's physical safety may be at risk. EMI: any age, a disappearance that was not voluntary, such as an abduction (NCIC tells the FBI of these). EMV: any age, missing after a catastrophe or extraordinary accident. EMJ: none of those, and under 21 (historically: unemancipated under the home state's law; the under-21 line is from a secondary source). EMO: none of those, 21 or older, with reasonable concern for safety and signed documentation (secondary source; New York's Exec. Law § 837-f-2 mirrors it).",
      status: "verified",
      sources: [
        NCIC_ROSEVILLE,
        NCIC_ENTRY_FORM,
        {
          title: "NCIC study question: documentation required for an EMO entry",
          url: "https://ncichce911.examzify.com/question/what-documentation-is-required-for-447362c587dc1429",
        },
        NY_837F2,
      ],
    }),
    rule({
      id: "NCIC-5",
      title: "Descriptor codes",
      statement:
        "Sex: M, F (U for unknown is not confirmed; X for neither is a choice of this library). Race: A Asian or Pacific Islander, B Black, I American Indian or Alaskan Native, W White, U unknown. Eyes: BLK, BLU, BRO, GRY, GRN, HAZ, MAR, PNK, MUL, XXX unknown. Hair: BLK, BLU, BRO, BLN, GRE, GRY, ONG, PNK, PLE, RED, SDY, WHT, XXX unknown or bald (which code goes with which colour was read from a damaged form: partly confirmed). Green is GRN for eyes but GRE for hair.",
      status: "verified",
      sources: [NCIC_ENTRY_FORM, NCIC_ROSEVILLE],
    }),
    rule({
      id: "NCIC-6",
      title: "ORI and NIC formats",
      statement:
        "An agency identifier (ORI) is 9 characters: a state code and 7 letters or digits. A missing-person record number (NIC) is M and 9 digits, assigned by NCIC on entry. Neither format is confirmed, so each pattern stands in one place, a one-line change if a source corrects it.",
      status: "unverified",
      sources: [NCIC_FIELD_GLOSSARY],
    }),
  ];
}

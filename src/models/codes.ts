/**
 * Code lists of the NCIC Missing Person File used by the models.
 *
 * Rule NCIC-5 — SEX, RAC, EYE verified from the NCIC initial-entry report
 * (https://fill.io/NCIC-Missing-Person-Initial-Entry-Report); HAI unverified (pairing
 * read from a scrambled form); `U` for SEX is unverified; `X` for SEX is a
 * choice of this library for records that state neither.
 *
 * @module
 */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import {
  NCIC_CATEGORIES,
  NCIC_EYE_COLORS,
  NCIC_FLAGS,
  NCIC_HAIR_COLORS,
  NCIC_RACE_CODES,
  NCIC_SEX_CODES,
} from "./lists.js";

/**
 * Schema of an NCIC SEX code.
 *
 * @example
 * ```ts
 * NcicSexSchema.parse("F"); // "F"
 * ```
 */
export const NcicSexSchema = /* @__PURE__ */ lazySchema(buildNcicSex);
/** An NCIC SEX code. */
export type NcicSex = (typeof NCIC_SEX_CODES)[number];

/**
 * Schema of an NCIC RAC code.
 *
 * @example
 * ```ts
 * NcicRaceSchema.parse("W"); // "W"
 * ```
 */
export const NcicRaceSchema = /* @__PURE__ */ lazySchema(buildNcicRace);
/** An NCIC RAC code. */
export type NcicRace = (typeof NCIC_RACE_CODES)[number];

/**
 * Schema of an NCIC EYE code.
 *
 * @example
 * ```ts
 * NcicEyeColorSchema.parse("BRO"); // "BRO"
 * ```
 */
export const NcicEyeColorSchema = /* @__PURE__ */ lazySchema(buildNcicEyeColor);
/** An NCIC EYE code. */
export type NcicEyeColor = (typeof NCIC_EYE_COLORS)[number];

/**
 * Schema of an NCIC HAI code.
 *
 * @example
 * ```ts
 * NcicHairColorSchema.parse("BLN"); // "BLN"
 * ```
 */
export const NcicHairColorSchema = /* @__PURE__ */ lazySchema(buildNcicHairColor);
/** An NCIC HAI code. */
export type NcicHairColor = (typeof NCIC_HAIR_COLORS)[number];

/**
 * Schema of an NCIC Missing Person File category.
 *
 * @example
 * ```ts
 * NcicCategorySchema.parse("EMJ"); // "EMJ"
 * ```
 */
export const NcicCategorySchema = /* @__PURE__ */ lazySchema(buildNcicCategory);
/** An NCIC Missing Person File category. */
export type NcicCategory = (typeof NCIC_CATEGORIES)[number];

/**
 * Schema of an NCIC MNP flag kept on a case.
 *
 * @example
 * ```ts
 * NcicFlagSchema.parse("CA"); // "CA"
 * ```
 */
export const NcicFlagSchema = /* @__PURE__ */ lazySchema(buildNcicFlag);
/** An NCIC MNP flag. */
export type NcicFlag = (typeof NCIC_FLAGS)[number];

export {
  NCIC_CATEGORIES,
  NCIC_EYE_COLORS,
  NCIC_FLAGS,
  NCIC_HAIR_COLORS,
  NCIC_RACE_CODES,
  NCIC_SEX_CODES,
} from "./lists.js";

function buildNcicSex() {
  return z.enum(NCIC_SEX_CODES);
}

function buildNcicRace() {
  return z.enum(NCIC_RACE_CODES);
}

function buildNcicEyeColor() {
  return z.enum(NCIC_EYE_COLORS);
}

function buildNcicHairColor() {
  return z.enum(NCIC_HAIR_COLORS);
}

function buildNcicCategory() {
  return z.enum(NCIC_CATEGORIES);
}

function buildNcicFlag() {
  return z.enum(NCIC_FLAGS);
}

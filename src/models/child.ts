/** @module */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import {
  type NcicEyeColor,
  NcicEyeColorSchema,
  type NcicHairColor,
  NcicHairColorSchema,
  type NcicRace,
  NcicRaceSchema,
  type NcicSex,
  NcicSexSchema,
} from "./codes.js";
import { LIMITS } from "./limits.js";
import {
  IdSchema,
  type IsoDate,
  IsoDateSchema,
  NamePartSchema,
  type PartialDate,
  PartialDateSchema,
  TextSchema,
} from "./primitives.js";

/**
 * A person's name. Each part is non-empty and at most `LIMITS.namePartLength` characters.
 *
 * @example
 * ```ts
 * const name: PersonName = { given: "Ana", family: "Doe", middle: "Lucia" };
 * ```
 */
export interface PersonName {
  /** Given (first) name. */
  readonly given: string;
  /** Family name (surname). */
  readonly family: string;
  /** Middle name or names. */
  readonly middle?: string | undefined;
  /** Suffix, such as `Jr.` or `III`. */
  readonly suffix?: string | undefined;
}

/**
 * Schema of a {@link PersonName}.
 *
 * @example
 * ```ts
 * PersonNameSchema.parse({ given: "Ana", family: "Doe" });
 * ```
 */
export const PersonNameSchema = /* @__PURE__ */ lazySchema(buildPersonName);

/**
 * A child as known at intake: identity, birth date (full or partial) and the NCIC
 * descriptors (NCIC-5; FED-3: 34 U.S.C. 41308(3) lists what a report must contain).
 * Any age is valid: who counts as a child is decided by the rules, never the schema.
 * Lists of text hold at most `LIMITS.listItems` items of at most `LIMITS.textLength`
 * characters.
 *
 * @example
 * ```ts
 * const child: Child = {
 *   id: "p-1",
 *   name: { given: "Ana", family: "Doe" },
 *   birthDate: "2009-06",
 *   sex: "F",
 * };
 * ```
 * @see `docs/rules.md#ncic-5`
 */
export interface Child {
  /** The person's id in the reporting agency's records (not an NCIC number). */
  readonly id: string;
  /** The child's name. */
  readonly name: PersonName;
  /** Other names the child uses or is known by. */
  readonly aliases?: readonly string[] | undefined;
  /** Birth date, known to the day, month or year (AGE-5: ages are then ranges). */
  readonly birthDate: PartialDate;
  /** NCIC SEX code. */
  readonly sex: NcicSex;
  /** NCIC RAC codes, as many as apply. */
  readonly race?: readonly NcicRace[] | undefined;
  /** Height in centimetres (more than 0, at most 300). */
  readonly heightCm?: number | undefined;
  /** Weight in kilograms (more than 0, at most 700). */
  readonly weightKg?: number | undefined;
  /** NCIC EYE code. */
  readonly eyeColor?: NcicEyeColor | undefined;
  /** NCIC HAI code. */
  readonly hairColor?: NcicHairColor | undefined;
  /** Scars, marks and tattoos, one per item. */
  readonly marks?: readonly string[] | undefined;
  /** Whether the child has a physical or mental disability (NCIC category EMD). */
  readonly disability?: boolean | undefined;
  /** Medication or care the child needs; never shown to the public (PRIV-2). */
  readonly medicalNeeds?: readonly string[] | undefined;
  /** The date of the most recent photo. */
  readonly photoDate?: IsoDate | undefined;
}

/**
 * Schema of a {@link Child}.
 *
 * @example
 * ```ts
 * ChildSchema.parse({
 *   id: "p-1",
 *   name: { given: "Ana", family: "Doe" },
 *   birthDate: "2009-06-14",
 *   sex: "F",
 *   heightCm: 157,
 *   eyeColor: "BRO",
 *   hairColor: "BLK",
 * });
 * ```
 */
export const ChildSchema = /* @__PURE__ */ lazySchema(buildChild);

function buildPersonName() {
  return z
    .strictObject({
      given: NamePartSchema,
      family: NamePartSchema,
      middle: NamePartSchema.optional(),
      suffix: NamePartSchema.optional(),
    })
    .readonly();
}

function buildChild() {
  // A short optional list of text: at most `LIMITS.listItems` items (one instance, shared).
  const textList = z.array(TextSchema).max(LIMITS.listItems).readonly().optional();
  return z
    .strictObject({
      id: IdSchema,
      name: PersonNameSchema,
      aliases: textList,
      birthDate: PartialDateSchema,
      sex: NcicSexSchema,
      race: z.array(NcicRaceSchema).readonly().optional(),
      heightCm: z.number().positive().max(300).optional(),
      weightKg: z.number().positive().max(700).optional(),
      eyeColor: NcicEyeColorSchema.optional(),
      hairColor: NcicHairColorSchema.optional(),
      marks: textList,
      disability: z.boolean().optional(),
      medicalNeeds: textList,
      photoDate: IsoDateSchema.optional(),
    })
    .readonly();
}

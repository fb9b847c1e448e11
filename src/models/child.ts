/** @module */
import * as z from "zod";
import { withStandardSchema } from "../boundary/standard.js";
import { NcicEyeColorSchema, NcicHairColorSchema, NcicRaceSchema, NcicSexSchema } from "./codes.js";
import { LIMITS } from "./limits.js";
import {
  IdSchema,
  IsoDateSchema,
  NamePartSchema,
  PartialDateSchema,
  TextSchema,
} from "./primitives.js";

/** A person's name. */
export const PersonNameSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      given: NamePartSchema,
      family: NamePartSchema,
      middle: NamePartSchema.optional(),
      suffix: NamePartSchema.optional(),
    })
    .readonly(),
);
/** A person's name. */
export type PersonName = z.infer<typeof PersonNameSchema>;

/** A short list of text: at most `LIMITS.listItems` items. */
const textList = () => z.array(TextSchema).max(LIMITS.listItems).readonly();

/**
 * A child as known at intake: identity, birth date (full or partial) and the NCIC
 * descriptors (NCIC-5; FED-3: 34 U.S.C. 41308(3) lists what a report must contain).
 * Any age is valid: who counts as a child is decided by the rules, never the schema.
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
export const ChildSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      id: IdSchema,
      name: PersonNameSchema,
      aliases: textList().optional(),
      birthDate: PartialDateSchema,
      sex: NcicSexSchema,
      race: z.array(NcicRaceSchema).readonly().optional(),
      heightCm: z.number().positive().max(300).optional(),
      weightKg: z.number().positive().max(700).optional(),
      eyeColor: NcicEyeColorSchema.optional(),
      hairColor: NcicHairColorSchema.optional(),
      marks: textList().optional(),
      disability: z.boolean().optional(),
      medicalNeeds: textList().optional(),
      photoDate: IsoDateSchema.optional(),
    })
    .readonly(),
);
/** A child as known at intake. */
export type Child = z.infer<typeof ChildSchema>;

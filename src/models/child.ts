/** @module */
import * as z from "zod";
import { NcicEyeColorSchema, NcicHairColorSchema, NcicRaceSchema, NcicSexSchema } from "./codes.js";
import { IdSchema, IsoDateSchema, PartialDateSchema, TextSchema } from "./primitives.js";

/** A person's name. */
export const PersonNameSchema = z
  .strictObject({
    given: TextSchema,
    family: TextSchema,
    middle: TextSchema.optional(),
    suffix: TextSchema.optional(),
  })
  .readonly();
/** A person's name. */
export type PersonName = z.infer<typeof PersonNameSchema>;

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
export const ChildSchema = z
  .strictObject({
    id: IdSchema,
    name: PersonNameSchema,
    aliases: z.array(TextSchema).readonly().optional(),
    birthDate: PartialDateSchema,
    sex: NcicSexSchema,
    race: z.array(NcicRaceSchema).readonly().optional(),
    heightCm: z.number().positive().max(300).optional(),
    weightKg: z.number().positive().max(700).optional(),
    eyeColor: NcicEyeColorSchema.optional(),
    hairColor: NcicHairColorSchema.optional(),
    marks: z.array(TextSchema).readonly().optional(),
    disability: z.boolean().optional(),
    medicalNeeds: z.array(TextSchema).readonly().optional(),
    photoDate: IsoDateSchema.optional(),
  })
  .readonly();
/** A child as known at intake. */
export type Child = z.infer<typeof ChildSchema>;

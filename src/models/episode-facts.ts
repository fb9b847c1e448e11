/** @module */
import * as z from "zod";
import { withStandardSchema } from "../boundary/standard.js";
import { PERPETRATOR_PURPOSES, TAKEN_BY } from "./lists.js";

const count = z.number().int().nonnegative();
const measure = z.number().nonnegative();

/**
 * What is known about an episode, for NISMART-2 classification (VOC-1, VOC-2,
 * EP-1…EP-6). Every field is optional: **absent means unknown, which is not false**.
 *
 * @example
 * ```ts
 * EpisodeFactsSchema.parse({ leftWithoutPermission: true, nightsAway: 2 });
 * ```
 */
export const EpisodeFactsSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      leftWithoutPermission: z.boolean().optional(),
      choseNotToReturn: z.boolean().optional(),
      toldToLeave: z.boolean().optional(),
      preventedFromReturning: z.boolean().optional(),
      alternativeCareArranged: z.boolean().optional(),
      nightsAway: count.optional(),
      mentallyIncompetent: z.boolean().optional(),
      takenBy: z.enum(TAKEN_BY).optional(),
      custodyViolation: z.boolean().optional(),
      concealment: z.boolean().optional(),
      flight: z.boolean().optional(),
      intentToDeprive: z.boolean().optional(),
      forceOrThreat: z.boolean().optional(),
      detainedMinutes: measure.optional(),
      isolatedPlace: z.boolean().optional(),
      lured: z.boolean().optional(),
      perpetratorPurpose: z.enum(PERPETRATOR_PURPOSES).optional(),
      milesTransported: measure.optional(),
      detainedOvernight: z.boolean().optional(),
      killed: z.boolean().optional(),
      lostStrandedOrInjured: z.boolean().optional(),
      tooYoungToReturn: z.boolean().optional(),
      benignReason: z.boolean().optional(),
      whereaboutsUnknownToCaretaker: z.boolean().optional(),
      caretakerAlarmedMinutes: measure.optional(),
      caretakerTriedToLocate: z.boolean().optional(),
      contactedPolice: z.boolean().optional(),
      physicalSafetyAtRisk: z.boolean().optional(),
      catastrophe: z.boolean().optional(),
    })
    .readonly(),
);
/** What is known about an episode; absent fields are unknown. */
export type EpisodeFacts = z.infer<typeof EpisodeFactsSchema>;

export { PERPETRATOR_PURPOSES, TAKEN_BY } from "./lists.js";

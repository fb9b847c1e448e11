/** @module */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { PERPETRATOR_PURPOSES, TAKEN_BY } from "./lists.js";

/** Who took or kept the child (EP-3, EP-4). */
export type TakenBy = (typeof TAKEN_BY)[number];
/** The perpetrator's purpose (EP-4). */
export type PerpetratorPurpose = (typeof PERPETRATOR_PURPOSES)[number];

/**
 * What is known about an episode, for NISMART-2 classification (VOC-1, VOC-2,
 * EP-1…EP-6). Every field is optional: **absent means unknown, which is not false**.
 * Counts are whole numbers ≥ 0; measures are numbers ≥ 0.
 *
 * @example
 * ```ts
 * const facts: EpisodeFacts = { leftWithoutPermission: true, nightsAway: 2 };
 * ```
 * @see `docs/rules.md#ep-1`
 * @see `docs/rules.md#voc-1`
 */
export interface EpisodeFacts {
  /** The child left home without permission (runaway, EP-1 (a)). */
  readonly leftWithoutPermission?: boolean | undefined;
  /** The child, already away, chose not to come back when expected (runaway, EP-1). */
  readonly choseNotToReturn?: boolean | undefined;
  /** An adult of the household told the child to leave (thrownaway, EP-2). */
  readonly toldToLeave?: boolean | undefined;
  /** An adult of the household kept the child from coming back (thrownaway, EP-2). */
  readonly preventedFromReturning?: boolean | undefined;
  /** An adult of the household arranged adequate care elsewhere (rules out EP-2). */
  readonly alternativeCareArranged?: boolean | undefined;
  /** Nights away: local midnights after last contact (see `nightsAway`; 1 = overnight). */
  readonly nightsAway?: number | undefined;
  /** The child is mentally incompetent (EP-1 (b), EP-3). */
  readonly mentallyIncompetent?: boolean | undefined;
  /** Who took or kept the child (`none` when nobody did). */
  readonly takenBy?: TakenBy | undefined;
  /** The taking or keeping violated a custody order or another lawful custodial right (EP-3). */
  readonly custodyViolation?: boolean | undefined;
  /** The taking or the whereabouts were hidden to prevent return or contact (EP-3). */
  readonly concealment?: boolean | undefined;
  /** The child was taken, or meant to be taken, out of the state (EP-3). */
  readonly flight?: boolean | undefined;
  /** Intent to deprive someone of custody indefinitely (EP-3). */
  readonly intentToDeprive?: boolean | undefined;
  /** Force or threat was used to move or hold the child (EP-3, EP-4 (a), (b)). */
  readonly forceOrThreat?: boolean | undefined;
  /** Minutes the child was held (EP-4 (b): at least 60). */
  readonly detainedMinutes?: number | undefined;
  /** The child was held in an isolated place (EP-4 (b)). */
  readonly isolatedPlace?: boolean | undefined;
  /** The child was lured (EP-4 (c)). */
  readonly lured?: boolean | undefined;
  /** What the perpetrator meant to do (EP-4 (c)). */
  readonly perpetratorPurpose?: PerpetratorPurpose | undefined;
  /** Miles the child was moved (stereotypical kidnapping, EP-4b: 50 or more). */
  readonly milesTransported?: number | undefined;
  /** The child was held overnight (EP-4b). */
  readonly detainedOvernight?: boolean | undefined;
  /** The child was killed (EP-4b). */
  readonly killed?: boolean | undefined;
  /** The child tried to get home or reach the caretaker but was lost, stranded or injured (EP-5). */
  readonly lostStrandedOrInjured?: boolean | undefined;
  /** The child is too young to know how to get home or reach the caretaker (EP-5). */
  readonly tooYoungToReturn?: boolean | undefined;
  /** A harmless cause: a miscommunication, an unforeseen delay (EP-6). */
  readonly benignReason?: boolean | undefined;
  /** The caretaker did not know where the child was (VOC-1). */
  readonly whereaboutsUnknownToCaretaker?: boolean | undefined;
  /** Minutes the caretaker was alarmed (VOC-1: at least 60). */
  readonly caretakerAlarmedMinutes?: number | undefined;
  /** The caretaker tried to locate the child (VOC-1). */
  readonly caretakerTriedToLocate?: boolean | undefined;
  /** The caretaker contacted the police (VOC-2: reported missing). */
  readonly contactedPolice?: boolean | undefined;
  /** The child's physical safety may be at risk (NCIC EME; AMBER criteria). */
  readonly physicalSafetyAtRisk?: boolean | undefined;
  /** The child went missing after a catastrophe or extraordinary accident (NCIC EMV). */
  readonly catastrophe?: boolean | undefined;
}

/**
 * Schema of {@link EpisodeFacts}: every field optional, no other key.
 *
 * @example
 * ```ts
 * EpisodeFactsSchema.parse({ leftWithoutPermission: true, nightsAway: 2 });
 * ```
 */
export const EpisodeFactsSchema = /* @__PURE__ */ lazySchema(buildEpisodeFacts);

export { PERPETRATOR_PURPOSES, TAKEN_BY } from "./lists.js";

function buildEpisodeFacts() {
  // One instance per kind of field, shared by the fields of that kind (zod schemas are
  // immutable): 3 schemas instead of 29, each with its `.optional()`.
  const flag = z.boolean().optional();
  const count = z.number().int().nonnegative().optional();
  const measure = z.number().nonnegative().optional();
  return z
    .strictObject({
      leftWithoutPermission: flag,
      choseNotToReturn: flag,
      toldToLeave: flag,
      preventedFromReturning: flag,
      alternativeCareArranged: flag,
      nightsAway: count,
      mentallyIncompetent: flag,
      takenBy: z.enum(TAKEN_BY).optional(),
      custodyViolation: flag,
      concealment: flag,
      flight: flag,
      intentToDeprive: flag,
      forceOrThreat: flag,
      detainedMinutes: measure,
      isolatedPlace: flag,
      lured: flag,
      perpetratorPurpose: z.enum(PERPETRATOR_PURPOSES).optional(),
      milesTransported: measure,
      detainedOvernight: flag,
      killed: flag,
      lostStrandedOrInjured: flag,
      tooYoungToReturn: flag,
      benignReason: flag,
      whereaboutsUnknownToCaretaker: flag,
      caretakerAlarmedMinutes: measure,
      caretakerTriedToLocate: flag,
      contactedPolice: flag,
      physicalSafetyAtRisk: flag,
      catastrophe: flag,
    })
    .readonly();
}

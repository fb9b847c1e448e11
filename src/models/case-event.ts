/**
 * Case events: the lifecycle history after intake. Each maps to an NCIC message
 * (VOC-6, mapping unverified).
 * @module
 */
import * as z from "zod";
import { withStandardSchema } from "../boundary/standard.js";
import { NcicCategorySchema } from "./codes.js";
import {
  CANCEL_REASONS,
  CLEAR_DISPOSITIONS,
  LOCATE_CONDITIONS,
  NOTICE_RECIPIENTS,
} from "./lists.js";
import { PlaceSchema } from "./place.js";
import { IdSchema, IsoDateTimeSchema, NicSchema, TextSchema } from "./primitives.js";

const at = IsoDateTimeSchema;
const by = IdSchema.optional();

/**
 * NCIC entry (Enter, MKE EMD/EME/EMI/EMJ/EMV/EMO; the category is required, NCIC-1, LC-3);
 * NCIC assigns the NIC.
 */
export const EnterEventSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      type: z.literal("enter"),
      at,
      category: NcicCategorySchema,
      nic: NicSchema.optional(),
      by,
    })
    .readonly(),
);
/** Record verified or updated (34 U.S.C. 41308(4)(A)). */
export const VerifyEventSchema = /* @__PURE__ */ withStandardSchema(
  z.strictObject({ type: z.literal("verify"), at, by }).readonly(),
);
/** A notice sent to NCMEC, NamUs or the state clearinghouse. */
export const NotifyEventSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({ type: z.literal("notify"), at, recipient: z.enum(NOTICE_RECIPIENTS), by })
    .readonly(),
);
/** Whereabouts established (NCIC Locate); not yet closure. */
export const LocateEventSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      type: z.literal("locate"),
      at,
      condition: z.enum(LOCATE_CONDITIONS),
      by,
      place: PlaceSchema.optional(),
      operationId: IdSchema.optional(),
    })
    .readonly(),
);
/** The entering agency closes the record (NCIC Clear). */
export const ClearEventSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({ type: z.literal("clear"), at, disposition: z.enum(CLEAR_DISPOSITIONS), by })
    .readonly(),
);
/** Record withdrawn (NCIC Cancel); never counts as found. */
export const CancelEventSchema = /* @__PURE__ */ withStandardSchema(
  z.strictObject({ type: z.literal("cancel"), at, reason: z.enum(CANCEL_REASONS) }).readonly(),
);
/** A located or closed case opened again; voids the locate and clear before it. */
export const ReopenEventSchema = /* @__PURE__ */ withStandardSchema(
  z.strictObject({ type: z.literal("reopen"), at, reason: TextSchema }).readonly(),
);

/**
 * One event of a case's lifecycle, discriminated by `type`.
 *
 * @example
 * ```ts
 * CaseEventSchema.parse({ type: "locate", at: "2025-03-12T15:00:00-04:00", condition: "safe" });
 * ```
 */
export const CaseEventSchema = /* @__PURE__ */ withStandardSchema(
  z.discriminatedUnion("type", [
    EnterEventSchema,
    VerifyEventSchema,
    NotifyEventSchema,
    LocateEventSchema,
    ClearEventSchema,
    CancelEventSchema,
    ReopenEventSchema,
  ]),
);
/** One event of a case's lifecycle. */
export type CaseEvent = z.infer<typeof CaseEventSchema>;
/** The type of a case event. */
export type CaseEventType = CaseEvent["type"];
/** The event of type `T`. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

export {
  CANCEL_REASONS,
  CASE_EVENT_TYPES,
  CLEAR_DISPOSITIONS,
  LOCATE_CONDITIONS,
  NOTICE_RECIPIENTS,
} from "./lists.js";

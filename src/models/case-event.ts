/**
 * Case events: the lifecycle history after intake. Each maps to an NCIC message
 * (VOC-6, mapping unverified).
 * @module
 */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { type NcicCategory, NcicCategorySchema } from "./codes.js";
import {
  CANCEL_REASONS,
  CLEAR_DISPOSITIONS,
  LOCATE_CONDITIONS,
  NOTICE_RECIPIENTS,
} from "./lists.js";
import { type Place, PlaceSchema } from "./place.js";
import {
  IdSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  NicSchema,
  TextSchema,
} from "./primitives.js";

const at = IsoDateTimeSchema;
/** Who recorded an event: an optional id (a function: nothing is built at import). */
const by = () => IdSchema.optional();

/** The condition in which a child was located. */
export type LocateCondition = (typeof LOCATE_CONDITIONS)[number];
/** How a record was cleared. */
export type ClearDisposition = (typeof CLEAR_DISPOSITIONS)[number];
/** Why a record was cancelled; `entered-in-error` and `duplicate` leave the statistics (ST-5). */
export type CancelReason = (typeof CANCEL_REASONS)[number];
/** Who a notice went to. */
export type NoticeRecipient = (typeof NOTICE_RECIPIENTS)[number];

/**
 * NCIC entry (Enter, MKE EMD/EME/EMI/EMJ/EMV/EMO; the category is required, NCIC-1, LC-3);
 * NCIC assigns the NIC.
 *
 * @example
 * ```ts
 * const e: EnterEvent = { type: "enter", at: "2025-03-11T14:05:00-04:00", category: "EMJ" };
 * ```
 */
export interface EnterEvent {
  readonly type: "enter";
  /** When the record was entered. */
  readonly at: IsoDateTime;
  /** The NCIC Missing Person File category it was entered under. */
  readonly category: NcicCategory;
  /** The NCIC number NCIC assigned (`M` and 9 digits, NCIC-6). */
  readonly nic?: string | undefined;
  /** Who entered it (an agency or person id). */
  readonly by?: string | undefined;
}

/**
 * Record verified or updated (34 U.S.C. 41308(4)(A)).
 *
 * @example
 * ```ts
 * const e: VerifyEvent = { type: "verify", at: "2025-04-01T10:00:00-04:00" };
 * ```
 */
export interface VerifyEvent {
  readonly type: "verify";
  /** When the record was verified. */
  readonly at: IsoDateTime;
  /** Who verified it. */
  readonly by?: string | undefined;
}

/**
 * A notice sent outside NCIC: to NCMEC, NamUs or the state clearinghouse.
 *
 * @example
 * ```ts
 * const e: NotifyEvent = { type: "notify", at: "2025-03-11T15:00:00-04:00", recipient: "ncmec" };
 * ```
 */
export interface NotifyEvent {
  readonly type: "notify";
  /** When the notice was sent. */
  readonly at: IsoDateTime;
  /** Who it was sent to. */
  readonly recipient: NoticeRecipient;
  /** Who sent it. */
  readonly by?: string | undefined;
}

/**
 * Whereabouts established (NCIC Locate); not yet closure.
 *
 * @example
 * ```ts
 * const e: LocateEvent = { type: "locate", at: "2025-03-12T15:00:00-04:00", condition: "safe" };
 * ```
 */
export interface LocateEvent {
  readonly type: "locate";
  /** When the child was located; not before last contact (LC-2). */
  readonly at: IsoDateTime;
  /** The condition the child was found in. */
  readonly condition: LocateCondition;
  /** Who located the child. */
  readonly by?: string | undefined;
  /** Where the child was located. */
  readonly place?: Place | undefined;
  /** The operation that located the child, if one did (OP-2). */
  readonly operationId?: string | undefined;
}

/**
 * The entering agency closes the record (NCIC Clear).
 *
 * @example
 * ```ts
 * const e: ClearEvent = { type: "clear", at: "2025-03-13T10:00:00-04:00", disposition: "returned-to-guardian" };
 * ```
 */
export interface ClearEvent {
  readonly type: "clear";
  /** When the record was cleared. */
  readonly at: IsoDateTime;
  /** What became of the child; `deceased` exactly when the locate in force says so. */
  readonly disposition: ClearDisposition;
  /** Who cleared it. */
  readonly by?: string | undefined;
}

/**
 * Record withdrawn (NCIC Cancel); never counts as found.
 *
 * @example
 * ```ts
 * const e: CancelEvent = { type: "cancel", at: "2025-03-11T16:00:00-04:00", reason: "duplicate" };
 * ```
 */
export interface CancelEvent {
  readonly type: "cancel";
  /** When the record was cancelled. */
  readonly at: IsoDateTime;
  /** Why it was cancelled. */
  readonly reason: CancelReason;
}

/**
 * A located or closed case opened again; voids the locate and clear before it.
 *
 * @example
 * ```ts
 * const e: ReopenEvent = { type: "reopen", at: "2025-03-20T09:00:00-04:00", reason: "ran again" };
 * ```
 */
export interface ReopenEvent {
  readonly type: "reopen";
  /** When the case was opened again. */
  readonly at: IsoDateTime;
  /** Why, in words (at most `LIMITS.textLength` characters). */
  readonly reason: string;
}

/**
 * One event of a case's lifecycle, discriminated by `type`.
 *
 * @example
 * ```ts
 * const events: CaseEvent[] = [
 *   { type: "enter", at: "2025-03-11T14:05:00-04:00", category: "EMJ" },
 *   { type: "locate", at: "2025-03-12T15:00:00-04:00", condition: "safe" },
 * ];
 * ```
 */
export type CaseEvent =
  | EnterEvent
  | VerifyEvent
  | NotifyEvent
  | LocateEvent
  | ClearEvent
  | CancelEvent
  | ReopenEvent;
/** The type of a case event. */
export type CaseEventType = CaseEvent["type"];
/** The event of type `T`. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** Schema of an {@link EnterEvent}. */
export const EnterEventSchema = /* @__PURE__ */ lazySchema(buildEnterEvent);
/** Schema of a {@link VerifyEvent}. */
export const VerifyEventSchema = /* @__PURE__ */ lazySchema(buildVerifyEvent);
/** Schema of a {@link NotifyEvent}. */
export const NotifyEventSchema = /* @__PURE__ */ lazySchema(buildNotifyEvent);
/** Schema of a {@link LocateEvent}. */
export const LocateEventSchema = /* @__PURE__ */ lazySchema(buildLocateEvent);
/** Schema of a {@link ClearEvent}. */
export const ClearEventSchema = /* @__PURE__ */ lazySchema(buildClearEvent);
/** Schema of a {@link CancelEvent}. */
export const CancelEventSchema = /* @__PURE__ */ lazySchema(buildCancelEvent);
/** Schema of a {@link ReopenEvent}. */
export const ReopenEventSchema = /* @__PURE__ */ lazySchema(buildReopenEvent);

/**
 * Schema of a {@link CaseEvent}: the event schemas, discriminated by `type`.
 *
 * @example
 * ```ts
 * CaseEventSchema.parse({ type: "locate", at: "2025-03-12T15:00:00-04:00", condition: "safe" });
 * ```
 */
export const CaseEventSchema = /* @__PURE__ */ lazySchema(buildCaseEvent);

export {
  CANCEL_REASONS,
  CASE_EVENT_TYPES,
  CLEAR_DISPOSITIONS,
  LOCATE_CONDITIONS,
  NOTICE_RECIPIENTS,
} from "./lists.js";

function buildEnterEvent() {
  return z
    .strictObject({
      type: z.literal("enter"),
      at,
      category: NcicCategorySchema,
      nic: NicSchema.optional(),
      by: by(),
    })
    .readonly();
}

function buildVerifyEvent() {
  return z.strictObject({ type: z.literal("verify"), at, by: by() }).readonly();
}

function buildNotifyEvent() {
  return z
    .strictObject({ type: z.literal("notify"), at, recipient: z.enum(NOTICE_RECIPIENTS), by: by() })
    .readonly();
}

function buildLocateEvent() {
  return z
    .strictObject({
      type: z.literal("locate"),
      at,
      condition: z.enum(LOCATE_CONDITIONS),
      by: by(),
      place: PlaceSchema.optional(),
      operationId: IdSchema.optional(),
    })
    .readonly();
}

function buildClearEvent() {
  return z
    .strictObject({
      type: z.literal("clear"),
      at,
      disposition: z.enum(CLEAR_DISPOSITIONS),
      by: by(),
    })
    .readonly();
}

function buildCancelEvent() {
  return z
    .strictObject({ type: z.literal("cancel"), at, reason: z.enum(CANCEL_REASONS) })
    .readonly();
}

function buildReopenEvent() {
  return z.strictObject({ type: z.literal("reopen"), at, reason: TextSchema }).readonly();
}

function buildCaseEvent() {
  return z.discriminatedUnion("type", [
    EnterEventSchema,
    VerifyEventSchema,
    NotifyEventSchema,
    LocateEventSchema,
    ClearEventSchema,
    CancelEventSchema,
    ReopenEventSchema,
  ]);
}

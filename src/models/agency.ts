/** @module */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { AGENCY_KINDS, AGENCY_LEVELS } from "./lists.js";
import {
  IdSchema,
  OriSchema,
  TextSchema,
  type TimeZone,
  TimeZoneSchema,
  type UsState,
  UsStateSchema,
} from "./primitives.js";

/** The kind of an agency (OP-1). */
export type AgencyKind = (typeof AGENCY_KINDS)[number];
/** The level of government of an agency. */
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/**
 * An agency or partner: a police department, a child-welfare office, a clearinghouse, a
 * prosecutor, a nonprofit or a private partner (OP-1).
 *
 * @example
 * ```ts
 * const agency: Agency = {
 *   id: "albany-pd",
 *   name: "Albany Police Department",
 *   kind: "law-enforcement",
 *   timeZone: "America/New_York",
 * };
 * ```
 * @see `docs/rules.md#op-1`
 */
export interface Agency {
  /** The agency's id, as cases and operations refer to it. */
  readonly id: string;
  /** The agency's name. */
  readonly name: string;
  /** What kind of agency or partner it is. */
  readonly kind: AgencyKind;
  /** Its level of government, when it has one. */
  readonly level?: AgencyLevel | undefined;
  /** Its NCIC Originating Agency Identifier (NCIC-6, format unverified). */
  readonly ori?: string | undefined;
  /** USPS code of its state or territory. */
  readonly state?: UsState | undefined;
  /** The zone the agency keeps its local dates in. */
  readonly timeZone: TimeZone;
}

/**
 * Schema of an {@link Agency}.
 *
 * @example
 * ```ts
 * AgencySchema.parse({
 *   id: "albany-pd",
 *   name: "Albany Police Department",
 *   kind: "law-enforcement",
 *   level: "local",
 *   ori: "NY0010100",
 *   state: "NY",
 *   timeZone: "America/New_York",
 * });
 * ```
 */
export const AgencySchema = /* @__PURE__ */ lazySchema(buildAgency);

export { AGENCY_KINDS, AGENCY_LEVELS } from "./lists.js";

function buildAgency() {
  return z
    .strictObject({
      id: IdSchema,
      name: TextSchema,
      kind: z.enum(AGENCY_KINDS),
      level: z.enum(AGENCY_LEVELS).optional(),
      ori: OriSchema.optional(),
      state: UsStateSchema.optional(),
      timeZone: TimeZoneSchema,
    })
    .readonly();
}

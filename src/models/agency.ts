/** @module */
import * as z from "zod";
import { withStandardSchema } from "../boundary/standard.js";
import { AGENCY_KINDS, AGENCY_LEVELS } from "./lists.js";
import { IdSchema, OriSchema, TextSchema, TimeZoneSchema, UsStateSchema } from "./primitives.js";

/**
 * An agency or partner: a police department, a child-welfare office, a clearinghouse, a
 * prosecutor, a nonprofit or a private partner (OP-1).
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
export const AgencySchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      id: IdSchema,
      name: TextSchema,
      kind: z.enum(AGENCY_KINDS),
      level: z.enum(AGENCY_LEVELS).optional(),
      ori: OriSchema.optional(),
      state: UsStateSchema.optional(),
      timeZone: TimeZoneSchema,
    })
    .readonly(),
);
/** An agency or partner. */
export type Agency = z.infer<typeof AgencySchema>;
/** The kind of an agency. */
export type AgencyKind = Agency["kind"];

export { AGENCY_KINDS, AGENCY_LEVELS } from "./lists.js";

/** @module */
import * as z from "zod";
import { reportRuleIssues, WHEN_VALID } from "../parse/refine.js";
import { tryInstantMs } from "../time/instant.js";
import { IdSchema, IsoDateTimeSchema, TextSchema, TimeZoneSchema } from "./primitives.js";

/**
 * A multi-agency rescue operation (OP-1): a lead agency, every participant
 * (the lead included), a window, a zone and the cases it works. It owns no case: each stays
 * with its reporting department. `endsAt` must not be before `startsAt`, and the lead must be
 * a participant.
 *
 * @example
 * ```ts
 * OperationSchema.parse({
 *   id: "op-capital-2025",
 *   name: "Capital Region Missing Child Rescue Operation",
 *   leadAgencyId: "nys-dcjs",
 *   participantAgencyIds: ["nys-dcjs", "albany-pd", "troy-pd"],
 *   startsAt: "2025-03-11T08:00:00-04:00",
 *   endsAt: "2025-03-13T17:00:00-04:00",
 *   timeZone: "America/New_York",
 *   caseIds: ["c-1", "c-2"],
 * });
 * ```
 */
export const OperationSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    leadAgencyId: IdSchema,
    participantAgencyIds: z.array(IdSchema).readonly(),
    startsAt: IsoDateTimeSchema,
    endsAt: IsoDateTimeSchema,
    timeZone: TimeZoneSchema,
    caseIds: z.array(IdSchema).readonly(),
  })
  .superRefine((op, ctx) => {
    const issues = [];
    if (tryInstantMs(op.endsAt) < tryInstantMs(op.startsAt)) {
      issues.push({ code: "operation/ends-before-start" as const, path: ["endsAt"] });
    }
    if (!op.participantAgencyIds.includes(op.leadAgencyId)) {
      issues.push({ code: "operation/lead-not-participant" as const, path: ["leadAgencyId"] });
    }
    reportRuleIssues(issues, ctx);
  }, WHEN_VALID)
  .readonly();
/** A multi-agency rescue operation. */
export type Operation = z.infer<typeof OperationSchema>;

/** @module */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { refineWithRules } from "../boundary/rules.js";
import type { RuleIssue } from "../issues/issue.js";
import { tryInstantMs } from "../time/instant.js";
import { localYearInRange } from "./date-range.js";
import { LIMITS } from "./limits.js";
import {
  IdSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  TextSchema,
  type TimeZone,
  TimeZoneSchema,
} from "./primitives.js";

/** The fields of an operation the cross-field rules read. */
type OperationShape = {
  readonly leadAgencyId: string;
  readonly participantAgencyIds: readonly string[];
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
};

/** Every cross-field issue of an operation whose fields are each valid, in field order. */
function operationRuleIssues(op: OperationShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const startsMs = tryInstantMs(op.startsAt);
  const endsMs = tryInstantMs(op.endsAt);
  if (!localYearInRange(startsMs, op.timeZone)) {
    issues.push({ code: "date-time/out-of-range", path: ["startsAt"] });
  }
  if (!localYearInRange(endsMs, op.timeZone)) {
    issues.push({ code: "date-time/out-of-range", path: ["endsAt"] });
  }
  if (endsMs < startsMs) issues.push({ code: "operation/ends-before-start", path: ["endsAt"] });
  if (!op.participantAgencyIds.includes(op.leadAgencyId)) {
    issues.push({ code: "operation/lead-not-participant", path: ["leadAgencyId"] });
  }
  return issues;
}

/**
 * A multi-agency rescue operation (OP-1): a lead agency, every participant
 * (the lead included), a window, a zone and the cases it works. It owns no case: each stays
 * with its reporting department.
 *
 * @example
 * ```ts
 * const op: Operation = {
 *   id: "op-capital-2025",
 *   name: "Capital Region Missing Child Rescue Operation",
 *   leadAgencyId: "nys-dcjs",
 *   participantAgencyIds: ["nys-dcjs", "albany-pd"],
 *   startsAt: "2025-03-11T08:00:00-04:00",
 *   endsAt: "2025-03-13T17:00:00-04:00",
 *   timeZone: "America/New_York",
 *   caseIds: ["c-1"],
 * };
 * ```
 * @see `docs/rules.md#op-1`
 */
export interface Operation {
  /** The operation's id; a locate event names it in `operationId` (OP-2). */
  readonly id: string;
  /** The operation's name. */
  readonly name: string;
  /** The agency that leads it; one of the participants. */
  readonly leadAgencyId: string;
  /** Every participating agency, the lead included. */
  readonly participantAgencyIds: readonly string[];
  /** When the operation's window starts. */
  readonly startsAt: IsoDateTime;
  /** When the window ends; not before `startsAt`. A locate at `endsAt` is during it. */
  readonly endsAt: IsoDateTime;
  /** The zone its days are counted in. */
  readonly timeZone: TimeZone;
  /** The cases it works (each stays with its reporting agency). */
  readonly caseIds: readonly string[];
}

/**
 * Schema of an {@link Operation}. `endsAt` must not be before `startsAt`, and the lead must
 * be a participant.
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
export const OperationSchema = /* @__PURE__ */ lazySchema(buildOperation);

function buildOperation() {
  return refineWithRules(
    z.strictObject({
      id: IdSchema,
      name: TextSchema,
      leadAgencyId: IdSchema,
      participantAgencyIds: z.array(IdSchema).max(LIMITS.participants).readonly(),
      startsAt: IsoDateTimeSchema,
      endsAt: IsoDateTimeSchema,
      timeZone: TimeZoneSchema,
      caseIds: z.array(IdSchema).max(LIMITS.caseIds).readonly(),
    }),
    operationRuleIssues,
  ).readonly();
}

/**
 * The result of `summarizeOperation`.
 * @module
 */
import type { AgeRange } from "../age/index.js";
import type { Agency } from "../models/agency.js";
import type { IsoDateTime } from "../time/types.js";

/**
 * What a multi-agency rescue operation achieved, as of an instant (OP-1 … OP-5). Headline
 * counts change for weeks after an operation (Capital Region 2025: 64 → 69 → 71), so they
 * are computed, never stored (OP-3).
 *
 * @example
 * ```ts
 * const s: OperationSummary = summarizeOperation(op, cases, agencies);
 * s.located;   // 64
 * s.ageAtReport; // { min: 2, max: 17 }
 * ```
 * @see `docs/rules.md#op-1`
 * @see `docs/rules.md#op-3`
 */
export type OperationSummary = {
  readonly operationId: string;
  /** Calendar days of the window in the operation's zone, first and last included. */
  readonly days: number;
  readonly agencies: {
    /** Distinct `participantAgencyIds`. */
    readonly total: number;
    /** Participants found in the `agencies` given, by kind. */
    readonly byKind: Readonly<Partial<Record<Agency["kind"], number>>>;
  };
  /** Distinct `caseIds`. */
  readonly casesWorked: number;
  /** Cases of `caseIds` with a locate event naming the operation (at or before `asOf`). */
  readonly located: number;
  /** Of `located`, those whose first such locate is at or before `endsAt`. */
  readonly locatedDuringWindow: number;
  /** Of `located`, those whose first such locate is after `endsAt`. */
  readonly locatedAfterWindow: number;
  /** Of `located`, those under 18 at report (an uncertain age by its lower bound). */
  readonly locatedMinors: number;
  /**
   * Least and greatest age at report over the located cases (with `minorsOnly`, over those
   * under 18 at report); `null` when none.
   */
  readonly ageAtReport: AgeRange | null;
  /**
   * Least and greatest age at the first locate naming the operation, over the same cases as
   * `ageAtReport`; `null` when none.
   */
  readonly ageAtFound: AgeRange | null;
  /** Located cases by the case's `reportingAgencyId` (the owning department, OP-1). */
  readonly locatedByAgency: Readonly<Record<string, number>>;
};

/**
 * Options of `summarizeOperation`:
 * - `asOf`, an RFC 3339 instant or a `Date`: locate events after it are ignored (OP-3). Without it, every
 *   event counts.
 * - `minorsOnly` (default `false`): the age ranges cover only the located cases under 18 at
 *   report (OP-4), so an adult found by the operation, reported on its own line, does not
 *   widen the children's ranges. Counts are unchanged.
 *
 * @example
 * ```ts
 * const options: OperationSummaryOptions = { asOf: "2025-03-21T11:00:00-04:00", minorsOnly: true };
 * ```
 * @see `docs/rules.md#op-3`
 * @see `docs/rules.md#op-4`
 */
export type OperationSummaryOptions = {
  readonly asOf?: IsoDateTime | Date | undefined;
  readonly minorsOnly?: boolean | undefined;
};

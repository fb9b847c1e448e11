/**
 * Case status. DOMAIN.md §1 "Outcomes and NCIC messages" ([U] mapping to NCIC messages).
 * @module
 */
import * as z from "zod";

/** Every value of {@link CaseStatus}. */
export const CASE_STATUSES = ["reported", "active", "located", "closed", "cancelled"] as const;

/**
 * Schema of a case status. `reported`: on file, not yet entered in NCIC; `active`: entered;
 * `located`: whereabouts established, not yet cleared; `closed`: cleared; `cancelled`:
 * withdrawn (never counts as found).
 *
 * @example
 * ```ts
 * CaseStatusSchema.parse("located"); // "located"
 * ```
 */
export const CaseStatusSchema = z.enum(CASE_STATUSES);
/** A case status. */
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Statuses in which a case is still open (ST-4: reported, active or located). */
export const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set(["reported", "active", "located"]);

/**
 * Case status (VOC-6: the mapping to NCIC messages is unverified).
 * @module
 */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { CASE_STATUSES } from "./lists.js";

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
export const CaseStatusSchema = /* @__PURE__ */ lazySchema(buildCaseStatus);
/** A case status. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

export { CASE_STATUSES, OPEN_STATUSES } from "./lists.js";

function buildCaseStatus() {
  return z.enum(CASE_STATUSES);
}

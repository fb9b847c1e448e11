/**
 * The circumstance recorded at intake: a NISMART-2 episode type (EP-1 … EP-6) or unknown.
 * @module
 */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { REPORTED_AS } from "./lists.js";

/**
 * Schema of the circumstance recorded at intake. It is what the reporter said, not a
 * classification: see `classifyCase` for that (OP-5: never infer the type from wording).
 *
 * @example
 * ```ts
 * ReportedAsSchema.parse("runaway"); // "runaway"
 * ```
 */
export const ReportedAsSchema = /* @__PURE__ */ lazySchema(buildReportedAs);
/** The circumstance recorded at intake. */
export type ReportedAs = (typeof REPORTED_AS)[number];

export { REPORTED_AS } from "./lists.js";

function buildReportedAs() {
  return z.enum(REPORTED_AS);
}

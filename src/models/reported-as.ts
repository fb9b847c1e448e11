/**
 * The circumstance recorded at intake. DOMAIN.md §3 (NISMART-2 episode types [V]).
 * @module
 */
import * as z from "zod";
import { withStandardSchema } from "../boundary/standard.js";
import { REPORTED_AS } from "./lists.js";

/**
 * Schema of the circumstance recorded at intake. It is what the reporter said, not a
 * classification: see `classifyCase` for that (DOMAIN.md OP-5: never infer the type from wording).
 *
 * @example
 * ```ts
 * ReportedAsSchema.parse("runaway"); // "runaway"
 * ```
 */
export const ReportedAsSchema = /* @__PURE__ */ withStandardSchema(z.enum(REPORTED_AS));
/** The circumstance recorded at intake. */
export type ReportedAs = z.infer<typeof ReportedAsSchema>;

export { REPORTED_AS } from "./lists.js";

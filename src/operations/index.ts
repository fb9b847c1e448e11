/**
 * Rescue-operation summaries (API.md "Statistics and operations"; DOMAIN.md §10).
 * @module
 */
export { summarizeOperation } from "./summarize.js";
export type { OperationSummary, OperationSummaryOptions } from "./types.js";

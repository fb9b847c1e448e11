/**
 * Rescue-operation summaries (OP-1 … OP-5).
 * @module
 */
export { summarizeOperation } from "./summarize.js";
export type { OperationSummary, OperationSummaryOptions } from "./types.js";

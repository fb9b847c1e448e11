/**
 * Annual statistics (API.md "Statistics and operations"; DOMAIN.md §9).
 * @module
 */
export { createAnnualAccumulator } from "./accumulator.js";
export { annualStatistics } from "./annual.js";
export type { AnnualAccumulator, AnnualOptions, AnnualStatistics, ChildCounts } from "./types.js";

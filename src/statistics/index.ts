/**
 * Annual statistics (ST-1 … ST-6).
 * @module
 */
export { createAnnualAccumulator } from "./accumulator.js";
export { annualStatistics } from "./annual.js";
export type { AnnualAccumulator, AnnualOptions, AnnualStatistics, ChildCounts } from "./types.js";

/**
 * Children, not reports: linking the repeat episodes of one child across agencies.
 * @module
 */
export { type CaseComparison, compareCases, type Evidence } from "./compare-cases.js";
export {
  type ChildHistory,
  type ChildHistoryOptions,
  childHistory,
} from "./history.js";
export {
  type CaseLink,
  DEFAULT_LINK_THRESHOLD,
  type LinkedChild,
  type LinkOptions,
  type LinkResult,
  linkCases,
} from "./link.js";
export { LINK_WEIGHTS, type LinkField, type LinkWeight } from "./weights.js";

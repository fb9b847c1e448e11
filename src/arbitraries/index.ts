/**
 * `missing-child-cases/arbitraries`: fast-check arbitraries of valid children, agencies,
 * cases, event histories and operations, and of invalid records paired with the issue code
 * a parser must report, for downstream property tests. fast-check (3 or 4) is an optional
 * peer dependency: install it in the test suite that imports this entry.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { caseArbitrary } from "missing-child-cases/arbitraries";
 * import { parseCase } from "missing-child-cases";
 * fc.assert(fc.property(caseArbitrary(), (c) => parseCase(c).ok));
 * ```
 * @module missing-child-cases/arbitraries
 */
export { type CaseArbitraryOptions, caseArbitrary, episodeFactsArbitrary } from "./case.js";
export { type ChildArbitraryOptions, childArbitrary } from "./child.js";
export { eventHistoryArbitrary, type HistoryStart } from "./history.js";
export { type Invalid, invalidCaseArbitrary, invalidChildArbitrary } from "./invalid.js";
export { agencyArbitrary, operationArbitrary } from "./operation.js";

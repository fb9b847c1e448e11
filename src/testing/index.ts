/**
 * `missing-child-cases/testing`: deterministic factories and synthetic data for downstream
 * test suites. No extra dependencies; no `Math.random`, no clock: the same seed gives the
 * same records, byte for byte, on every platform. Everything it makes passes the parsers.
 *
 * @example
 * ```ts
 * import { makeCase, syntheticYear } from "missing-child-cases/testing";
 * const c = makeCase({ status: "closed" }, { seed: 1 });
 * const year = [...syntheticYear({ year: 2024, reports: 1000, seed: 1 })];
 * ```
 * @module missing-child-cases/testing
 */
export { makeAgency } from "./agency.js";
export { type CaseOverrides, makeCase } from "./case.js";
export { type FactoryOptions, makeChild } from "./child.js";
export { type SyntheticPerson, syntheticPeople } from "./ground-truth.js";
export {
  makeOperation,
  type SyntheticOperation,
  type SyntheticOperationOptions,
  syntheticOperation,
} from "./operation.js";
export { type SyntheticYearOptions, syntheticYear } from "./year.js";

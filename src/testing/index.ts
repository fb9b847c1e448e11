/**
 * Deterministic factories and synthetic data for downstream test suites.
 * @packageDocumentation
 */
export {};

/**
 * fast-check arbitraries of valid and invalid records, for downstream property tests.
 * fast-check is an optional peer dependency.
 * @packageDocumentation
 */
export {};

/**
 * Small case fixtures for the classification and alert tests: a New York case whose child
 * has the given age at report and at last contact (born 1 January), deep-frozen.
 */
import type { EpisodeFacts, MissingCase } from "../../src/index.js";
import { child, deepFreeze } from "../fixtures/valid.js";

/** Overrides of the test case; `age` sets the birth year (born 1 January). */
export type CaseSpec = Partial<Omit<MissingCase, "facts">> & {
  readonly age?: number;
  readonly facts?: EpisodeFacts;
};

/** A valid, deep-frozen case of a child aged `age` (default 15) on 14 June 2025. */
export function makeTestCase(spec: CaseSpec = {}): MissingCase {
  const { age = 15, child: childOverride, ...rest } = spec;
  return deepFreeze({
    id: "case-cls-1",
    reportingAgencyId: "albany-pd",
    state: "NY",
    timeZone: "America/New_York",
    reportedAt: "2025-06-14T15:00:00-04:00",
    lastContactAt: "2025-06-13T20:00:00-04:00",
    reportedAs: "unknown",
    status: "reported",
    events: [],
    ...rest,
    child: childOverride ?? { ...child, birthDate: `${2025 - age}-01-01` },
  } as MissingCase);
}

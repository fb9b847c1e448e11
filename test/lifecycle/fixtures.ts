// Shared test data for the lifecycle and deadline tests: a valid case with no events, and
// one sample event of each type.
import type { CaseEvent, CaseEventType, MissingCase } from "../../src/index.js";

/** Recursively freezes a value, so a test can prove a function never writes to it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A New York case reported 2025-02-02 21:15 EST, last seen 16:00 the same day, no events. */
export const BASE_CASE: MissingCase = deepFreeze({
  id: "ALB-2025-0142",
  child: {
    id: "p-100",
    name: { given: "Jordan", family: "Sample" },
    birthDate: "2009-06-14",
    sex: "F",
  },
  reportingAgencyId: "albany-pd",
  state: "NY",
  timeZone: "America/New_York",
  reportedAt: "2025-02-02T21:15:00-05:00",
  lastContactAt: "2025-02-02T16:00:00-05:00",
  reportedAs: "runaway",
  status: "reported",
  events: [],
} satisfies MissingCase);

/** A case like {@link BASE_CASE} with other fields. */
export function caseWith(overrides: Partial<MissingCase>): MissingCase {
  return deepFreeze({ ...BASE_CASE, ...overrides });
}

/** One event of `type` at `at`, with ordinary values for its other fields. */
export function eventOf(type: CaseEventType, at: string): CaseEvent {
  switch (type) {
    case "enter":
      return { type, at, category: "EMJ" };
    case "verify":
      return { type, at };
    case "notify":
      return { type, at, recipient: "ncmec" };
    case "locate":
      return { type, at, condition: "safe" };
    case "clear":
      return { type, at, disposition: "returned-to-guardian" };
    case "cancel":
      return { type, at, reason: "duplicate" };
    case "reopen":
      return { type, at, reason: "Left the placement again" };
  }
}

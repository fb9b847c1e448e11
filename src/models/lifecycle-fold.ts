/**
 * The fold of events over the lifecycle table, and the guards every event must pass. The
 * case schema, `deriveStatus`, `statusAt`, `locatedAt`, `closedAt` and `transition` all use
 * this one fold, so the rules stand in one place.
 * @module
 */
import type { IssueCode, TransitionCode } from "../issues/codes.js";
import { notInstant } from "../issues/misuse.js";
import { tryInstantMs } from "../time/instant.js";
import type { CaseEvent, CaseEventOf } from "./case-event.js";
import type { CaseStatus } from "./case-status.js";
import { INITIAL_STATUS, nextStatus } from "./lifecycle-table.js";

/** Where a case stands after some of its events. @internal */
export type LifecycleState = {
  readonly status: CaseStatus;
  /** Time of the last event applied, or of the report before any. */
  readonly lastMs: number;
  /** The locate event still in force (a reopen voids it). */
  readonly locate: CaseEventOf<"locate"> | undefined;
  /** The clear event still in force (a reopen voids it). */
  readonly clear: CaseEventOf<"clear"> | undefined;
};

/** Why an event cannot be applied. @internal */
export type GuardFailure =
  | "not-allowed"
  | "before-report"
  | "out-of-order"
  | "before-last-contact"
  | "inconsistent-outcome";

/**
 * What each guard failure is called: the issue code and field the case schema reports (at
 * `events[i].<field>`), and the error code `transition` returns. The one map both use; an
 * event before the report and one before the last event are one transition code, as both
 * break the order.
 * @internal
 */
export const GUARD_CODES: {
  readonly [F in GuardFailure]: {
    readonly issue: IssueCode;
    readonly field: string;
    readonly transition: TransitionCode;
  };
} = {
  "not-allowed": {
    issue: "event/not-allowed",
    field: "type",
    transition: "transition/not-allowed",
  },
  "before-report": {
    issue: "event/before-report",
    field: "at",
    transition: "transition/out-of-order",
  },
  "out-of-order": {
    issue: "event/out-of-order",
    field: "at",
    transition: "transition/out-of-order",
  },
  "before-last-contact": {
    issue: "event/before-last-contact",
    field: "at",
    transition: "transition/before-last-contact",
  },
  "inconsistent-outcome": {
    issue: "event/inconsistent-outcome",
    field: "disposition",
    transition: "transition/inconsistent-outcome",
  },
};

/** The facts of a case the guards read. @internal */
export type GuardContext = { readonly reportedMs: number; readonly lastContactMs: number };

/**
 * A fold in progress: one state that events are applied to in turn, so that a loop over a
 * case's events makes one object rather than one per event (every record checked is folded).
 * Read it as a {@link LifecycleState}; {@link applyEvent} leaves its argument as it was.
 * @internal
 */
export class LifecycleFold implements LifecycleState {
  status: CaseStatus = INITIAL_STATUS;
  lastMs: number;
  locate: CaseEventOf<"locate"> | undefined = undefined;
  clear: CaseEventOf<"clear"> | undefined = undefined;

  constructor(reportedMs: number) {
    this.lastMs = reportedMs;
  }

  /** Applies `event` at `ms`, which the caller has checked is allowed from `status`. */
  apply(event: CaseEvent, ms: number): this {
    this.status = nextStatus(this.status, event.type) ?? this.status;
    this.lastMs = Math.max(this.lastMs, ms);
    if (event.type === "locate") this.locate = event;
    else if (event.type === "clear") this.clear = event;
    else if (event.type === "reopen") {
      this.locate = undefined;
      this.clear = undefined;
    }
    return this;
  }
}

/** The state of a case before any event. @internal */
export function initialState(reportedMs: number): LifecycleState {
  return new LifecycleFold(reportedMs);
}

function outcomeConsistent(state: LifecycleState, event: CaseEvent): boolean {
  if (event.type !== "clear") return true;
  const diedWhenLocated = state.locate?.condition === "deceased";
  return diedWhenLocated === (event.disposition === "deceased");
}

/**
 * The first guard `event`, at `ms` (its `at` read by the caller, once), fails from `state`,
 * in the order: allowed by the table, not before the report, not before the last event, a
 * locate not before last contact, a consistent outcome. `undefined` when it passes them all.
 * @internal
 */
export function guardEvent(
  state: LifecycleState,
  event: CaseEvent,
  ms: number,
  ctx: GuardContext,
): GuardFailure | undefined {
  if (nextStatus(state.status, event.type) === undefined) return "not-allowed";
  if (!(ms >= ctx.reportedMs)) return "before-report";
  if (ms < state.lastMs) return "out-of-order";
  if (event.type === "locate" && ms < ctx.lastContactMs) return "before-last-contact";
  if (!outcomeConsistent(state, event)) return "inconsistent-outcome";
  return undefined;
}

/**
 * The state after `event` at `ms`, which the caller has checked is allowed from
 * `state.status`.
 * @internal
 */
export function applyEvent(state: LifecycleState, event: CaseEvent, ms: number): LifecycleState {
  const next = new LifecycleFold(state.lastMs);
  next.status = state.status;
  next.locate = state.locate;
  next.clear = state.clear;
  return next.apply(event, ms);
}

/**
 * Folds `events` from the initial state, applying those at or before `untilMs`. An event the
 * table does not allow makes it throw a `RangeError` naming its index in `param`: events on a
 * parsed case never do.
 * @internal
 */
export function foldEvents(
  events: readonly CaseEvent[],
  reportedMs: number,
  untilMs = Number.POSITIVE_INFINITY,
  param = "events",
): LifecycleState {
  if (!Array.isArray(events)) throw new TypeError(`${param} must be an array of case events`);
  const state = new LifecycleFold(reportedMs);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as CaseEvent;
    const ms = tryInstantMs(event?.at);
    if (!(ms <= untilMs)) {
      if (Number.isNaN(ms)) {
        throw notInstant(`${param}[${i}].at`);
      }
      break;
    }
    if (nextStatus(state.status, event.type) === undefined) {
      throw new RangeError(`${param}[${i}] is not allowed from status '${state.status}'`);
    }
    state.apply(event, ms);
  }
  return state;
}

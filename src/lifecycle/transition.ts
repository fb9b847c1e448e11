/**
 * Pure transitions of a case: one event (`transition`) or several (`applyEvents`), checked
 * by the same guards as the case schema (`guardEvent` in fold.ts) over the one lifecycle
 * table (LC-1, LC-2).
 * @module
 */
import { TRANSITION_MESSAGES, type TransitionCode } from "../issues/codes.js";
import type { MissingCase } from "../models/case.js";
import type { CaseEvent, CaseEventType } from "../models/case-event.js";
import type { CaseStatus } from "../models/case-status.js";
import { CASE_EVENT_TYPES } from "../models/lists.js";
import { instantMs, tryInstantMs } from "../time/instant.js";
import {
  applyEvent,
  foldEvents,
  type GuardContext,
  type GuardFailure,
  guardEvent,
  type LifecycleState,
} from "./fold.js";

/**
 * Why a transition was refused: a stable code, its fixed message (from
 * `TRANSITION_MESSAGES`, never from the data), and where the case stood.
 *
 * @example
 * ```ts
 * const error: TransitionError = {
 *   code: "transition/not-allowed",
 *   message: TRANSITION_MESSAGES["transition/not-allowed"],
 *   status: "cancelled",
 *   event: "reopen",
 * };
 * ```
 */
export type TransitionError = {
  readonly code: TransitionCode;
  readonly message: string;
  /** The status of the case before the refused event. */
  readonly status: CaseStatus;
  /** The type of the refused event. */
  readonly event: CaseEventType;
};

/**
 * The outcome of {@link transition} or {@link applyEvents}: the new case, or why not.
 *
 * @example
 * ```ts
 * const r: TransitionResult = transition(c, event);
 * const next = r.ok ? r.case : c;
 * ```
 */
export type TransitionResult =
  | { readonly ok: true; readonly case: MissingCase }
  | { readonly ok: false; readonly error: TransitionError };

// Before the report and before the last event are one public code: both break the order.
const CODES: Record<GuardFailure, TransitionCode> = {
  "not-allowed": "transition/not-allowed",
  "before-report": "transition/out-of-order",
  "out-of-order": "transition/out-of-order",
  "before-last-contact": "transition/before-last-contact",
  "inconsistent-outcome": "transition/inconsistent-outcome",
};

/** The case's state after its own events, and the facts the guards read. */
function start(c: MissingCase): { state: LifecycleState; ctx: GuardContext } {
  if (typeof c !== "object" || c === null) throw new TypeError("c must be a MissingCase");
  const reportedMs = instantMs(c.reportedAt, "c.reportedAt");
  const lastContactMs = instantMs(c.lastContactAt, "c.lastContactAt");
  const state = foldEvents(c.events, reportedMs, Number.POSITIVE_INFINITY, "c.events");
  return { state, ctx: { reportedMs, lastContactMs } };
}

const EVENT_TYPES: ReadonlySet<unknown> = new Set(CASE_EVENT_TYPES);

/**
 * The time of an event; misuse (a value the types forbid) throws, and the message names the
 * parameter, never the value.
 */
function checkEvent(event: CaseEvent, param: string): number {
  if (typeof event !== "object" || event === null) {
    throw new TypeError(`${param} must be a case event`);
  }
  if (!EVENT_TYPES.has(event.type)) {
    throw new TypeError(`${param}.type must be a case event type`);
  }
  const ms = tryInstantMs(event.at);
  if (Number.isNaN(ms)) {
    throw new RangeError(`${param}.at must be an RFC 3339 date-time with Z or an offset`);
  }
  return ms;
}

function refusal(failure: GuardFailure, status: CaseStatus, event: CaseEvent): TransitionResult {
  const code = CODES[failure];
  return {
    ok: false,
    error: { code, message: TRANSITION_MESSAGES[code], status, event: event.type },
  };
}

/**
 * Applies `events` in order to the case's state, stopping at the first refusal.
 * Returns the final state, or the refusal.
 */
function fold(
  c: MissingCase,
  events: readonly CaseEvent[],
  param: string,
): TransitionResult | LifecycleState {
  const { state: initial, ctx } = start(c);
  let state = initial;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as CaseEvent;
    const ms = checkEvent(event, param === "event" ? param : `${param}[${i}]`);
    const failure = guardEvent(state, event, ms, ctx);
    if (failure) return refusal(failure, state.status, event);
    state = applyEvent(state, event, ms);
  }
  return state;
}

/** A new case: the input's fields, the events appended, the status they lead to. */
function appended(c: MissingCase, events: readonly CaseEvent[], status: CaseStatus): MissingCase {
  return { ...c, status, events: [...c.events, ...events] };
}

/**
 * Applies one event to a case: a new case with the event appended and its status updated,
 * or a refusal with a stable code. The input is never touched, so a
 * deep-frozen case works; the new case shares the input's unchanged parts.
 *
 * Refusals, checked in this order by the same guards as the case schema:
 * - `transition/not-allowed`: the lifecycle table does not allow the event from the status;
 * - `transition/out-of-order`: the event is before `reportedAt` or before the case's last
 *   event (an event at the same instant as the last one is in order);
 * - `transition/before-last-contact`: a locate before `lastContactAt` (LC-2, unverified);
 * - `transition/inconsistent-outcome`: a clear whose disposition is `'deceased'` exactly when
 *   the locate in force was not `'deceased'`.
 *
 * Misuse throws: a `TypeError` naming `c` or `event` when they are not objects or the event
 * type is unknown, a `RangeError` naming `event.at` (or `c.reportedAt`, `c.lastContactAt`,
 * `c.events[i]`) when it is not an RFC 3339 instant. Messages never quote values.
 *
 * @example
 * ```ts
 * const r = transition(c, { type: "locate", at: "2025-03-12T15:00:00-04:00", condition: "safe" });
 * if (r.ok) r.case.status; // "located"
 * else r.error.code;       // e.g. "transition/not-allowed"
 * ```
 */
export function transition(c: MissingCase, event: CaseEvent): TransitionResult {
  const result = fold(c, [event], "event");
  return "ok" in result ? result : { ok: true, case: appended(c, [event], result.status) };
}

/**
 * Applies events in order, as {@link transition} would one by one, and stops at the first
 * refusal (whose error is returned; the input is untouched either way). An empty list
 * returns a copy of the case.
 *
 * Throws a `TypeError` naming `events` when it is not an array, and as {@link transition}
 * does on misuse, naming the event as `events[i]`.
 *
 * @example
 * ```ts
 * const r = applyEvents(c, [
 *   { type: "enter", at: "2025-02-02T22:30:00-05:00", category: "EMJ" },
 *   { type: "notify", at: "2025-02-03T09:00:00-05:00", recipient: "ncmec" },
 * ]);
 * if (r.ok) r.case.status; // "active"
 * ```
 */
export function applyEvents(c: MissingCase, events: readonly CaseEvent[]): TransitionResult {
  if (!Array.isArray(events)) throw new TypeError("events must be an array of case events");
  const result = fold(c, events, "events");
  return "ok" in result ? result : { ok: true, case: appended(c, events, result.status) };
}

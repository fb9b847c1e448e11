/**
 * Pure transitions of a case: one event (`transition`) or several (`applyEvents`), checked
 * by the same guards as the case schema (`guardEvent` in fold.ts) over the one lifecycle
 * table (LC-1, LC-2).
 * @module
 */
import { parseReadOnce } from "../boundary/parser.js";
import { TRANSITION_MESSAGES, type TransitionCode } from "../issues/codes.js";
import type { Issue } from "../issues/issue.js";
import { notCase } from "../issues/misuse.js";
import type { MissingCase } from "../models/case.js";
import { type CaseEvent, CaseEventSchema, type CaseEventType } from "../models/case-event.js";
import type { CaseStatus } from "../models/case-status.js";
import {
  applyEvent,
  foldEvents,
  GUARD_CODES,
  type GuardContext,
  type GuardFailure,
  guardEvent,
  type LifecycleState,
} from "../models/lifecycle-fold.js";
import { CASE_EVENT_TYPES } from "../models/lists.js";
import { instantMs, tryInstantMs } from "../time/instant.js";

/**
 * Why a transition was refused: a stable code, its fixed message (from
 * `TRANSITION_MESSAGES`, never from the data), and where the case stood. An event that does
 * not parse (`transition/invalid-event`) also carries the issues `parseCaseEvent` gives it;
 * its `event` is the event's type when that is one, else `undefined`.
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
export type TransitionError =
  | {
      readonly code: Exclude<TransitionCode, "transition/invalid-event">;
      readonly message: string;
      /** The status of the case before the refused event. */
      readonly status: CaseStatus;
      /** The type of the refused event. */
      readonly event: CaseEventType;
    }
  | {
      readonly code: "transition/invalid-event";
      readonly message: string;
      /** Why the event does not parse, with paths inside the event. */
      readonly issues: readonly Issue[];
      /** The status of the case before the refused event. */
      readonly status: CaseStatus;
      /** The event's type, when it is a case event type. */
      readonly event: CaseEventType | undefined;
    };

/**
 * The outcome of {@link transition} or {@link applyEvents}: the new case, or why not. `C` is
 * the type of the case given (a case with an agency's own fields keeps them).
 *
 * @example
 * ```ts
 * const r: TransitionResult = transition(c, event);
 * const next = r.ok ? r.case : c;
 * ```
 */
export type TransitionResult<C extends MissingCase = MissingCase> =
  | { readonly ok: true; readonly case: C }
  | { readonly ok: false; readonly error: TransitionError };

/** A refused transition. */
type Refused = Extract<TransitionResult, { readonly ok: false }>;

/** The case's state after its own events, and the facts the guards read. */
function start(c: MissingCase): { state: LifecycleState; ctx: GuardContext } {
  if (typeof c !== "object" || c === null) throw notCase("c");
  const reportedMs = instantMs(c.reportedAt, "c.reportedAt");
  const lastContactMs = instantMs(c.lastContactAt, "c.lastContactAt");
  const state = foldEvents(c.events, reportedMs, Number.POSITIVE_INFINITY, "c.events");
  return { state, ctx: { reportedMs, lastContactMs } };
}

const EVENT_TYPES: ReadonlySet<unknown> = new Set(CASE_EVENT_TYPES);

function refusal(failure: GuardFailure, status: CaseStatus, event: CaseEvent): Refused {
  const code = GUARD_CODES[failure].transition as Exclude<
    TransitionCode,
    "transition/invalid-event"
  >;
  return {
    ok: false,
    error: { code, message: TRANSITION_MESSAGES[code], status, event: event.type },
  };
}

/**
 * The event parsed (read once, into a frozen copy the new case keeps), or its refusal: the
 * issues, and its type when that is one of the types.
 */
function readEvent(raw: unknown, status: CaseStatus): CaseEvent | Refused {
  const { result, copy } = parseReadOnce(CaseEventSchema, raw);
  if (result.ok) return result.value;
  const type = (copy as { type?: unknown } | undefined)?.type;
  const code = "transition/invalid-event";
  return {
    ok: false,
    error: {
      code,
      message: TRANSITION_MESSAGES[code],
      issues: result.issues,
      status,
      event: EVENT_TYPES.has(type) ? (type as CaseEventType) : undefined,
    },
  };
}

/**
 * Parses and applies `events` in order from the case's state, stopping at the first
 * refusal. Returns the parsed events and the final state, or the refusal.
 */
function fold(
  c: MissingCase,
  events: readonly unknown[],
): Refused | { state: LifecycleState; parsed: CaseEvent[] } {
  const { state: initial, ctx } = start(c);
  let state = initial;
  const parsed: CaseEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = readEvent(events[i], state.status);
    if ("ok" in event) return event;
    const ms = tryInstantMs(event.at);
    const failure = guardEvent(state, event, ms, ctx);
    if (failure) return refusal(failure, state.status, event);
    state = applyEvent(state, event, ms);
    parsed.push(event);
  }
  return { state, parsed };
}

/**
 * A new case: the input's fields (an agency's own included), the events appended, the status
 * they lead to.
 */
function appended<C extends MissingCase>(
  c: C,
  events: readonly CaseEvent[],
  status: CaseStatus,
): C {
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
 * The event is parsed first, as `parseCaseEvent` would (each of its fields read once): one
 * that does not parse (an unknown type, a missing or extra field, a value outside its list,
 * an instant that is not RFC 3339) is refused with `transition/invalid-event` and its
 * issues. The new case holds the parsed, frozen copy, so later changes to the caller's
 * object change nothing.
 *
 * Misuse throws: a `TypeError` naming `c` when it is not an object, a `RangeError` naming
 * `c.reportedAt`, `c.lastContactAt` or `c.events[i]` when the case's own data is not valid.
 * Messages never quote values.
 *
 * @example
 * ```ts
 * const r = transition(c, { type: "locate", at: "2025-03-12T15:00:00-04:00", condition: "safe" });
 * if (r.ok) r.case.status; // "located"
 * else r.error.code;       // e.g. "transition/not-allowed"
 * ```
 */
export function transition<C extends MissingCase>(c: C, event: CaseEvent): TransitionResult<C> {
  const result = fold(c, [event]);
  return "ok" in result
    ? result
    : { ok: true, case: appended(c, result.parsed, result.state.status) };
}

/**
 * Applies events in order, as {@link transition} would one by one, and stops at the first
 * refusal (whose error is returned; the input is untouched either way). An empty list
 * returns a copy of the case.
 *
 * Throws a `TypeError` naming `events` when it is not an array, and as {@link transition}
 * does on misuse of the case. Each event is parsed first, as {@link transition} does.
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
export function applyEvents<C extends MissingCase>(
  c: C,
  events: readonly CaseEvent[],
): TransitionResult<C> {
  if (!Array.isArray(events)) throw new TypeError("events must be an array of case events");
  const result = fold(c, events);
  return "ok" in result
    ? result
    : { ok: true, case: appended(c, result.parsed, result.state.status) };
}

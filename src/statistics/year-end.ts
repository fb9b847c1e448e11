/**
 * One pass over a case's events: where it stood at a year's end and whether it was cleared
 * in the year.
 * @module
 */

import { notInstant } from "../issues/misuse.js";
import { INITIAL_STATUS, nextStatus } from "../lifecycle/table.js";
import type { CaseEvent } from "../models/case-event.js";
import type { CaseStatus } from "../models/case-status.js";
import { OPEN_STATUSES } from "../models/lists.js";
import { tryInstantMs } from "../time/instant.js";
import type { YearWindow } from "./year-window.js";

/**
 * Bit of {@link yearEndFacts}: open (reported, active, located) at the end of the year (ST-4).
 * @example `if (yearEndFacts(events, w, true, name) & OPEN_AT_END) active++;`
 * @internal
 */
export const OPEN_AT_END = 1;
/**
 * Bit of {@link yearEndFacts}: a clear event inside the year (ST-3), however many.
 * @example `if (yearEndFacts(events, w, true, name) & CLEARED_IN_YEAR) closed++;`
 * @internal
 */
export const CLEARED_IN_YEAR = 2;

/**
 * Whether the record was cancelled as entered in error or as a duplicate. A cancel is final
 * (the lifecycle table allows nothing after it), so only the last event can be one. Such
 * records leave the annual statistics (ST-5, a choice of this library).
 *
 * @example
 * ```ts
 * isVoidRecord([{ type: "cancel", at: "2024-05-02T10:00:00-04:00", reason: "duplicate" }]); // true
 * isVoidRecord([{ type: "cancel", at: "2024-05-02T10:00:00-04:00", reason: "unfounded" }]); // false
 * ```
 * @internal
 */
export function isVoidRecord(events: readonly CaseEvent[]): boolean {
  const last = events[events.length - 1];
  return (
    last?.type === "cancel" && (last.reason === "entered-in-error" || last.reason === "duplicate")
  );
}

type Name = (field: string) => string;

function timeOf(events: readonly CaseEvent[], i: number, name: Name): number {
  const ms = tryInstantMs(events[i]?.at);
  if (Number.isNaN(ms)) {
    throw notInstant(`${name("events")}[${i}].at`);
  }
  return ms;
}

function step(status: CaseStatus, e: CaseEvent, i: number, name: Name): CaseStatus {
  const next = nextStatus(status, e.type);
  if (next === undefined) {
    throw new RangeError(`${name("events")}[${i}] is not allowed from status '${status}'`);
  }
  return next;
}

function facts(status: CaseStatus, cleared: boolean): number {
  return (OPEN_STATUSES.has(status) ? OPEN_AT_END : 0) | (cleared ? CLEARED_IN_YEAR : 0);
}

/**
 * Folds `events` (oldest first) over the lifecycle table up to the end of `w`, exclusive (an
 * event at local 1 January 00:00 of the next year belongs to that year), and returns the
 * bits {@link OPEN_AT_END} and {@link CLEARED_IN_YEAR}. The lean form of `foldEvents` for
 * the bulk path: no state objects, the same table via `nextStatus`.
 *
 * Parsing instants is the bulk path's main cost, so it parses only the last event's time
 * when that settles the question: events run oldest first and none precedes the report
 * (schema rules), so when the last event is before the year's end, and either the report
 * is in the year or the last event is before it, every event lies on one side of each
 * boundary and the fold needs only the event types. Otherwise each time is parsed.
 *
 * Throws a `RangeError` naming `name("events")[i]` for an event the table does not allow or
 * with an invalid time among those it parses (a parsed case has neither). `name` builds the
 * parameter name only when it throws, so the bulk path allocates no strings. Rules ST-3
 * and ST-4.
 *
 * @example
 * ```ts
 * const w = yearWindows(2024)("America/New_York", () => "timeZone");
 * const bits = yearEndFacts(c.events, w, true, (f) => `c.${f}`);
 * bits & OPEN_AT_END;     // non-zero: open at the end of 2024
 * bits & CLEARED_IN_YEAR; // non-zero: a clear in 2024
 * ```
 * @internal
 */
export function yearEndFacts(
  events: readonly CaseEvent[],
  w: YearWindow,
  reportedInYear: boolean,
  name: Name,
): number {
  const n = events.length;
  let status: CaseStatus = INITIAL_STATUS;
  if (n === 0) return facts(status, false);
  const lastMs = timeOf(events, n - 1, name);
  if (lastMs < w.endMs && (reportedInYear || lastMs < w.startMs)) {
    let cleared = false;
    for (let i = 0; i < n; i++) {
      const e = events[i] as CaseEvent;
      status = step(status, e, i, name);
      if (e.type === "clear") cleared = true;
    }
    return facts(status, cleared && reportedInYear);
  }
  let cleared = false;
  for (let i = 0; i < n; i++) {
    const e = events[i] as CaseEvent;
    const ms = i === n - 1 ? lastMs : timeOf(events, i, name);
    if (ms >= w.endMs) break;
    status = step(status, e, i, name);
    if (e.type === "clear" && ms >= w.startMs) cleared = true;
  }
  return facts(status, cleared);
}

/**
 * One pass over a case's events: where it stood at a year's end and whether it was cleared
 * in the year.
 * @module
 */
import { INITIAL_STATUS, nextStatus } from "../lifecycle/table.js";
import type { CaseEvent } from "../models/case-event.js";
import { type CaseStatus, OPEN_STATUSES } from "../models/case-status.js";
import { tryInstantMs } from "../time/instant.js";
import type { YearWindow } from "./year-window.js";

/** What the annual counts need from a case's history. @internal */
export type YearEndFacts = {
  /** Open (reported, active, located) at the end of the year's last local day. */
  readonly openAtEnd: boolean;
  /** A clear event inside the year (ST-3), counted once however many. */
  readonly clearedInYear: boolean;
};

/**
 * Whether the record was cancelled as entered in error or as a duplicate. A cancel is final
 * (the lifecycle table allows nothing after it), so only the last event can be one.
 * @internal
 */
export function isVoidRecord(events: readonly CaseEvent[]): boolean {
  const last = events[events.length - 1];
  return (
    last?.type === "cancel" && (last.reason === "entered-in-error" || last.reason === "duplicate")
  );
}

/**
 * Folds `events` (oldest first) over the lifecycle table up to the end of `w`, exclusive: an
 * event at local 1 January 00:00 of the next year belongs to that year. The lean form of
 * `foldEvents` for the bulk path: no state objects, the same table via `nextStatus`.
 *
 * Throws a `RangeError` naming `name("events")[i]` for an event with an invalid time or one
 * the table does not allow (a parsed case has neither). `name` builds the parameter name
 * only when it throws, so the bulk path allocates no strings.
 * @internal
 */
export function yearEndFacts(
  events: readonly CaseEvent[],
  w: YearWindow,
  name: (field: string) => string,
): YearEndFacts {
  let status: CaseStatus = INITIAL_STATUS;
  let clearedInYear = false;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as CaseEvent;
    const ms = tryInstantMs(e.at);
    if (Number.isNaN(ms)) {
      throw new RangeError(
        `${name("events")}[${i}].at must be an RFC 3339 date-time with Z or an offset`,
      );
    }
    if (ms >= w.endMs) break;
    const next = nextStatus(status, e.type);
    if (next === undefined) {
      throw new RangeError(`${name("events")}[${i}] is not allowed from status '${status}'`);
    }
    status = next;
    if (e.type === "clear" && ms >= w.startMs) clearedInYear = true;
  }
  return { openAtEnd: OPEN_STATUSES.has(status), clearedInYear };
}

/**
 * When a deadline lapses (DL-2, a choice of this library): the case was located before the
 * deadline was due and before it was satisfied.
 * @module
 */
import type { CaseEvent } from "../models/case-event.js";
import { tryInstantMs } from "../time/instant.js";

/** A locate or a reopen at or before the as-of instant, its time read once. @internal */
export type LapseMark = { readonly ms: number; readonly locate: boolean };

/**
 * The locates and reopens among `events` at or before `untilMs`, oldest first: all that
 * {@link lapsedMs} reads, so that a case's deadlines share one pass over its events.
 * @internal
 *
 * @example
 * ```ts
 * lapseMarks(c.events, Infinity); // [{ ms: …, locate: true }, { ms: …, locate: false }]
 * ```
 */
export function lapseMarks(events: readonly CaseEvent[], untilMs: number): LapseMark[] {
  const marks: LapseMark[] = [];
  for (const e of events) {
    const ms = tryInstantMs(e.at);
    // Events run oldest first (a schema rule), so the first later one ends the history.
    if (!(ms <= untilMs)) break;
    if (e.type === "locate" || e.type === "reopen") marks.push({ ms, locate: e.type === "locate" });
  }
  return marks;
}

/**
 * The instant a deadline due at `dueMs` lapsed, given the case's locates and reopens (see
 * {@link lapseMarks}), or `undefined` when it has not (DL-2):
 * - a `locate` strictly before `dueMs` lapses it, unless it was satisfied at or before the
 *   locate's instant (`satisfiedMs` ≤ the locate: satisfaction wins a tie);
 * - a `reopen` strictly before `dueMs` voids the locate before it, and so the lapse: the
 *   deadline runs again, and a later locate before `dueMs` may lapse it anew;
 * - a `reopen` at or after `dueMs` leaves the lapse: the duty ended while the child was found.
 *
 * A cancellation needs no case here: a cancelled case has no deadlines at all.
 * @internal
 *
 * @example
 * ```ts
 * // found 30 minutes after the report, NCIC entry due after 2 hours, never entered:
 * lapsedMs(lapseMarks(events, Infinity), dueMs, undefined); // the locate's instant
 * ```
 */
export function lapsedMs(
  marks: readonly LapseMark[],
  dueMs: number,
  satisfiedMs: number | undefined,
): number | undefined {
  let lapse: number | undefined;
  for (const { ms, locate } of marks) {
    if (ms >= dueMs) break;
    if (!locate) lapse = undefined;
    else if (lapse === undefined && !(satisfiedMs !== undefined && satisfiedMs <= ms)) lapse = ms;
  }
  return lapse;
}

/**
 * Status queries over a case's event history (LC-1 … LC-4).
 * @module
 */

import type { MissingCase } from "../models/case.js";
import type { CaseEvent } from "../models/case-event.js";
import type { CaseStatus } from "../models/case-status.js";
import { instantArgMs, instantMs } from "../time/instant.js";
import type { IsoDateTime } from "../time/types.js";
import { foldEvents } from "./fold.js";

/**
 * The status a list of events leads to, from `'reported'`, by the lifecycle table.
 *
 * Throws a `RangeError` naming the event (`events[i]`) when the table does not allow it from
 * the status before it; a parsed case never has such an event.
 *
 * @example
 * ```ts
 * deriveStatus([]); // "reported"
 * deriveStatus([
 *   { type: "enter", at: "2025-03-11T14:05:00-04:00", category: "EMJ" },
 *   { type: "locate", at: "2025-03-12T09:00:00-04:00", condition: "safe" },
 * ]); // "located"
 * ```
 */
export function deriveStatus(events: readonly CaseEvent[]): CaseStatus {
  return foldEvents(events, Number.NEGATIVE_INFINITY).status;
}

/**
 * The status of a case as of an instant: events at exactly `at` count; `undefined` before
 * the report was received. Statistics use it to count cases open at a year's end from the
 * history, whatever the record says today.
 *
 * `at` is an RFC 3339 instant or a `Date`. Throws a `RangeError` naming `at` when it is
 * neither an RFC 3339 date-time with an offset nor a valid `Date`.
 *
 * @example
 * ```ts
 * statusAt(c, "2024-12-31T23:59:59.999-05:00"); // "active" for a case located in January
 * statusAt(c, new Date("2025-01-01T04:59:59.999Z")); // the same instant as a Date
 * ```
 */
export function statusAt(c: MissingCase, at: IsoDateTime | Date): CaseStatus | undefined {
  const ms = instantArgMs(at, "at");
  const reportedMs = instantMs(c.reportedAt, "c.reportedAt");
  if (ms < reportedMs) return undefined;
  return foldEvents(c.events, reportedMs, ms, "c.events").status;
}

/**
 * When the case was located: the `at` of the locate event still in force (a later reopen
 * voids it), or `undefined`.
 *
 * @example
 * ```ts
 * locatedAt(c); // "2025-03-12T09:00:00-04:00"
 * ```
 */
export function locatedAt(c: MissingCase): string | undefined {
  return foldEvents(c.events, Number.NEGATIVE_INFINITY, undefined, "c.events").locate?.at;
}

/**
 * When the case was closed: the `at` of the clear event still in force (a later reopen
 * voids it), or `undefined`. A cancellation is not a closure.
 *
 * @example
 * ```ts
 * closedAt(c); // "2025-03-13T10:00:00-04:00"
 * ```
 */
export function closedAt(c: MissingCase): string | undefined {
  return foldEvents(c.events, Number.NEGATIVE_INFINITY, undefined, "c.events").clear?.at;
}

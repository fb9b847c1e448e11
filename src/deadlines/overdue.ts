/**
 * Deadlines overdue as of an instant: what is still to be done on an open case.
 * @module
 */
import { foldEvents } from "../lifecycle/fold.js";
import type { MissingCase } from "../models/case.js";
import { instantArgMs, instantMs } from "../time/instant.js";
import type { IsoDateTime } from "../time/types.js";
import { type Deadline, deadlinesAsOf } from "./compliance.js";
import type { DeadlineOptions } from "./options.js";

/**
 * The deadlines of `c` that are overdue at `now`, that is actionable (DL-3, a choice of this
 * library): the case is still open at `now` (status `reported` or `active`), `dueAt` is
 * strictly before `now`, and the deadline is neither satisfied nor lapsed at or before
 * `now`. So a deadline met exactly at its due instant, or checked exactly at it, is not
 * overdue; a lapsed deadline (DL-2: the child was found before it was due) never is; and a
 * located, closed or cancelled case has nothing overdue. A deadline missed before the child
 * was found stays visible as missed in `complianceDeadlines` (no `satisfiedAt`, no
 * `lapsedAt`, `dueAt` passed), but nothing can be done about it any more, so it is not
 * listed here once the case is located; a reopen makes the case open, and it again.
 *
 * The case is read as of `now`, like `statusAt`: events after `now` are ignored, so a case
 * located or cancelled later still shows what was overdue then, and `satisfiedAt` and
 * `lapsedAt` come only from events at or before `now`. `long-term-missing` (NC-2,
 * unverified) is overdue once an unlocated case is more than 6 calendar months old. The
 * profiles, rules and sources are those of `complianceDeadlines` with the same `options`
 * (default: the federal baseline and the profile of `c.state`; DL-5).
 *
 * `now` is an RFC 3339 instant or a `Date`. Throws a `RangeError` naming `now` when it is
 * neither an RFC 3339 date-time with an offset nor a valid `Date`.
 *
 * @example
 * ```ts
 * // Reported 2025-02-02T21:15-05:00, not yet entered in NCIC:
 * overdueDeadlines(c, "2025-02-02T23:15:00-05:00"); // [] (due exactly now)
 * overdueDeadlines(c, "2025-02-02T23:15:01-05:00").map((d) => d.rule); // ["ncic-entry", "namus-entry"]
 * // The same case, found at 23:30 without an entry: nothing to do any more.
 * overdueDeadlines(found, "2025-02-03T09:00:00-05:00"); // []
 * // The federal deadlines only:
 * overdueDeadlines(c, "2025-02-02T23:15:01-05:00", { jurisdictions: ["US"] });
 * ```
 * @see `docs/rules.md#dl-3`
 * @see `docs/rules.md#dl-2`
 * @see `docs/rules.md#fed-4`
 * @see `docs/rules.md#fed-5`
 * @see `docs/rules.md#fed-7`
 * @see `docs/rules.md#ny-3`
 * @see `docs/rules.md#nc-2`
 * @see `docs/rules.md#dl-1`
 * @see `docs/rules.md#dl-5`
 */
export function overdueDeadlines(
  c: MissingCase,
  now: IsoDateTime | Date,
  options?: DeadlineOptions,
): Deadline[] {
  const nowMs = instantArgMs(now, "now");
  // A case that is not open has nothing overdue: most cases of a year need no deadlines.
  if (typeof c === "object" && c !== null && !isOpenAt(c, nowMs)) return [];
  return deadlinesAsOf(c, nowMs, options).filter(
    (d) => d.satisfiedAt === undefined && d.lapsedAt === undefined && Date.parse(d.dueAt) < nowMs,
  );
}

/** Whether the case is reported or active once its events at or before `ms` are applied. */
function isOpenAt(c: MissingCase, ms: number): boolean {
  const reportedMs = instantMs(c.reportedAt, "c.reportedAt");
  const status = foldEvents(c.events, reportedMs, ms, "c.events").status;
  return status === "reported" || status === "active";
}

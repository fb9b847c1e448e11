/**
 * Deadlines missed as of an instant.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { instantMs } from "../time/instant.js";
import { type Deadline, deadlinesAsOf } from "./compliance.js";

/**
 * The deadlines of `c` that are overdue at `now`: `dueAt` strictly before `now` and no
 * satisfying event at or before `now` (so a deadline met exactly at its due instant, or
 * checked exactly at it, is not overdue). The case is read as of `now`, like `statusAt`:
 * events after `now` change nothing, so a case cancelled or located later still shows what
 * was overdue then. `long-term-missing` (NC-2, unverified) is overdue once an unlocated case is
 * more than 6 calendar months old. Rules and sources as for `complianceDeadlines`
 * (FED-4…FED-7, NY-3, NC-2).
 *
 * Throws a `RangeError` naming `now` when it is not an RFC 3339 date-time with an offset.
 *
 * @example
 * ```ts
 * // Reported 2025-02-02T21:15-05:00, not yet entered in NCIC:
 * overdueDeadlines(c, "2025-02-02T23:15:00-05:00"); // [] (due exactly now)
 * overdueDeadlines(c, "2025-02-02T23:15:01-05:00").map((d) => d.rule); // ["ncic-entry"]
 * ```
 * @see `docs/rules.md#fed-4`
 * @see `docs/rules.md#fed-5`
 * @see `docs/rules.md#fed-7`
 * @see `docs/rules.md#ny-3`
 * @see `docs/rules.md#nc-2`
 * @see `docs/rules.md#dl-1`
 */
export function overdueDeadlines(c: MissingCase, now: string): Deadline[] {
  const nowMs = instantMs(now, "now");
  return deadlinesAsOf(c, nowMs).filter(
    (d) => d.satisfiedAt === undefined && Date.parse(d.dueAt) < nowMs,
  );
}

/**
 * The case lifecycle as data. This one table drives `transition`, `allowedEvents`,
 * `deriveStatus`, the case schema's checks, `lifecycleDiagram` and the table in
 * `docs/lifecycle.md`. The NCIC message each event stands for is unverified (VOC-6).
 * @module
 */
import type { CaseEventType } from "./case-event.js";
import type { CaseStatus } from "./case-status.js";
import { CASE_EVENT_TYPES, CASE_STATUSES } from "./lists.js";

/**
 * From each status, the status each allowed event leads to. A missing cell is not allowed.
 * @see `docs/rules.md#voc-6`
 */
export const LIFECYCLE_TABLE: {
  readonly [S in CaseStatus]: Readonly<Partial<Record<CaseEventType, CaseStatus>>>;
} = {
  reported: { enter: "active", notify: "reported", locate: "located", cancel: "cancelled" },
  active: { verify: "active", notify: "active", locate: "located", cancel: "cancelled" },
  located: { verify: "located", notify: "located", clear: "closed", reopen: "active" },
  closed: { notify: "closed", reopen: "active" },
  cancelled: {},
};

/** The status every case starts in. */
export const INITIAL_STATUS: CaseStatus = "reported";

/**
 * The table's cells, a row per status in `CASE_STATUSES` order and a column per event type:
 * every event of every case is checked against the table twice, and finding a cell by two
 * `indexOf` scans of short lists costs half a lookup by name in five differently shaped
 * rows (V8's megamorphic case).
 */
const CELLS: readonly (CaseStatus | undefined)[] = CASE_STATUSES.flatMap((s) =>
  CASE_EVENT_TYPES.map((e) => LIFECYCLE_TABLE[s][e]),
);

/**
 * The status that `event` leads to from `status`, or `undefined` when the table does not
 * allow it.
 * @internal
 */
export function nextStatus(status: CaseStatus, event: CaseEventType): CaseStatus | undefined {
  const row = CASE_STATUSES.indexOf(status);
  const column = CASE_EVENT_TYPES.indexOf(event);
  return row < 0 || column < 0 ? undefined : CELLS[row * CASE_EVENT_TYPES.length + column];
}

/**
 * The event types allowed from a status, in the table's column order.
 *
 * @example
 * ```ts
 * allowedEvents("located");   // ["verify", "notify", "clear", "reopen"]
 * allowedEvents("cancelled"); // []
 * ```
 */
export function allowedEvents(status: CaseStatus): CaseEventType[] {
  const row = LIFECYCLE_TABLE[status];
  if (row === undefined) throw new RangeError("status must be a CaseStatus");
  return CASE_EVENT_TYPES.filter((t) => row[t] !== undefined);
}

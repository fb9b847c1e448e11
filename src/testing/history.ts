/**
 * Event histories that follow the lifecycle table. A plan says when things happen; the
 * events are sorted by time and each is kept only if `allowedEvents` allows it from the
 * status the earlier ones lead to (`deriveStatus`), so no history here restates the table.
 * @module
 */
import { deriveStatus } from "../lifecycle/status.js";
import { allowedEvents } from "../lifecycle/table.js";
import type { CaseEvent, CaseEventOf } from "../models/case-event.js";
import type { CaseStatus } from "../models/case-status.js";
import type { NcicCategory } from "../models/codes.js";
import { MINUTE_MS } from "../time/units.js";
import { formatInstant } from "./clock.js";

/** When each event of an episode happens, in minutes after the report. @internal */
export type HistoryPlan = {
  readonly enter?: {
    readonly after: number;
    readonly category: NcicCategory;
    readonly nic: string;
  };
  readonly notifyNcmec?: number;
  readonly verify?: number;
  readonly notifyNamus?: number;
  readonly locate?: {
    readonly after: number;
    readonly condition: CaseEventOf<"locate">["condition"];
    readonly operationId?: string;
  };
  readonly clear?: {
    readonly after: number;
    readonly disposition: CaseEventOf<"clear">["disposition"];
  };
  readonly cancel?: { readonly after: number; readonly reason: CaseEventOf<"cancel">["reason"] };
};

/** A history and the status it leads to. @internal */
export type History = { readonly events: CaseEvent[]; readonly status: CaseStatus };

type Timed = { readonly ms: number; readonly make: (at: string) => CaseEvent };

function timeline(plan: HistoryPlan, reportedMs: number): Timed[] {
  const at = (after: number) => reportedMs + after * MINUTE_MS;
  const items: Timed[] = [];
  const { enter, locate, clear, cancel } = plan;
  if (enter) {
    const { category, nic } = enter;
    items.push({ ms: at(enter.after), make: (t) => ({ type: "enter", at: t, category, nic }) });
  }
  if (plan.notifyNcmec !== undefined) {
    items.push({
      ms: at(plan.notifyNcmec),
      make: (t) => ({ type: "notify", at: t, recipient: "ncmec" }),
    });
  }
  if (plan.verify !== undefined) {
    items.push({ ms: at(plan.verify), make: (t) => ({ type: "verify", at: t }) });
  }
  if (plan.notifyNamus !== undefined) {
    items.push({
      ms: at(plan.notifyNamus),
      make: (t) => ({ type: "notify", at: t, recipient: "namus" }),
    });
  }
  if (locate) {
    const { condition, operationId } = locate;
    items.push({
      ms: at(locate.after),
      make: (t) => ({ type: "locate", at: t, condition, ...(operationId ? { operationId } : {}) }),
    });
  }
  if (clear) {
    const { disposition } = clear;
    items.push({ ms: at(clear.after), make: (t) => ({ type: "clear", at: t, disposition }) });
  }
  if (cancel) {
    const { reason } = cancel;
    items.push({ ms: at(cancel.after), make: (t) => ({ type: "cancel", at: t, reason }) });
  }
  // Stable sort: at equal times the plan's order (enter before notify, locate before clear) holds.
  return items.sort((a, b) => a.ms - b.ms);
}

/**
 * The events of a plan up to `untilMs` (inclusive), oldest first, each one allowed by the
 * lifecycle table from the status before it; an event the table does not allow there (a
 * verify before any entry, an entry after a locate) is dropped.
 * @internal
 */
export function buildHistory(
  plan: HistoryPlan,
  reportedMs: number,
  zone: string,
  untilMs = Number.POSITIVE_INFINITY,
): History {
  const events: CaseEvent[] = [];
  let status = deriveStatus(events);
  for (const item of timeline(plan, reportedMs)) {
    if (item.ms > untilMs) break;
    const event = item.make(formatInstant(item.ms, zone));
    if (!allowedEvents(status).includes(event.type)) continue;
    events.push(event);
    status = deriveStatus(events);
  }
  return { events, status };
}

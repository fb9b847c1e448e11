/**
 * Arbitraries of event histories that the lifecycle table allows.
 * @module
 */
import * as fc from "fast-check";
import { foldEvents } from "../lifecycle/fold.js";
import { allowedEvents } from "../lifecycle/table.js";
import type { CaseEvent } from "../models/case-event.js";
import {
  CANCEL_REASONS,
  CLEAR_DISPOSITIONS,
  LOCATE_CONDITIONS,
  NOTICE_RECIPIENTS,
} from "../models/case-event.js";
import { NCIC_CATEGORIES } from "../models/codes.js";
import { MINUTE_MS } from "../time/units.js";
import { at } from "./common.js";

/** Where a history starts: the report, and the zone its instants are written in. */
export type HistoryStart = { readonly reportedMs: number; readonly timeZone: string };

/** One drawn step: which allowed event, how long after the last, and its payload choices. */
type Step = { pick: number; gap: number; choice: number; nic: boolean };

const step = fc.record({
  pick: fc.nat(),
  // Often 0 (several events in the same minute), otherwise up to ~60 days.
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90_000 })),
  choice: fc.nat(),
  nic: fc.boolean(),
});

const nth = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;
const LIVING = CLEAR_DISPOSITIONS.filter((d) => d !== "deceased");

function makeEvent(
  type: CaseEvent["type"],
  iso: string,
  s: Step,
  deceasedLocate: boolean,
): CaseEvent {
  switch (type) {
    case "enter":
      return {
        type,
        at: iso,
        category: nth(NCIC_CATEGORIES, s.choice),
        ...(s.nic ? { nic: `M${String(s.choice % 1e9).padStart(9, "0")}` } : {}),
      };
    case "verify":
      return { type, at: iso };
    case "notify":
      return { type, at: iso, recipient: nth(NOTICE_RECIPIENTS, s.choice) };
    case "locate":
      return { type, at: iso, condition: nth(LOCATE_CONDITIONS, s.choice) };
    case "clear":
      // A clear after a deceased locate is 'deceased', and only then (`event/inconsistent-outcome`).
      return { type, at: iso, disposition: deceasedLocate ? "deceased" : nth(LIVING, s.choice) };
    case "cancel":
      return { type, at: iso, reason: nth(CANCEL_REASONS, s.choice) };
    default:
      return { type: "reopen", at: iso, reason: "new information" };
  }
}

/** Folds drawn steps into events: each step picks one of the events allowed by the table. */
function unfold(start: HistoryStart, steps: readonly Step[]): CaseEvent[] {
  const events: CaseEvent[] = [];
  let ms = start.reportedMs;
  for (const s of steps) {
    const state = foldEvents(events, start.reportedMs);
    const allowed = allowedEvents(state.status);
    if (allowed.length === 0) break;
    ms += s.gap * MINUTE_MS;
    const type = nth(allowed, s.pick);
    events.push(makeEvent(type, at(ms, start.timeZone), s, state.locate?.condition === "deceased"));
  }
  return events;
}

/**
 * Event histories (oldest first, none before the report) that the lifecycle table allows:
 * every event is allowed from the status before it, and a clear after a deceased locate is
 * `'deceased'`. Shrinks towards shorter histories and earlier event types.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(eventHistoryArbitrary({ reportedMs: Date.UTC(2025, 2, 11), timeZone: "UTC" }),
 *   (events) => typeof deriveStatus(events) === "string"));
 * ```
 */
export function eventHistoryArbitrary(
  start: HistoryStart,
  options: { readonly maxLength?: number } = {},
): fc.Arbitrary<CaseEvent[]> {
  return fc.array(step, { maxLength: options.maxLength ?? 8 }).map((steps) => unfold(start, steps));
}

// Fuzzing `transition` and `applyEvents`: on any valid case and any well-typed
// event they never throw, never change their input, refuse only with a documented code and
// its fixed message, and every case they return is itself valid.
// Run count: FUZZ_RUNS (300 by default; `npm run fuzz` sets 100,000).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRANSITION_MESSAGES } from "../../src/issues/codes.js";
import { deriveStatus } from "../../src/lifecycle/status.js";
import { applyEvents, type TransitionResult, transition } from "../../src/lifecycle/transition.js";
import type { MissingCase } from "../../src/models/case.js";
import type { CaseEvent } from "../../src/models/case-event.js";
import { parseCase } from "../../src/parse/parse.js";
import {
  deepFreeze,
  eventArbitrary,
  FC_PARAMS,
  instantArbitrary,
  isoAt,
  TIMEOUT_MS,
  validCaseArbitrary,
} from "./support.js";

const HOUR = 3_600_000;

/**
 * An event near the case's own times (from a day before last contact to 90 days after the
 * report, where the guards decide), or at any instant at all.
 */
function eventNear(c: MissingCase): fc.Arbitrary<CaseEvent> {
  const from = Date.parse(c.lastContactAt) - 24 * HOUR;
  const near = fc
    .tuple(
      fc.integer({ min: 0, max: Math.ceil((Date.parse(c.reportedAt) - from) / HOUR) + 90 * 24 }),
      fc.nat(3),
    )
    .map(([h, q]) => isoAt(from + h * HOUR + q * 15 * 60_000, [0, -300, 330, -600][q] ?? 0));
  return eventArbitrary(fc.oneof({ weight: 4, arbitrary: near }, instantArbitrary()));
}

const caseAndEvents = validCaseArbitrary().chain((c) =>
  fc.tuple(fc.constant(c), fc.array(eventNear(c), { maxLength: 6 })),
);

/** Checks a result against the documented behaviour; `added` is how many events it should append. */
function checkResult(c: MissingCase, r: TransitionResult, added: readonly CaseEvent[]): void {
  if (!r.ok) {
    expect(Object.hasOwn(TRANSITION_MESSAGES, r.error.code)).toBe(true);
    expect(r.error.message).toBe(TRANSITION_MESSAGES[r.error.code]);
    return;
  }
  expect(r.case).not.toBe(c);
  expect(r.case.events).toEqual([...c.events, ...added]);
  expect(r.case.status).toBe(deriveStatus(r.case.events));
  // The guards are the schema's: whatever they let through must parse.
  expect(parseCase(r.case).ok).toBe(true);
}

describe("transition", () => {
  it(
    "never throws on a valid case and a well-typed event, and leaves both untouched",
    () => {
      fc.assert(
        fc.property(
          validCaseArbitrary().chain((c) => fc.tuple(fc.constant(c), eventNear(c))),
          ([c, event]) => {
            const before = JSON.stringify([c, event]);
            const frozenEvent = deepFreeze({ ...event });
            const r = transition(c, frozenEvent);
            checkResult(c, r, [frozenEvent]);
            expect(JSON.stringify([c, frozenEvent])).toBe(before);
          },
        ),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );
});

describe("applyEvents", () => {
  it(
    "never throws, stops at the first refusal, and agrees with transition applied in turn",
    () => {
      fc.assert(
        fc.property(caseAndEvents, ([c, events]) => {
          const frozen = deepFreeze(events.map((e) => ({ ...e })));
          const r = applyEvents(c, frozen);
          checkResult(c, r, frozen);
          let step: TransitionResult = { ok: true, case: c };
          for (const e of frozen) {
            if (!step.ok) break;
            step = transition(step.case, e);
          }
          expect(r.ok).toBe(step.ok);
          if (!r.ok && !step.ok) expect(r.error).toEqual(step.error);
          if (r.ok && step.ok) expect(r.case).toEqual(step.case);
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );
});

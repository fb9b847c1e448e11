import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ISSUE_MESSAGES, TRANSITION_MESSAGES } from "../../src/issues/codes.js";
import { closedAt, deriveStatus, locatedAt, statusAt } from "../../src/lifecycle/status.js";
import { applyEvents, transition } from "../../src/lifecycle/transition.js";
import type { MissingCase } from "../../src/models/case.js";
import {
  CASE_EVENT_TYPES,
  type CaseEvent,
  type CaseEventType,
  CLEAR_DISPOSITIONS,
  LOCATE_CONDITIONS,
} from "../../src/models/case-event.js";
import { CASE_STATUSES, type CaseStatus } from "../../src/models/case-status.js";
import { parseCase } from "../../src/parse/parse.js";
import { BASE_CASE, caseWith, deepFreeze, eventOf } from "./fixtures.js";

// The lifecycle table of docs/lifecycle.md, written out here on purpose: the test checks the
// code against the documented table, not against itself.
const EXPECTED: Record<CaseStatus, Partial<Record<CaseEventType, CaseStatus>>> = {
  reported: { enter: "active", notify: "reported", locate: "located", cancel: "cancelled" },
  active: { verify: "active", notify: "active", locate: "located", cancel: "cancelled" },
  located: { verify: "located", notify: "located", clear: "closed", reopen: "active" },
  closed: { notify: "closed", reopen: "active" },
  cancelled: {},
};

// Times on 2025-02-03 (EST), after the report of 2025-02-02 21:15.
const t = (hh: number, mm = 0) =>
  `2025-02-03T${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:00-05:00`;

/** Events that bring BASE_CASE to each status. */
const PATHS: Record<CaseStatus, CaseEvent[]> = {
  reported: [],
  active: [eventOf("enter", t(1))],
  located: [eventOf("enter", t(1)), eventOf("locate", t(2))],
  closed: [eventOf("enter", t(1)), eventOf("locate", t(2)), eventOf("clear", t(3))],
  cancelled: [eventOf("cancel", t(1))],
};

function caseIn(status: CaseStatus): MissingCase {
  return caseWith({ status, events: PATHS[status] });
}

function expectValid(c: MissingCase): void {
  const r = parseCase(c);
  expect(r.ok ? [] : r.issues.map((i) => `${i.code} at ${i.path.join(".")}`)).toEqual([]);
}

describe("transition: every cell of the table", () => {
  for (const from of CASE_STATUSES) {
    for (const type of CASE_EVENT_TYPES) {
      const to = EXPECTED[from][type];
      it(`${from} + ${type} → ${to ?? "refused"}`, () => {
        const c = caseIn(from);
        const r = transition(c, eventOf(type, t(10)));
        if (to === undefined) {
          expect(r).toEqual({
            ok: false,
            error: {
              code: "transition/not-allowed",
              message: TRANSITION_MESSAGES["transition/not-allowed"],
              status: from,
              event: type,
            },
          });
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.case.status).toBe(to);
        expect(r.case.events).toEqual([...c.events, eventOf(type, t(10))]);
        expect(deriveStatus(r.case.events)).toBe(to);
        expectValid(r.case);
      });
    }
  }
});

describe("transition: ordering", () => {
  it("accepts an event at the same instant as the last one", () => {
    const r = transition(caseIn("active"), eventOf("verify", t(1)));
    expect(r.ok && r.case.status).toBe("active");
  });
  it("accepts an event at exactly the report time, in another offset", () => {
    const r = transition(BASE_CASE, eventOf("enter", "2025-02-03T02:15:00Z"));
    expect(r.ok && r.case.status).toBe("active");
  });
  it("applies several events at one instant in list order", () => {
    const r = applyEvents(BASE_CASE, [eventOf("enter", t(4)), eventOf("locate", t(4))]);
    expect(r.ok && r.case.status).toBe("located");
    expect(r.ok && statusAt(r.case, t(4))).toBe("located");
    expect(r.ok && statusAt(r.case, "2025-02-03T03:59:59.999-05:00")).toBe("reported");
  });
  it("refuses an event a millisecond before the last one", () => {
    const r = transition(caseIn("active"), eventOf("verify", "2025-02-03T05:59:59.999Z"));
    expect(r.ok ? undefined : r.error).toEqual({
      code: "transition/out-of-order",
      message: TRANSITION_MESSAGES["transition/out-of-order"],
      status: "active",
      event: "verify",
    });
  });
  it("refuses an event before the report", () => {
    const r = transition(BASE_CASE, eventOf("enter", "2025-02-02T21:14:59-05:00"));
    expect(r.ok ? undefined : r.error.code).toBe("transition/out-of-order");
  });
  it("checks the table before the time", () => {
    const r = transition(caseIn("cancelled"), eventOf("reopen", "2020-01-01T00:00:00Z"));
    expect(r.ok ? undefined : r.error.code).toBe("transition/not-allowed");
  });
  it("refuses a locate before the last contact (a case whose report precedes it)", () => {
    // A parsed case never has lastContactAt after reportedAt; only such a case can reach this.
    const odd = caseWith({ lastContactAt: "2025-02-03T08:00:00-05:00" });
    const early = transition(odd, eventOf("locate", t(7, 59)));
    expect(early.ok ? undefined : early.error).toEqual({
      code: "transition/before-last-contact",
      message: TRANSITION_MESSAGES["transition/before-last-contact"],
      status: "reported",
      event: "locate",
    });
    expect(transition(odd, eventOf("locate", t(8))).ok).toBe(true);
  });
});

describe("transition: outcomes", () => {
  const located = (condition: "deceased" | "safe") =>
    caseWith({
      status: "located",
      events: [eventOf("enter", t(1)), { type: "locate", at: t(2), condition }],
    });
  const clear = (disposition: "deceased" | "returned-to-guardian", at = t(3)): CaseEvent => ({
    type: "clear",
    at,
    disposition,
  });
  it("requires a deceased clear after a deceased locate", () => {
    const r = transition(located("deceased"), clear("returned-to-guardian"));
    expect(r.ok ? undefined : r.error).toEqual({
      code: "transition/inconsistent-outcome",
      message: TRANSITION_MESSAGES["transition/inconsistent-outcome"],
      status: "located",
      event: "clear",
    });
    expect(transition(located("deceased"), clear("deceased")).ok).toBe(true);
  });
  it("refuses a deceased clear without a deceased locate", () => {
    const r = transition(located("safe"), clear("deceased"));
    expect(r.ok ? undefined : r.error.code).toBe("transition/inconsistent-outcome");
  });
  it("forgets a deceased locate voided by a reopen", () => {
    const events: CaseEvent[] = [
      eventOf("enter", t(1)),
      { type: "locate", at: t(2), condition: "deceased" },
      eventOf("reopen", t(3)),
      eventOf("locate", t(4)),
    ];
    const r = applyEvents(BASE_CASE, [...events, clear("returned-to-guardian", t(5))]);
    expect(r.ok ? r.case.status : r.error.code).toBe("closed");
  });
});

describe("transition: reopen and cancel", () => {
  it("reopens a located case and voids the locate", () => {
    const r = transition(caseIn("located"), eventOf("reopen", t(5)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.case.status).toBe("active");
    expect(locatedAt(r.case)).toBeUndefined();
    expectValid(r.case);
  });
  it("reopens a closed case, voids the locate and the clear, and can close again", () => {
    const r = applyEvents(caseIn("closed"), [
      eventOf("reopen", t(5)),
      eventOf("locate", t(6)),
      eventOf("clear", t(7)),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.case.status).toBe("closed");
    expect([locatedAt(r.case), closedAt(r.case)]).toEqual([t(6), t(7)]);
    expect(statusAt(r.case, t(5))).toBe("active");
    expectValid(r.case);
  });
  it("makes cancel terminal: every event is refused after it", () => {
    for (const type of CASE_EVENT_TYPES) {
      const r = transition(caseIn("cancelled"), eventOf(type, t(9)));
      expect(r.ok ? undefined : r.error.status).toBe("cancelled");
    }
  });
});

describe("transition and applyEvents: purity and misuse", () => {
  it("works on a deep-frozen case and event, and leaves them untouched", () => {
    const c = caseIn("located");
    const before = JSON.stringify(c);
    const event = deepFreeze(eventOf("clear", t(4)));
    const r = transition(c, event);
    expect(r.ok && r.case.status).toBe("closed");
    expect(JSON.stringify(c)).toBe(before);
    expect(r.ok && r.case).not.toBe(c);
  });
  it("applyEvents equals transition applied one by one", () => {
    const events = [eventOf("enter", t(1)), eventOf("verify", t(2)), eventOf("locate", t(3))];
    const r = applyEvents(BASE_CASE, events);
    let c: MissingCase = BASE_CASE;
    for (const e of events) {
      const step = transition(c, e);
      if (!step.ok) throw new Error(step.error.code);
      c = step.case;
    }
    expect(r).toEqual({ ok: true, case: c });
  });
  it("applyEvents stops at the first refusal", () => {
    const r = applyEvents(BASE_CASE, [
      eventOf("enter", t(1)),
      eventOf("clear", t(2)),
      eventOf("verify", "2020-01-01T00:00:00Z"),
    ]);
    expect(r.ok ? undefined : r.error).toMatchObject({
      code: "transition/not-allowed",
      status: "active",
      event: "clear",
    });
  });
  it("applyEvents with no events returns an equal copy", () => {
    const r = applyEvents(BASE_CASE, []);
    expect(r).toEqual({ ok: true, case: BASE_CASE });
    expect(r.ok && r.case).not.toBe(BASE_CASE);
  });
  it("refuses an event that does not parse, with its issues, and never quotes it", () => {
    const bad = { type: "enter", at: "2025-02-03 secret", category: "EMJ" } as const;
    const r = transition(BASE_CASE, bad);
    expect(r.ok ? undefined : r.error).toEqual({
      code: "transition/invalid-event",
      message: TRANSITION_MESSAGES["transition/invalid-event"],
      issues: [
        { code: "date-time/invalid", path: ["at"], message: ISSUE_MESSAGES["date-time/invalid"] },
      ],
      status: "reported",
      event: "enter",
    });
    expect(JSON.stringify(r)).not.toContain("secret");
    const second = applyEvents(BASE_CASE, [eventOf("enter", t(1)), bad]);
    expect(second.ok ? undefined : second.error).toMatchObject({
      code: "transition/invalid-event",
      status: "active",
    });
    const unknown = { type: "escape", at: t(1) } as unknown as CaseEvent;
    expect(transition(BASE_CASE, unknown)).toMatchObject({
      ok: false,
      error: { code: "transition/invalid-event", event: undefined },
    });
    expect(transition(BASE_CASE, null as unknown as CaseEvent)).toMatchObject({
      ok: false,
      error: { code: "transition/invalid-event", issues: [{ code: "schema/invalid-type" }] },
    });
  });
  it("throws naming the parameter on a misused case or list, never quoting the value", () => {
    expect(() => applyEvents(BASE_CASE, {} as unknown as CaseEvent[])).toThrow(/^events must/);
    expect(() => transition(null as unknown as MissingCase, eventOf("enter", t(1)))).toThrow(
      TypeError,
    );
    const noReport = caseWith({ reportedAt: "yesterday" });
    expect(() => transition(noReport, eventOf("enter", t(1)))).toThrow(/^c\.reportedAt must/);
  });
});

// Random histories: an event of any type, at a time that mostly moves forward (sometimes
// back), with random outcome fields.
const eventArb = fc
  .record({
    type: fc.constantFrom(...CASE_EVENT_TYPES),
    minutes: fc.integer({ min: -30, max: 600 }),
    condition: fc.constantFrom(...LOCATE_CONDITIONS),
    disposition: fc.constantFrom(...CLEAR_DISPOSITIONS),
  })
  .map(({ type, minutes, condition, disposition }) => ({ type, minutes, condition, disposition }));

function materialize(
  steps: { type: CaseEventType; minutes: number; condition: string; disposition: string }[],
): CaseEvent[] {
  let ms = Date.parse(BASE_CASE.reportedAt);
  return steps.map((s) => {
    ms += s.minutes * 60_000;
    const at = new Date(ms).toISOString();
    const e = eventOf(s.type, at);
    if (e.type === "locate") return { ...e, condition: s.condition } as CaseEvent;
    if (e.type === "clear") return { ...e, disposition: s.disposition } as CaseEvent;
    return e;
  });
}

describe("transition: properties", () => {
  it("never throws; what it accepts is a valid case whose status the fold agrees with", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (steps) => {
        const events = deepFreeze(materialize(steps));
        let c: MissingCase = BASE_CASE;
        for (const event of events) {
          const before = JSON.stringify(c);
          const r = transition(c, event);
          expect(JSON.stringify(c)).toBe(before);
          if (!r.ok) {
            expect(r.error.status).toBe(c.status);
            continue;
          }
          c = deepFreeze(r.case);
          expect(c.status).toBe(deriveStatus(c.events));
          expect(statusAt(c, event.at)).toBe(c.status);
        }
        expect(parseCase(c).ok).toBe(true);
        expect(applyEvents(BASE_CASE, c.events)).toEqual({ ok: true, case: c });
      }),
      { numRuns: 300 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complianceDeadlines } from "../../src/deadlines/compliance.js";
import { overdueDeadlines } from "../../src/deadlines/overdue.js";
import { deriveStatus } from "../../src/lifecycle/status.js";
import { applyEvents } from "../../src/lifecycle/transition.js";
import type { MissingCase } from "../../src/models/case.js";
import { CASE_EVENT_TYPES, type CaseEvent } from "../../src/models/case-event.js";
import { BASE_CASE, caseWith, deepFreeze, eventOf } from "../lifecycle/fixtures.js";

// BASE_CASE: NY, reported 2025-02-02 21:15 EST; NCIC entry due 23:15 EST (04:15Z).
const DUE = "2025-02-03T04:15:00.000Z";
const plusMs = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const overdue = (c: MissingCase, now: string) => overdueDeadlines(c, now).map((d) => d.rule);
const withEvents = (events: CaseEvent[], o: Partial<MissingCase> = {}) =>
  caseWith({ ...o, events, status: deriveStatus(events) });

describe("overdueDeadlines at the due instant", () => {
  const namus = (at: string): CaseEvent => ({ type: "notify", at, recipient: "namus" });
  it("is not overdue exactly at the due instant, and is a millisecond later", () => {
    expect(overdue(BASE_CASE, DUE)).toEqual([]);
    expect(overdue(BASE_CASE, plusMs(DUE, 1))).toEqual(["ncic-entry", "namus-entry"]);
  });
  it("an entry exactly at the due instant is on time", () => {
    const c = withEvents([eventOf("enter", DUE), namus(DUE)]);
    expect(overdue(c, plusMs(DUE, 1))).toEqual([]);
  });
  it("a late entry leaves the deadline overdue until it happens", () => {
    const c = withEvents([namus(DUE), eventOf("enter", plusMs(DUE, 2))]);
    expect(overdue(c, plusMs(DUE, 1))).toEqual(["ncic-entry"]);
    expect(overdue(c, plusMs(DUE, 2))).toEqual([]);
  });
  it("the NamUs entry is met by a notice to NamUs only, whatever the NCIC entry", () => {
    const c = withEvents([eventOf("enter", DUE), eventOf("notify", DUE)]);
    expect(overdue(c, plusMs(DUE, 1))).toEqual(["namus-entry"]);
  });
  it("accepts `now` in any offset", () => {
    expect(overdue(BASE_CASE, "2025-02-02T23:15:00.001-05:00")).toEqual([
      "ncic-entry",
      "namus-entry",
    ]);
  });
});

describe("overdueDeadlines across a DST change", () => {
  // Entered 20 February 10:00 EST; verification due 22 March 10:00 EDT (14:00Z), which is
  // one hour sooner than 30 × 24 hours.
  const enter = eventOf("enter", "2025-02-20T10:00:00-05:00");
  const c = withEvents([enter]);
  it("without the verify: overdue just after 10:00 local, not at it", () => {
    expect(overdue(c, "2025-03-22T14:00:00Z")).not.toContain("ncic-verification");
    expect(overdue(c, "2025-03-22T14:00:00.001Z")).toContain("ncic-verification");
    expect(overdue(c, "2025-03-22T10:30:00-04:00")).toContain("ncic-verification");
  });
  it("with the verify on time: never overdue", () => {
    const done = withEvents([enter, eventOf("verify", "2025-03-22T10:00:00-04:00")]);
    expect(overdue(done, "2026-01-01T00:00:00Z")).not.toContain("ncic-verification");
  });
  it("a group home's 24-hour clocks are exact hours across the change", () => {
    const g = caseWith({ missingFrom: "group-home", reportedAt: "2025-03-08T12:00:00-05:00" });
    expect(overdue(g, "2025-03-09T13:00:00-04:00")).toEqual(["ncic-entry", "namus-entry"]);
    expect(overdue(g, "2025-03-09T13:00:00.001-04:00")).toEqual([
      "ncic-entry",
      "namus-entry",
      "foster-care-report",
      "ncmec-notice",
    ]);
  });
});

describe("overdueDeadlines: the NY NamUs referral at 30 and 180 days", () => {
  const enter = eventOf("enter", "2025-02-02T22:30:00-05:00");
  const referral = (c: MissingCase, now: string) => overdue(c, now).includes("ny-namus-referral");
  it("180 days: due 1 August 22:30 EDT, overdue a millisecond later", () => {
    const c = withEvents([enter]);
    expect(referral(c, "2025-08-02T02:30:00Z")).toBe(false);
    expect(referral(c, "2025-08-02T02:30:00.001Z")).toBe(true);
  });
  it("30 days when safety is at risk: due 4 March 22:30 EST", () => {
    const c = withEvents([enter], { facts: { physicalSafetyAtRisk: true } });
    expect(referral(c, "2025-03-05T03:30:00Z")).toBe(false);
    expect(referral(c, "2025-03-05T03:30:00.001Z")).toBe(true);
    const notified = withEvents(
      [enter, { type: "notify", at: "2025-03-05T03:30:00Z", recipient: "namus" }],
      { facts: { physicalSafetyAtRisk: true } },
    );
    expect(referral(notified, "2025-12-31T00:00:00Z")).toBe(false);
  });
});

describe("overdueDeadlines: long-term and the case as of now", () => {
  const sixMonths = "2025-08-03T01:15:00.000Z";
  const entered = [eventOf("enter", "2025-02-02T22:00:00-05:00")];
  it("marks an unlocated case long-term only after exactly 6 months", () => {
    const c = withEvents(entered);
    const missed = ["namus-entry", "ncic-verification", "ny-namus-referral"];
    expect(overdue(c, sixMonths)).toEqual(missed);
    expect(overdue(c, plusMs(sixMonths, 1))).toEqual([...missed, "long-term-missing"]);
  });
  it("reads the case as of now: a later locate or cancel changes nothing then", () => {
    const now = "2025-09-01T00:00:00Z";
    const located = withEvents([...entered, eventOf("locate", "2025-10-01T00:00:00Z")]);
    expect(overdue(located, now)).toContain("long-term-missing");
    expect(overdue(located, "2025-10-01T00:00:01Z")).not.toContain("long-term-missing");
    const cancelled = withEvents([...entered, eventOf("cancel", "2025-10-01T00:00:00Z")]);
    expect(overdue(cancelled, now)).toContain("long-term-missing");
    expect(overdue(cancelled, "2025-10-01T00:00:00Z")).toEqual([]);
  });
  it("nothing is overdue before the report", () => {
    expect(overdue(BASE_CASE, "2024-01-01T00:00:00Z")).toEqual([]);
  });
  it("throws naming `now`, never quoting it", () => {
    expect(() => overdueDeadlines(BASE_CASE, "tomorrow")).toThrow(
      new RangeError("now must be an RFC 3339 date-time with Z or an offset"),
    );
  });
});

describe("overdueDeadlines: properties", () => {
  it("after the last event: an open case's deadlines due before now, neither satisfied nor lapsed", () => {
    const step = fc.record({
      type: fc.constantFrom(...CASE_EVENT_TYPES),
      hours: fc.integer({ min: 0, max: 24 * 60 }),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 8 }),
        fc.integer({ min: 0, max: 24 * 400 }),
        fc.constantFrom("home", "group-home") as fc.Arbitrary<"home" | "group-home">,
        (steps, laterHours, missingFrom) => {
          let ms = Date.parse(BASE_CASE.reportedAt);
          let c: MissingCase = deepFreeze(caseWith({ missingFrom }));
          for (const s of steps) {
            ms += s.hours * 3_600_000;
            const r = applyEvents(c, [eventOf(s.type, new Date(ms).toISOString())]);
            if (r.ok) c = deepFreeze(r.case);
          }
          const nowMs = ms + laterHours * 3_600_000;
          const now = new Date(nowMs).toISOString();
          const open = c.status === "reported" || c.status === "active";
          const expected = complianceDeadlines(c).filter(
            (d) =>
              open &&
              d.satisfiedAt === undefined &&
              d.lapsedAt === undefined &&
              Date.parse(d.dueAt) < nowMs,
          );
          expect(overdueDeadlines(c, now)).toEqual(expected);
          for (const d of complianceDeadlines(c)) {
            expect(d.satisfiedAt !== undefined && d.lapsedAt !== undefined).toBe(false);
            if (d.lapsedAt !== undefined) expect(d.lapsedAt < d.dueAt).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is as of now: the events after now change nothing", () => {
    const step = fc.record({
      type: fc.constantFrom(...CASE_EVENT_TYPES),
      hours: fc.integer({ min: 0, max: 24 * 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 8 }),
        fc.integer({ min: 0, max: 24 * 200 }),
        (steps, nowHours) => {
          let ms = Date.parse(BASE_CASE.reportedAt);
          let c: MissingCase = caseWith({ missingFrom: "group-home" });
          for (const s of steps) {
            ms += s.hours * 3_600_000;
            const r = applyEvents(c, [eventOf(s.type, new Date(ms).toISOString())]);
            if (r.ok) c = r.case;
          }
          const nowMs = Date.parse(BASE_CASE.reportedAt) + nowHours * 3_600_000;
          const now = new Date(nowMs).toISOString();
          const past = c.events.filter((e) => Date.parse(e.at) <= nowMs);
          const cut = caseWith({ ...c, events: past, status: deriveStatus(past) });
          expect(overdueDeadlines(c, now)).toEqual(overdueDeadlines(cut, now));
        },
      ),
      { numRuns: 100 },
    );
  });
});

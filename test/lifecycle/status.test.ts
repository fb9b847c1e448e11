import { describe, expect, it } from "vitest";
import { closedAt, deriveStatus, locatedAt, statusAt } from "../../src/lifecycle/status.js";
import type { CaseEvent } from "../../src/models/case-event.js";
import { BASE_CASE, caseWith, eventOf } from "./fixtures.js";

const t = (d: number, hh: number) =>
  `2025-02-${String(d).padStart(2, "0")}T${String(hh).padStart(2, "0")}:00:00-05:00`;
const HISTORY: CaseEvent[] = [
  eventOf("enter", t(3, 1)),
  eventOf("locate", t(4, 9)),
  eventOf("clear", t(4, 12)),
  eventOf("reopen", t(10, 8)),
  eventOf("locate", t(12, 9)),
];
const c = caseWith({ status: "located", events: HISTORY });

describe("deriveStatus", () => {
  it("starts at reported and follows the table", () => {
    expect(deriveStatus([])).toBe("reported");
    expect(deriveStatus(HISTORY)).toBe("located");
    expect(deriveStatus([eventOf("cancel", t(3, 1))])).toBe("cancelled");
  });
  it("throws naming the event the table refuses, never quoting it", () => {
    expect(() => deriveStatus([eventOf("clear", t(3, 1))])).toThrow(
      new RangeError("events[0] is not allowed from status 'reported'"),
    );
    expect(() => deriveStatus("x" as unknown as CaseEvent[])).toThrow(TypeError);
  });
});

describe("statusAt", () => {
  it("is undefined before the report and reported at it", () => {
    expect(statusAt(c, "2025-02-02T21:14:59.999-05:00")).toBeUndefined();
    expect(statusAt(c, BASE_CASE.reportedAt)).toBe("reported");
  });
  it("counts events at exactly `at`, in any offset", () => {
    expect(statusAt(c, "2025-02-03T05:59:59.999Z")).toBe("reported");
    expect(statusAt(c, "2025-02-03T06:00:00Z")).toBe("active");
    expect(statusAt(c, t(4, 12))).toBe("closed");
    expect(statusAt(c, t(10, 8))).toBe("active");
    expect(statusAt(c, "2030-01-01T00:00:00Z")).toBe("located");
  });
  it("throws naming `at`, or the event whose time is not an instant", () => {
    expect(() => statusAt(c, "2025-02-03")).toThrow(/^at must be an RFC 3339/);
    const bad = caseWith({ events: [{ type: "verify", at: "2025-02-03" }] });
    expect(() => statusAt(bad, t(5, 1))).toThrow(
      new RangeError("c.events[0].at must be an RFC 3339 date-time with Z or an offset"),
    );
  });
});

describe("locatedAt and closedAt: the events still in force", () => {
  it("a reopen voids the locate and the clear before it", () => {
    expect(locatedAt(c)).toBe(t(12, 9));
    expect(closedAt(c)).toBeUndefined();
    const closed = caseWith({ status: "closed", events: HISTORY.slice(0, 3) });
    expect([locatedAt(closed), closedAt(closed)]).toEqual([t(4, 9), t(4, 12)]);
    const reopened = caseWith({ status: "active", events: HISTORY.slice(0, 4) });
    expect([locatedAt(reopened), closedAt(reopened)]).toEqual([undefined, undefined]);
  });
  it("are undefined for a case never located", () => {
    expect([locatedAt(BASE_CASE), closedAt(BASE_CASE)]).toEqual([undefined, undefined]);
  });
});

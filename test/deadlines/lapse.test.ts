/**
 * DL-2: a deadline lapses when the child is located before it is due and before it is
 * satisfied; DL-3: overdue means an open case with a deadline due, unsatisfied and not lapsed.
 */
import { describe, expect, it } from "vitest";
import { complianceDeadlines, type Deadline } from "../../src/deadlines/compliance.js";
import { overdueDeadlines } from "../../src/deadlines/overdue.js";
import { deriveStatus } from "../../src/lifecycle/status.js";
import type { MissingCase } from "../../src/models/case.js";
import type { CaseEvent } from "../../src/models/case-event.js";
import { parseCase } from "../../src/parse/parse.js";
import { caseWith, eventOf } from "../lifecycle/fixtures.js";

// BASE_CASE: NY, reported 2025-02-02 21:15 EST (02:15Z on the 3rd); NCIC entry due 04:15Z.
const DUE = "2025-02-03T04:15:00.000Z";
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const H = 3_600_000;

function withEvents(events: CaseEvent[], o: Partial<MissingCase> = {}): MissingCase {
  const c = caseWith({ ...o, events, status: deriveStatus(events) });
  expect(parseCase(c).ok).toBe(true);
  return c;
}
const entry = (c: MissingCase): Deadline | undefined =>
  complianceDeadlines(c).find((d) => d.rule === "ncic-entry");
const byRule = (c: MissingCase, rule: Deadline["rule"]) =>
  complianceDeadlines(c).find((d) => d.rule === rule);
const overdue = (c: MissingCase, now: string) => overdueDeadlines(c, now).map((d) => d.rule);

describe("DL-2: a locate before the due time lapses a deadline", () => {
  it("a locate one millisecond before the due time: lapsed at the locate", () => {
    const at = plus(DUE, -1);
    const c = withEvents([eventOf("locate", at)]);
    expect(entry(c)).toMatchObject({ dueAt: DUE, lapsedAt: at });
    expect(entry(c)).not.toHaveProperty("satisfiedAt");
    expect(overdue(c, plus(DUE, 1))).toEqual([]);
  });

  it("a locate exactly at, or one millisecond after, the due time: missed, not lapsed", () => {
    for (const at of [DUE, plus(DUE, 1)]) {
      const c = withEvents([eventOf("locate", at)]);
      const d = entry(c);
      expect(d).toMatchObject({ dueAt: DUE });
      expect(d).not.toHaveProperty("lapsedAt");
      expect(d).not.toHaveProperty("satisfiedAt");
    }
  });

  it("a deadline satisfied and located at the same instant is satisfied, whatever the order", () => {
    const t = "2025-02-02T22:00:00-05:00";
    const c = withEvents([eventOf("enter", t), eventOf("locate", t)]);
    expect(entry(c)).toEqual(expect.objectContaining({ satisfiedAt: plus(t, 0) }));
    expect(entry(c)).not.toHaveProperty("lapsedAt");
    // A notice to NCMEC listed after the locate, at the same instant, still wins.
    const care = withEvents([eventOf("locate", t), eventOf("notify", t)], {
      missingFrom: "group-home",
    });
    expect(byRule(care, "ncmec-notice")).toMatchObject({ satisfiedAt: plus(t, 0) });
    expect(byRule(care, "ncmec-notice")).not.toHaveProperty("lapsedAt");
    // The entry it lacks lapsed at that instant.
    expect(byRule(care, "foster-care-report")).toMatchObject({ lapsedAt: plus(t, 0) });
  });

  it("a satisfying event after the locate does not undo the lapse (at most one of the two)", () => {
    const found = "2025-02-02T22:00:00-05:00";
    const c = withEvents(
      [eventOf("locate", found), eventOf("notify", "2025-02-02T23:00:00-05:00")],
      { missingFrom: "foster-care" },
    );
    const d = byRule(c, "ncmec-notice");
    expect(d).toMatchObject({ lapsedAt: plus(found, 0) });
    expect(d).not.toHaveProperty("satisfiedAt");
  });

  it("lapses the 30-day verification and the NamUs referral of a case cleared on day 6", () => {
    const enter = eventOf("enter", "2025-02-02T22:00:00-05:00");
    const found = "2025-02-08T10:00:00-05:00";
    const c = withEvents([enter, eventOf("locate", found), eventOf("clear", plus(found, H))]);
    expect(byRule(c, "ncic-verification")).toMatchObject({ lapsedAt: plus(found, 0) });
    expect(byRule(c, "ny-namus-referral")).toMatchObject({ lapsedAt: plus(found, 0) });
    expect(byRule(c, "ncic-entry")).toMatchObject({ satisfiedAt: plus(enter.at, 0) });
    expect(overdue(c, "2026-01-01T00:00:00Z")).toEqual([]);
  });
});

describe("DL-2: a reopen after a lapse", () => {
  const enter = eventOf("enter", "2025-02-02T22:00:00-05:00");
  const found = "2025-02-05T10:00:00-05:00"; // verification due 4 March 22:00 EST
  const verificationDue = "2025-03-05T03:00:00.000Z";

  it("before the due time revives the deadline, which is then overdue like any other", () => {
    const c = withEvents([
      enter,
      eventOf("locate", found),
      eventOf("reopen", "2025-02-10T09:00:00-05:00"),
    ]);
    const d = byRule(c, "ncic-verification");
    expect(d).toMatchObject({ dueAt: verificationDue });
    expect(d).not.toHaveProperty("lapsedAt");
    expect(overdue(c, verificationDue)).not.toContain("ncic-verification");
    expect(overdue(c, plus(verificationDue, 1))).toContain("ncic-verification");
    // As of before the reopen it had lapsed.
    expect(overdue(c, "2025-02-09T00:00:00Z")).toEqual([]);
  });

  it("a reopen one millisecond before the due time revives it; at the due time it does not", () => {
    const revived = withEvents([
      enter,
      eventOf("locate", found),
      eventOf("reopen", plus(verificationDue, -1)),
    ]);
    expect(byRule(revived, "ncic-verification")).not.toHaveProperty("lapsedAt");
    const kept = withEvents([enter, eventOf("locate", found), eventOf("reopen", verificationDue)]);
    expect(byRule(kept, "ncic-verification")).toMatchObject({ lapsedAt: plus(found, 0) });
  });

  it("after the due time leaves the lapse: the open case has nothing overdue for it", () => {
    const c = withEvents([
      enter,
      eventOf("locate", found),
      eventOf("reopen", "2025-03-20T09:00:00-04:00"),
    ]);
    expect(c.status).toBe("active");
    expect(byRule(c, "ncic-verification")).toMatchObject({ lapsedAt: plus(found, 0) });
    expect(overdue(c, "2025-03-21T00:00:00Z")).not.toContain("ncic-verification");
  });

  it("a second locate before the due time lapses it again, at the second locate", () => {
    const again = "2025-02-20T10:00:00-05:00";
    const c = withEvents([
      enter,
      eventOf("locate", found),
      eventOf("reopen", "2025-02-10T09:00:00-05:00"),
      eventOf("locate", again),
    ]);
    expect(byRule(c, "ncic-verification")).toMatchObject({ lapsedAt: plus(again, 0) });
  });

  it("a satisfying event while located counts once a reopen before due revives the deadline", () => {
    const c = withEvents([
      enter,
      eventOf("locate", found),
      eventOf("verify", "2025-02-06T10:00:00-05:00"),
      eventOf("reopen", "2025-02-10T09:00:00-05:00"),
    ]);
    expect(byRule(c, "ncic-verification")).toMatchObject({
      satisfiedAt: "2025-02-06T15:00:00.000Z",
    });
  });
});

describe("a cancel before the due time", () => {
  const cancelAt = "2025-02-02T22:00:00-05:00";
  const c = withEvents([eventOf("cancel", cancelAt)], { missingFrom: "group-home" });

  it("ends every deadline: a cancelled case has none", () => {
    expect(complianceDeadlines(c)).toEqual([]);
    expect(overdue(c, "2026-01-01T00:00:00Z")).toEqual([]);
  });

  it("as of before the cancel, the deadlines ran and nothing was overdue yet", () => {
    expect(overdue(c, plus(cancelAt, -1))).toEqual([]);
    expect(overdue(c, cancelAt)).toEqual([]);
  });

  it("a case cancelled after a missed entry showed it overdue until the cancel", () => {
    const late = withEvents([eventOf("cancel", "2025-02-03T09:00:00Z")]);
    expect(overdue(late, plus(DUE, 1))).toEqual(["ncic-entry", "namus-entry"]);
    expect(overdue(late, "2025-02-03T09:00:00Z")).toEqual([]);
  });
});

describe("DL-3: as of each event, a located case with a missed deadline", () => {
  // Not entered; the entry and the NamUs entry (due 04:15Z) are missed; found at 09:00Z,
  // cleared at 12:00Z, then reopened a week later and found again.
  const BOTH = ["ncic-entry", "namus-entry"];
  const events = [
    eventOf("notify", "2025-02-03T03:00:00Z"),
    eventOf("locate", "2025-02-03T09:00:00Z"),
    eventOf("clear", "2025-02-03T12:00:00Z"),
    eventOf("reopen", "2025-02-10T12:00:00Z"),
    eventOf("locate", "2025-02-11T12:00:00Z"),
  ];
  const c = withEvents(events);

  it("keeps the missed deadline on the record: no satisfiedAt, no lapsedAt", () => {
    const d = entry(c);
    expect(d).toEqual(expect.objectContaining({ dueAt: DUE }));
    expect(d).not.toHaveProperty("satisfiedAt");
    expect(d).not.toHaveProperty("lapsedAt");
  });

  it.each([
    ["before the due time", plus(DUE, -1), []],
    ["at the due time", DUE, []],
    ["just after it, still open", plus(DUE, 1), BOTH],
    ["a millisecond before the locate", "2025-02-03T08:59:59.999Z", BOTH],
    ["at the locate", "2025-02-03T09:00:00Z", []],
    ["after the clear", "2025-02-03T12:00:00Z", []],
    ["after the reopen, open again", "2025-02-10T12:00:00Z", BOTH],
    ["after the second locate", "2025-02-11T12:00:00Z", []],
    ["long after", "2026-01-01T00:00:00Z", []],
  ] as const)("%s", (_name, now, expected) => {
    expect(overdue(c, now)).toEqual(expected);
  });

  it("reads satisfaction and lapse only from events at or before now", () => {
    const entered = withEvents([
      eventOf("enter", "2025-02-03T05:00:00Z"),
      eventOf("locate", "2025-02-10T00:00:00Z"),
    ]);
    const asOf = (now: string) =>
      overdueDeadlines(entered, now).find((d) => d.rule === "ncic-entry");
    expect(asOf("2025-02-03T04:59:59.999Z")).toMatchObject({ dueAt: DUE });
    expect(asOf("2025-02-03T04:59:59.999Z")).not.toHaveProperty("satisfiedAt");
    expect(asOf("2025-02-03T05:00:00Z")).toBeUndefined();
  });
});

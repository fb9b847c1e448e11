import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseEvent, MissingCase } from "../../src/index.js";
import { parseCase } from "../../src/index.js";
import { activeCase, minimalCase, reportedCase } from "../fixtures/valid.js";

/** The issue codes of a case, with their paths, or [] when it parses. */
function issuesOf(c: unknown): [string, string][] {
  const r = parseCase(c);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")]);
}

const at = (type: CaseEvent["type"], when: string): CaseEvent => {
  switch (type) {
    case "enter":
      return { type, at: when, category: "EMJ" };
    case "verify":
      return { type, at: when };
    case "notify":
      return { type, at: when, recipient: "ncmec" };
    case "locate":
      return { type, at: when, condition: "safe" };
    case "clear":
      return { type, at: when, disposition: "returned-to-guardian" };
    case "cancel":
      return { type, at: when, reason: "unfounded" };
    case "reopen":
      return { type, at: when, reason: "Ran again" };
  }
};

describe("case/last-contact-after-report (LC-1)", () => {
  const base = { ...minimalCase, reportedAt: "2025-03-07T21:15:00-05:00" };
  it("accepts last contact at the same instant as the report, whatever the offsets", () => {
    expect(issuesOf({ ...base, lastContactAt: "2025-03-08T02:15:00Z" })).toEqual([]);
    expect(issuesOf({ ...base, lastContactAt: "2025-03-07T21:15:00-05:00" })).toEqual([]);
  });
  it("rejects last contact a millisecond after the report", () => {
    expect(issuesOf({ ...base, lastContactAt: "2025-03-08T02:15:00.001Z" })).toEqual([
      ["case/last-contact-after-report", "lastContactAt"],
    ]);
  });
  it("compares instants, not wall clocks, across the November DST fall-back", () => {
    // 01:45 EDT (05:45Z) is before 01:15 EST (06:15Z), though its wall clock is later.
    const fallBack = {
      ...minimalCase,
      reportedAt: "2025-11-02T01:15:00-05:00",
      lastContactAt: "2025-11-02T01:45:00-04:00",
    };
    expect(issuesOf(fallBack)).toEqual([]);
    expect(
      issuesOf({
        ...fallBack,
        reportedAt: "2025-11-02T01:45:00-04:00",
        lastContactAt: "2025-11-02T01:15:00-05:00",
      }),
    ).toEqual([["case/last-contact-after-report", "lastContactAt"]]);
  });
});

describe("case/born-after-last-contact (AGE-1, AGE-5)", () => {
  // 03:30Z on 13 March is 23:30 on 12 March in New York: the UTC and local dates differ.
  const evening = {
    ...minimalCase,
    reportedAt: "2025-03-13T03:30:00Z",
    lastContactAt: "2025-03-13T03:30:00Z",
  };
  const withBirth = (c: MissingCase, birthDate: string, timeZone = c.timeZone) => ({
    ...c,
    timeZone,
    child: { ...c.child, birthDate },
  });
  it("accepts a birth on the local date of last contact", () => {
    expect(issuesOf(withBirth(evening, "2025-03-12"))).toEqual([]);
  });
  it("rejects a birth on the next local date, though it is the UTC date", () => {
    expect(issuesOf(withBirth(evening, "2025-03-13"))).toEqual([
      ["case/born-after-last-contact", "child.birthDate"],
    ]);
  });
  it("takes the date in the case's zone (UTC, Tokyo)", () => {
    expect(issuesOf(withBirth(evening, "2025-03-13", "UTC"))).toEqual([]);
    expect(issuesOf(withBirth(evening, "2025-03-14", "UTC"))).toHaveLength(1);
    expect(issuesOf(withBirth(evening, "2025-03-13", "Asia/Tokyo"))).toEqual([]);
  });
  it("uses the earliest possible date of a month-only birth date", () => {
    // 03:00Z on 1 March is 22:00 on 28 February in New York.
    const c = {
      ...minimalCase,
      reportedAt: "2025-03-01T03:00:00Z",
      lastContactAt: "2025-03-01T03:00:00Z",
    };
    expect(issuesOf(withBirth(c, "2025-02"))).toEqual([]);
    expect(issuesOf(withBirth(c, "2025-03"))).toEqual([
      ["case/born-after-last-contact", "child.birthDate"],
    ]);
    expect(issuesOf(withBirth(c, "2025-03", "UTC"))).toEqual([]);
  });
  it("uses the earliest possible date of a year-only birth date", () => {
    // 02:00Z on 1 January 2025 is 31 December 2024 in New York.
    const c = {
      ...minimalCase,
      reportedAt: "2025-01-01T02:00:00Z",
      lastContactAt: "2025-01-01T02:00:00Z",
    };
    expect(issuesOf(withBirth(c, "2024"))).toEqual([]);
    expect(issuesOf(withBirth(c, "2025"))).toHaveLength(1);
    expect(issuesOf(withBirth(c, "2025", "Europe/London"))).toEqual([]);
  });
  it("accepts a leap-day birth on a leap day, far from the window, and far before", () => {
    const leap = {
      ...minimalCase,
      reportedAt: "2024-03-01T04:00:00Z",
      lastContactAt: "2024-03-01T04:00:00Z",
    };
    expect(issuesOf(withBirth(leap, "2024-02-29"))).toEqual([]);
    expect(issuesOf(withBirth(leap, "2024-03-01"))).toHaveLength(1);
    expect(issuesOf(withBirth(leap, "1950-01-01"))).toEqual([]);
    expect(issuesOf(withBirth(leap, "2030"))).toHaveLength(1);
  });
});

describe("event order and the report (event/before-report, event/out-of-order)", () => {
  const r = reportedCase.reportedAt; // 2025-03-07T21:15:00-05:00
  it("accepts an event at the instant of the report", () => {
    expect(issuesOf({ ...reportedCase, status: "active", events: [at("enter", r)] })).toEqual([]);
  });
  it("rejects an event a second before the report", () => {
    const e = at("enter", "2025-03-07T21:14:59-05:00");
    expect(issuesOf({ ...reportedCase, status: "active", events: [e] })).toEqual([
      ["event/before-report", "events.0.at"],
    ]);
  });
  it("accepts two events at the same instant written with different offsets", () => {
    const events = [at("enter", "2025-03-08T03:00:00Z"), at("notify", "2025-03-07T22:00:00-05:00")];
    expect(issuesOf({ ...reportedCase, status: "active", events })).toEqual([]);
  });
  it("rejects an event a second before the one before it", () => {
    const events = [at("enter", "2025-03-08T03:00:00Z"), at("notify", "2025-03-07T21:59:59-05:00")];
    expect(issuesOf({ ...reportedCase, status: "active", events })).toEqual([
      ["event/out-of-order", "events.1.at"],
    ]);
  });
  it("orders events across the March DST change by instant", () => {
    // 01:59 EST on 9 March, then 03:00 EDT one minute later.
    const events = [
      at("enter", "2025-03-09T01:59:00-05:00"),
      at("notify", "2025-03-09T03:00:00-04:00"),
    ];
    expect(issuesOf({ ...reportedCase, status: "active", events })).toEqual([]);
  });
});

describe("lifecycle (event/not-allowed, case/status-mismatch)", () => {
  it("rejects a status the events do not lead to", () => {
    expect(issuesOf({ ...activeCase, status: "located" })).toEqual([
      ["case/status-mismatch", "status"],
    ]);
    expect(issuesOf({ ...reportedCase, status: "active" })).toEqual([
      ["case/status-mismatch", "status"],
    ]);
  });
  it("rejects an event the table does not allow, without a status mismatch", () => {
    const events = [at("enter", "2025-03-10T00:00:00Z"), at("clear", "2025-03-11T00:00:00Z")];
    expect(issuesOf({ ...reportedCase, status: "closed", events })).toEqual([
      ["event/not-allowed", "events.1.type"],
    ]);
  });
  it("allows nothing after a cancel", () => {
    const events = [at("cancel", "2025-03-10T00:00:00Z"), at("reopen", "2025-03-11T00:00:00Z")];
    expect(issuesOf({ ...reportedCase, status: "cancelled", events })).toEqual([
      ["event/not-allowed", "events.1.type"],
    ]);
  });
  it("allows a locate straight from reported, and a reopen after a clear", () => {
    const events = [
      at("locate", "2025-03-10T00:00:00Z"),
      at("clear", "2025-03-10T01:00:00Z"),
      at("reopen", "2025-03-11T00:00:00Z"),
    ];
    expect(issuesOf({ ...reportedCase, status: "active", events })).toEqual([]);
  });
});

describe("event/before-last-contact (LC-2)", () => {
  it("accepts a locate at the instant of last contact", () => {
    const c = { ...reportedCase, lastContactAt: reportedCase.reportedAt };
    const events = [at("locate", reportedCase.reportedAt)];
    expect(issuesOf({ ...c, status: "located", events })).toEqual([]);
  });
  it("rejects a locate before last contact (possible only when last contact is after the report)", () => {
    const c = {
      ...reportedCase,
      reportedAt: "2025-03-07T21:00:00-05:00",
      lastContactAt: "2025-03-07T22:00:00-05:00",
    };
    const events = [at("locate", "2025-03-07T21:30:00-05:00")];
    expect(issuesOf({ ...c, status: "located", events })).toEqual([
      ["case/last-contact-after-report", "lastContactAt"],
      ["event/before-last-contact", "events.0.at"],
    ]);
  });
});

describe("event/inconsistent-outcome", () => {
  const deceased: CaseEvent = {
    type: "locate",
    at: "2025-03-10T12:00:00-04:00",
    condition: "deceased",
  };
  const clearAs = (disposition: "deceased" | "returned-to-guardian"): CaseEvent => ({
    type: "clear",
    at: "2025-03-10T18:00:00-04:00",
    disposition,
  });
  it("accepts a deceased locate cleared as deceased, and one not yet cleared", () => {
    expect(
      issuesOf({ ...reportedCase, status: "closed", events: [deceased, clearAs("deceased")] }),
    ).toEqual([]);
    expect(issuesOf({ ...reportedCase, status: "located", events: [deceased] })).toEqual([]);
  });
  it("rejects a deceased locate cleared otherwise", () => {
    expect(
      issuesOf({
        ...reportedCase,
        status: "closed",
        events: [deceased, clearAs("returned-to-guardian")],
      }),
    ).toEqual([["event/inconsistent-outcome", "events.1.disposition"]]);
  });
  it("rejects a deceased clear after a safe locate", () => {
    const safe: CaseEvent = { ...deceased, condition: "safe" };
    expect(
      issuesOf({ ...reportedCase, status: "closed", events: [safe, clearAs("deceased")] }),
    ).toEqual([["event/inconsistent-outcome", "events.1.disposition"]]);
  });
  it("lets a reopen void the deceased locate", () => {
    const events = [
      deceased,
      at("reopen", "2025-03-10T13:00:00-04:00"),
      at("locate", "2025-03-10T14:00:00-04:00"),
      clearAs("returned-to-guardian"),
    ];
    expect(issuesOf({ ...reportedCase, status: "closed", events })).toEqual([]);
  });
});

describe("cross-field rules wait for valid fields", () => {
  it("reports a malformed field alone", () => {
    const c = { ...reportedCase, timeZone: "Mars/Olympus", status: "closed" };
    expect(issuesOf(c)).toEqual([["time-zone/unknown", "timeZone"]]);
  });
});

describe("case/born-after-last-contact agrees with the local date (property)", () => {
  const ZONES = [
    "America/New_York",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Asia/Kolkata",
    "UTC",
  ];
  const localDateOf = (ms: number, zone: string) =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(ms);

  it("flags a birth date exactly when its earliest day is after the local date of last contact", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.integer({ min: -4 * 366, max: 3 }),
        fc.constantFrom(...ZONES),
        fc.constantFrom("day", "month", "year"),
        (ms, daysBack, zone, precision) => {
          const lastContactAt = new Date(Math.floor(ms / 1000) * 1000).toISOString();
          const birthDay = new Date(ms + daysBack * 86_400_000).toISOString().slice(0, 10);
          const birthDate =
            precision === "day"
              ? birthDay
              : precision === "month"
                ? birthDay.slice(0, 7)
                : birthDay.slice(0, 4);
          const earliest =
            precision === "day"
              ? birthDay
              : precision === "month"
                ? `${birthDate}-01`
                : `${birthDate}-01-01`;
          const c = {
            ...minimalCase,
            timeZone: zone,
            reportedAt: lastContactAt,
            lastContactAt,
            child: { ...minimalCase.child, birthDate },
          };
          const expected = earliest > localDateOf(Date.parse(lastContactAt), zone);
          expect(issuesOf(c)).toEqual(
            expected ? [["case/born-after-last-contact", "child.birthDate"]] : [],
          );
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);
});

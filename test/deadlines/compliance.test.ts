import { describe, expect, it } from "vitest";
import { complianceDeadlines } from "../../src/deadlines/compliance.js";
import {
  DEADLINE_JURISDICTIONS,
  DEADLINE_RULES,
  DEADLINE_SOURCES,
} from "../../src/deadlines/rules.js";
import { deriveStatus } from "../../src/lifecycle/status.js";
import type { MissingCase } from "../../src/models/case.js";
import type { CaseEvent } from "../../src/models/case-event.js";
import { parseCase } from "../../src/parse/parse.js";
import { ruleById } from "../../src/rules/index.js";
import { BASE_CASE, caseWith, deepFreeze, eventOf } from "../lifecycle/fixtures.js";

// BASE_CASE: NY, reported 2025-02-02 21:15 EST (02:15Z on the 3rd), child born 2009-06-14.
const ENTER = eventOf("enter", "2025-02-02T22:30:00-05:00"); // 03:30Z on the 3rd

function withEvents(events: CaseEvent[], overrides: Partial<MissingCase> = {}): MissingCase {
  const c = caseWith({ ...overrides, events, status: deriveStatus(events) });
  expect(parseCase(c).ok).toBe(true);
  return c;
}

const byRule = (c: MissingCase) =>
  Object.fromEntries(complianceDeadlines(c).map((d) => [d.rule, d]));
const rules = (c: MissingCase) => complianceDeadlines(c).map((d) => d.rule);

describe("complianceDeadlines: which apply", () => {
  it("a fresh NY case of a 15-year-old at home: NCIC and NamUs entry, the long-term mark", () => {
    expect(complianceDeadlines(BASE_CASE)).toEqual([
      {
        rule: "ncic-entry",
        ruleId: "FED-4",
        jurisdiction: "US",
        dueAt: "2025-02-03T04:15:00.000Z",
        source: DEADLINE_SOURCES["ncic-entry"],
      },
      {
        rule: "namus-entry",
        ruleId: "FED-10",
        jurisdiction: "US",
        dueAt: "2025-02-03T04:15:00.000Z",
        source: DEADLINE_SOURCES["namus-entry"],
      },
      {
        rule: "long-term-missing",
        ruleId: "NC-2",
        jurisdiction: "US",
        dueAt: "2025-08-03T01:15:00.000Z", // 21:15 EDT: same local time after the DST change
        source: DEADLINE_SOURCES["long-term-missing"],
      },
    ]);
  });
  it("lists every federal and New York rule in the documented order when all apply", () => {
    const c = withEvents([ENTER], { missingFrom: "foster-care" });
    const ours = DEADLINE_RULES.filter((r) => ["US", "US-NY"].includes(DEADLINE_JURISDICTIONS[r]));
    // Profile order, the milestone last.
    expect(rules(c)).toEqual([
      ...ours.filter((r) => r !== "long-term-missing"),
      "long-term-missing",
    ]);
    expect(rules(c)).toEqual([
      "ncic-entry",
      "namus-entry",
      "ncic-verification",
      "foster-care-report",
      "ncmec-notice",
      "ny-namus-referral",
      "long-term-missing",
    ]);
  });
  it("every deadline names its rule and cites it with a source address", () => {
    const c = withEvents([ENTER], { missingFrom: "foster-care" });
    for (const d of complianceDeadlines(c)) {
      expect(ruleById(d.ruleId)).toBeDefined();
      expect(d.source).toBe(DEADLINE_SOURCES[d.rule]);
      expect(d.source.startsWith(`${d.ruleId}`)).toBe(true);
      expect(d.source).toMatch(/https:\/\/\S+$/);
    }
    expect(complianceDeadlines(c).map((d) => d.ruleId)).toEqual([
      "FED-4",
      "FED-10",
      "FED-5",
      "FED-7",
      "FED-7",
      "NY-3",
      "NC-2",
    ]);
  });
  it("a cancelled case has none", () => {
    const c = withEvents([ENTER, eventOf("cancel", "2025-02-03T08:00:00-05:00")], {
      missingFrom: "group-home",
    });
    expect(complianceDeadlines(c)).toEqual([]);
  });
});

describe("ncic-entry (FED-4): under 21 at report, in the case's zone", () => {
  const born = (birthDate: string) => caseWith({ child: { ...BASE_CASE.child, birthDate } });
  it("applies the day before the 21st birthday, not on it", () => {
    // Reported on 2 February local (3 February in UTC).
    expect(rules(born("2004-02-03"))).toContain("ncic-entry");
    expect(rules(born("2004-02-02"))).not.toContain("ncic-entry");
  });
  it("applies when a partial birth date leaves the age uncertain (20 or 21)", () => {
    expect(rules(born("2004"))).toContain("ncic-entry");
    expect(rules(born("2003-12"))).not.toContain("ncic-entry");
  });
  it("is due exactly 2 hours after the report and satisfied by the first enter", () => {
    const onTime = byRule(withEvents([eventOf("enter", "2025-02-02T23:15:00-05:00")]));
    expect(onTime["ncic-entry"]).toMatchObject({
      dueAt: "2025-02-03T04:15:00.000Z",
      satisfiedAt: "2025-02-03T04:15:00.000Z",
    });
    const late = byRule(withEvents([eventOf("enter", "2025-02-02T23:15:00.001-05:00")]));
    expect(late["ncic-entry"]?.satisfiedAt).toBe("2025-02-03T04:15:00.001Z");
  });
});

describe("ncic-verification (FED-5): entry + 30 calendar days", () => {
  it("is due 30 local days after the enter, satisfied by the first verify after it", () => {
    const verify = eventOf("verify", "2025-03-04T22:30:00-05:00");
    const c = withEvents([ENTER, eventOf("verify", "2025-02-20T09:00:00-05:00"), verify]);
    expect(byRule(c)["ncic-verification"]).toEqual({
      rule: "ncic-verification",
      ruleId: "FED-5",
      jurisdiction: "US",
      dueAt: "2025-03-05T03:30:00.000Z",
      satisfiedAt: "2025-02-20T14:00:00.000Z",
      source: DEADLINE_SOURCES["ncic-verification"],
    });
  });
  it("keeps the local time across spring-forward: 29 days 23 hours", () => {
    const c = withEvents([eventOf("enter", "2025-02-20T10:00:00-05:00")]);
    expect(byRule(c)["ncic-verification"]?.dueAt).toBe("2025-03-22T14:00:00.000Z");
  });
  it("gives an entry time that the DST change skips the first valid instant (03:00 EDT)", () => {
    const c = withEvents([eventOf("enter", "2025-02-07T02:30:00-05:00")]);
    expect(byRule(c)["ncic-verification"]?.dueAt).toBe("2025-03-09T07:00:00.000Z");
  });
  it("does not apply before an entry; a locate without one is not an entry", () => {
    expect(rules(withEvents([eventOf("locate", "2025-02-03T08:00:00-05:00")]))).toEqual([
      "ncic-entry",
      "namus-entry",
    ]);
  });
});

describe("foster-care-report and ncmec-notice (FED-6, FED-7): report + 24 h", () => {
  const inCare = (missingFrom: MissingCase["missingFrom"], events: CaseEvent[] = []) =>
    withEvents(events, missingFrom === undefined ? {} : { missingFrom });
  it("apply to foster care, group homes and residential facilities only", () => {
    for (const from of ["foster-care", "group-home", "residential-facility"] as const) {
      expect(rules(inCare(from))).toEqual([
        "ncic-entry",
        "namus-entry",
        "foster-care-report",
        "ncmec-notice",
        "long-term-missing",
      ]);
    }
    for (const from of ["home", "other", undefined] as const) {
      expect(rules(inCare(from))).toEqual(["ncic-entry", "namus-entry", "long-term-missing"]);
    }
  });
  it("are exactly 24 hours, even across a DST change", () => {
    const c = caseWith({ missingFrom: "group-home", reportedAt: "2025-03-08T12:00:00-05:00" });
    expect(byRule(c)["foster-care-report"]?.dueAt).toBe("2025-03-09T17:00:00.000Z");
  });
  it("are satisfied by the first enter and the first notice to NCMEC", () => {
    const c = inCare("foster-care", [
      eventOf("notify", "2025-02-02T21:45:00-05:00"),
      { type: "notify", at: "2025-02-02T21:50:00-05:00", recipient: "namus" },
      ENTER,
      eventOf("notify", "2025-02-04T09:00:00-05:00"),
    ]);
    expect(byRule(c)["foster-care-report"]?.satisfiedAt).toBe("2025-02-03T03:30:00.000Z");
    expect(byRule(c)["ncmec-notice"]?.satisfiedAt).toBe("2025-02-03T02:45:00.000Z");
  });
  it("a notice to another recipient does not satisfy the NCMEC notice", () => {
    const c = inCare("group-home", [
      { type: "notify", at: "2025-02-02T21:50:00-05:00", recipient: "clearinghouse" },
    ]);
    expect(byRule(c)["ncmec-notice"]).not.toHaveProperty("satisfiedAt");
  });
});

describe("ny-namus-referral (NY-3): entry + 30 or 180 days in New York", () => {
  it("is 180 days when no risk is established (an unknown fact is not a risk)", () => {
    const d = byRule(withEvents([ENTER]))["ny-namus-referral"];
    expect(d?.dueAt).toBe("2025-08-02T02:30:00.000Z"); // 1 August 22:30 EDT
    expect(d).not.toHaveProperty("satisfiedAt");
  });
  it("is 30 days when physical safety is at risk", () => {
    const c = withEvents([ENTER], { facts: { physicalSafetyAtRisk: true } });
    expect(byRule(c)["ny-namus-referral"]?.dueAt).toBe("2025-03-05T03:30:00.000Z");
    const safe = withEvents([ENTER], { facts: { physicalSafetyAtRisk: false } });
    expect(byRule(safe)["ny-namus-referral"]?.dueAt).toBe("2025-08-02T02:30:00.000Z");
  });
  it("is 30 days with any endangerment indicator, recorded or derived from the age", () => {
    const drugs = withEvents([ENTER], { riskIndicators: ["hard-drug-use"] });
    expect(byRule(drugs)["ny-namus-referral"]?.dueAt).toBe("2025-03-05T03:30:00.000Z");
    const young = withEvents([ENTER], {
      child: { ...BASE_CASE.child, birthDate: "2013-01-01" },
    });
    expect(byRule(young)["ny-namus-referral"]?.dueAt).toBe("2025-03-05T03:30:00.000Z");
    const trafficking = withEvents([ENTER], { riskIndicators: ["no-id"] });
    expect(byRule(trafficking)["ny-namus-referral"]?.dueAt).toBe("2025-08-02T02:30:00.000Z");
  });
  it("is satisfied by the first notice to NamUs", () => {
    const c = withEvents([
      ENTER,
      { type: "notify", at: "2025-03-01T12:00:00-05:00", recipient: "namus" },
    ]);
    expect(byRule(c)["ny-namus-referral"]?.satisfiedAt).toBe("2025-03-01T17:00:00.000Z");
  });
  it("applies only to New York cases with an entry", () => {
    expect(rules(withEvents([ENTER], { state: "VT" }))).not.toContain("ny-namus-referral");
    const { state: _state, ...noState } = withEvents([ENTER]);
    expect(rules(noState)).not.toContain("ny-namus-referral");
    expect(rules(BASE_CASE)).not.toContain("ny-namus-referral");
  });
});

describe("long-term-missing (NC-2): report + 6 calendar months while not located", () => {
  const located = [ENTER, eventOf("locate", "2025-03-01T12:00:00-05:00")];
  it("does not apply once located or closed", () => {
    expect(rules(withEvents(located))).not.toContain("long-term-missing");
  });
  it("applies again after a reopen voids the locate, never satisfied", () => {
    const c = withEvents([...located, eventOf("reopen", "2025-03-02T12:00:00-05:00")]);
    expect(byRule(c)["long-term-missing"]).toEqual({
      rule: "long-term-missing",
      ruleId: "NC-2",
      jurisdiction: "US",
      dueAt: "2025-08-03T01:15:00.000Z",
      source: DEADLINE_SOURCES["long-term-missing"],
    });
  });
  it("ends on the last day of a shorter month", () => {
    const c = caseWith({
      reportedAt: "2024-08-31T10:00:00-04:00",
      lastContactAt: "2024-08-31T09:00:00-04:00",
    });
    expect(byRule(c)["long-term-missing"]?.dueAt).toBe("2025-02-28T15:00:00.000Z");
  });
});

describe("complianceDeadlines: purity and misuse", () => {
  it("works on a deep-frozen case and leaves it untouched", () => {
    const c = deepFreeze(withEvents([ENTER], { missingFrom: "foster-care" }));
    const before = JSON.stringify(c);
    expect(complianceDeadlines(c)).toHaveLength(7);
    expect(JSON.stringify(c)).toBe(before);
  });
  it("throws naming the field, never quoting it", () => {
    expect(() => complianceDeadlines(caseWith({ reportedAt: "2025-02-02 secret" }))).toThrow(
      new RangeError("c.reportedAt must be an RFC 3339 date-time with Z or an offset"),
    );
    expect(() => complianceDeadlines(caseWith({ timeZone: "Mars/Base" }))).toThrow(
      /timeZone must be an IANA time zone/,
    );
    expect(() => complianceDeadlines(null as unknown as MissingCase)).toThrow(TypeError);
  });
});

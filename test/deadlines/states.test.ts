import { describe, expect, it } from "vitest";
import { complianceDeadlines } from "../../src/deadlines/compliance.js";
import { overdueDeadlines } from "../../src/deadlines/overdue.js";
import { deriveStatus } from "../../src/lifecycle/status.js";
import type { MissingCase } from "../../src/models/case.js";
import type { CaseEvent } from "../../src/models/case-event.js";
import { parseCase } from "../../src/parse/parse.js";
import { caseWith } from "../lifecycle/fixtures.js";

/** A valid case in `state`, in `zone`, reported and last seen at the given instants. */
function inState(
  state: string,
  zone: string,
  overrides: Partial<MissingCase> = {},
  events: CaseEvent[] = [],
): MissingCase {
  const c = caseWith({
    state: state as MissingCase["state"],
    timeZone: zone,
    ...overrides,
    events,
    status: deriveStatus(events),
  });
  const parsed = parseCase(c);
  expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.issues)).toBe(true);
  return c;
}

const rules = (c: MissingCase) => complianceDeadlines(c).map((d) => d.rule);
const byRule = (c: MissingCase) =>
  Object.fromEntries(complianceDeadlines(c).map((d) => [d.rule, d]));

const LA = "America/Los_Angeles";
const CHI = "America/Chicago";
const CA_CASE = {
  reportedAt: "2025-02-02T18:15:00-08:00",
  lastContactAt: "2025-02-02T13:00:00-08:00",
};

describe("which profiles a case gets (DL-5)", () => {
  it("a California case gets California's deadlines beside the federal ones", () => {
    const c = inState("CA", LA, CA_CASE);
    expect(rules(c)).toEqual([
      "ncic-entry",
      "namus-entry",
      "ca-clets-entry",
      "ca-school-notice",
      "long-term-missing",
    ]);
    expect(complianceDeadlines(c).map((d) => d.jurisdiction)).toEqual([
      "US",
      "US",
      "US-CA",
      "US-CA",
      "US",
    ]);
    expect(byRule(c)["ca-clets-entry"]?.dueAt).toBe("2025-02-03T04:15:00.000Z");
    expect(byRule(c)["ca-school-notice"]?.dueAt).toBe("2025-02-13T02:15:00.000Z");
  });
  it("a New York case gets New York's NamUs referral, not California's", () => {
    const enter: CaseEvent = { type: "enter", at: "2025-02-02T22:30:00-05:00", category: "EMJ" };
    const ny = rules(inState("NY", "America/New_York", {}, [enter]));
    expect(ny).toContain("ny-namus-referral");
    expect(ny.filter((r) => r.startsWith("ca-"))).toEqual([]);
  });
  it("a case in a state with no profile, or with no state, gets the federal baseline only", () => {
    const federal = ["ncic-entry", "namus-entry", "long-term-missing"];
    expect(rules(inState("WY", "America/Denver"))).toEqual(federal);
    const { state: _, ...noState } = caseWith({});
    expect(rules(noState as MissingCase)).toEqual(federal);
  });
  it("options.jurisdictions reads the case against the profiles named, in profile order", () => {
    const c = inState("WY", "America/Denver");
    expect(
      complianceDeadlines(c, { jurisdictions: ["US-CA", "US"] }).map((d) => d.jurisdiction),
    ).toEqual(["US", "US", "US-CA", "US-CA", "US"]);
    expect(complianceDeadlines(c, { jurisdictions: ["US-CA"] }).map((d) => d.rule)).toEqual([
      "ca-clets-entry",
      "ca-school-notice",
    ]);
    expect(() => complianceDeadlines(c, { jurisdictions: ["US-WY" as "US"] })).toThrow(
      /options\.jurisdictions/,
    );
  });
});

describe("California (CA-5, CA-6, CA-7)", () => {
  const born = (age: number) => `${2025 - age - 1}-06-14`;
  const child = (age: number) => ({ ...caseWith({}).child, birthDate: born(age) });
  it("the 2-hour transmission: under 21 at any risk, 21 and over only at risk", () => {
    expect(rules(inState("CA", LA, { ...CA_CASE, child: child(20) }))).toContain("ca-clets-entry");
    expect(rules(inState("CA", LA, { ...CA_CASE, child: child(21) }))).not.toContain(
      "ca-clets-entry",
    );
    const atRisk = inState("CA", LA, {
      ...CA_CASE,
      child: child(21),
      facts: { physicalSafetyAtRisk: true },
    });
    expect(rules(atRisk)).toContain("ca-clets-entry");
  });
  it("the school notice is for a child under 18, 10 calendar days after the report", () => {
    expect(rules(inState("CA", LA, { ...CA_CASE, child: child(17) }))).toContain(
      "ca-school-notice",
    );
    expect(rules(inState("CA", LA, { ...CA_CASE, child: child(18) }))).not.toContain(
      "ca-school-notice",
    );
  });
  it("the report of a finding runs from the locate, 24 hours, met only by a later notice", () => {
    const events: CaseEvent[] = [
      { type: "notify", at: "2025-02-02T19:00:00-08:00", recipient: "law-enforcement" },
      { type: "locate", at: "2025-02-05T09:00:00-08:00", condition: "safe" },
    ];
    const c = inState("CA", LA, CA_CASE, events);
    expect(byRule(c)["ca-found-report"]).toMatchObject({
      dueAt: "2025-02-06T17:00:00.000Z",
      jurisdiction: "US-CA",
    });
    expect(byRule(c)["ca-found-report"]?.satisfiedAt).toBeUndefined();
    expect(byRule(c)["ca-found-report"]?.lapsedAt).toBeUndefined();
    const told = inState("CA", LA, CA_CASE, [
      ...events,
      { type: "notify", at: "2025-02-06T09:00:00-08:00", recipient: "law-enforcement" },
    ]);
    expect(byRule(told)["ca-found-report"]?.satisfiedAt).toBe("2025-02-06T17:00:00.000Z");
    // The school notice lapsed with the locate (DL-2), the transmission was met early.
    expect(byRule(c)["ca-school-notice"]?.lapsedAt).toBe("2025-02-05T17:00:00.000Z");
    expect(byRule(c)["ca-clets-entry"]?.lapsedAt).toBeUndefined();
  });
});

describe("namus-entry (FED-10): 2 hours, for reports since 27 December 2022", () => {
  it("is due exactly 2 hours after the report and met by the first notice to NamUs", () => {
    const at2h: CaseEvent = { type: "notify", at: "2025-02-02T23:15:00-05:00", recipient: "namus" };
    const c = inState("NY", "America/New_York", {}, [at2h]);
    expect(byRule(c)["namus-entry"]).toMatchObject({
      ruleId: "FED-10",
      dueAt: "2025-02-03T04:15:00.000Z",
      satisfiedAt: "2025-02-03T04:15:00.000Z",
    });
    const fresh = inState("NY", "America/New_York");
    expect(overdueDeadlines(fresh, "2025-02-02T23:15:00-05:00").map((d) => d.rule)).toEqual([]);
    expect(overdueDeadlines(fresh, "2025-02-02T23:15:00.001-05:00").map((d) => d.rule)).toEqual([
      "ncic-entry",
      "namus-entry",
    ]);
  });
  it("applies from the local date 27 December 2022, not the day before", () => {
    const on = (at: string) =>
      rules(inState("NY", "America/New_York", { reportedAt: at, lastContactAt: at }));
    expect(on("2022-12-26T23:59:59-05:00")).not.toContain("namus-entry");
    expect(on("2022-12-27T00:00:00-05:00")).toContain("namus-entry");
    // 27 December in UTC but still the 26th in New York.
    expect(on("2022-12-26T20:00:00-05:00")).not.toContain("namus-entry");
  });
  it("applies under 21 at report, not at 21", () => {
    const child = (birthDate: string) => ({ ...caseWith({}).child, birthDate });
    expect(rules(inState("NY", "America/New_York", { child: child("2004-02-03") }))).toContain(
      "namus-entry",
    );
    expect(rules(inState("NY", "America/New_York", { child: child("2004-02-02") }))).not.toContain(
      "namus-entry",
    );
  });
  it("2 hours across the spring DST change are exact: 01:30 EST is due 04:30 EDT", () => {
    const at = "2025-03-09T01:30:00-05:00";
    const c = inState("NY", "America/New_York", { reportedAt: at, lastContactAt: at });
    expect(byRule(c)["namus-entry"]?.dueAt).toBe("2025-03-09T08:30:00.000Z");
    expect(byRule(c)["ncic-entry"]?.dueAt).toBe("2025-03-09T08:30:00.000Z");
  });
});

describe("ncic-verification (FED-5, FED-11): 30 days after the entry", () => {
  it("is met on the due instant and overdue a millisecond later", () => {
    const enter: CaseEvent = { type: "enter", at: "2025-02-02T22:30:00-05:00", category: "EMJ" };
    const c = inState("NY", "America/New_York", {}, [enter]);
    expect(byRule(c)["ncic-verification"]?.dueAt).toBe("2025-03-05T03:30:00.000Z");
    const due = "2025-03-04T22:30:00-05:00";
    expect(overdueDeadlines(c, due).map((d) => d.rule)).not.toContain("ncic-verification");
    expect(overdueDeadlines(c, "2025-03-04T22:30:00.001-05:00").map((d) => d.rule)).toContain(
      "ncic-verification",
    );
    const met = inState("NY", "America/New_York", {}, [enter, { type: "verify", at: due }]);
    expect(byRule(met)["ncic-verification"]?.satisfiedAt).toBe("2025-03-05T03:30:00.000Z");
  });
});

describe("Illinois registrar notice (IL-4): 5 business days", () => {
  const enterAt = (at: string): CaseEvent => ({ type: "enter", at, category: "EMJ" });
  const il = (at: string) =>
    inState("IL", CHI, { reportedAt: at, lastContactAt: at }, [enterAt(at)]);
  it("skips the observed Independence Day: Thursday 2 July 2026 is due Friday 10 July", () => {
    expect(byRule(il("2026-07-02T10:00:00-05:00"))["il-registrar-notice"]).toMatchObject({
      jurisdiction: "US-IL",
      ruleId: "IL-4",
      dueAt: "2026-07-10T15:00:00.000Z",
    });
  });
  it("skips New Year's Day observed on a Monday: Friday 30 December 2022 is due 9 January", () => {
    expect(byRule(il("2022-12-30T10:00:00-06:00"))["il-registrar-notice"]?.dueAt).toBe(
      "2023-01-09T16:00:00.000Z",
    );
  });
  it("is listed only once the child is entered, and only under 18", () => {
    const at = "2026-07-02T10:00:00-05:00";
    expect(rules(inState("IL", CHI, { reportedAt: at, lastContactAt: at }))).not.toContain(
      "il-registrar-notice",
    );
    const adult = { ...caseWith({}).child, birthDate: "2008-07-02" }; // 18 on the day
    const c = inState("IL", CHI, { reportedAt: at, lastContactAt: at, child: adult }, [
      enterAt(at),
    ]);
    expect(rules(c)).not.toContain("il-registrar-notice");
  });
});

describe("Texas (TX-2, TX-3, TX-6, TX-8)", () => {
  const tx = (overrides: Partial<MissingCase>) =>
    inState("TX", CHI, {
      reportedAt: "2025-02-02T20:15:00-06:00",
      lastContactAt: "2025-02-02T15:00:00-06:00",
      ...overrides,
    });
  it("a child gets the clearinghouse and NCMEC 2-hour notices and the 48-hour area notice", () => {
    const d = byRule(tx({}));
    expect(d["tx-clearinghouse-entry"]?.dueAt).toBe("2025-02-03T04:15:00.000Z");
    expect(d["tx-ncmec-notice"]?.dueAt).toBe("2025-02-03T04:15:00.000Z");
    expect(d["tx-area-notice"]?.dueAt).toBe("2025-02-05T02:15:00.000Z");
    // Earlier episodes not recorded: the high-risk notice may apply, so it is listed (DL-5).
    expect(d["tx-high-risk-notice"]?.dueAt).toBe("2025-02-03T04:15:00.000Z");
    expect(rules(tx({ priorEpisodes: 0 }))).not.toContain("tx-high-risk-notice");
  });
  it("the high-risk notice: 3 earlier episodes, or 1 from care, or at risk", () => {
    expect(rules(tx({ priorEpisodes: 3 }))).toContain("tx-high-risk-notice");
    expect(rules(tx({ priorEpisodes: 2 }))).not.toContain("tx-high-risk-notice");
    expect(rules(tx({ priorEpisodes: 1, missingFrom: "foster-care" }))).toContain(
      "tx-high-risk-notice",
    );
    expect(rules(tx({ priorEpisodes: 0, missingFrom: "foster-care" }))).not.toContain(
      "tx-high-risk-notice",
    );
  });
  it("a child missing from care: 24 hours to law enforcement and the court", () => {
    const d = byRule(tx({ missingFrom: "group-home", priorEpisodes: 0 }));
    expect(d["tx-dfps-report"]?.dueAt).toBe("2025-02-04T02:15:00.000Z");
    expect(d["tx-dfps-court-notice"]?.dueAt).toBe("2025-02-04T02:15:00.000Z");
  });
});

describe("Georgia (GA-5): the court report in 2 business days", () => {
  it("for a runaway from care, skipping the weekend", () => {
    const c = inState("GA", "America/New_York", {
      reportedAt: "2025-02-07T21:15:00-05:00", // a Friday
      lastContactAt: "2025-02-07T16:00:00-05:00",
      missingFrom: "foster-care",
    });
    expect(byRule(c)["ga-court-report"]?.dueAt).toBe("2025-02-12T02:15:00.000Z"); // Tue 11 Feb
  });
});

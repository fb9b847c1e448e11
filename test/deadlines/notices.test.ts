import { describe, expect, it } from "vitest";
import { requiredNotices } from "../../src/deadlines/notices.js";
import { deriveStatus } from "../../src/lifecycle/status.js";
import type { MissingCase } from "../../src/models/case.js";
import type { CaseEvent } from "../../src/models/case-event.js";
import { parseCase } from "../../src/parse/parse.js";
import { caseWith } from "../lifecycle/fixtures.js";

// Reported 2025-02-02: a child born 2014-02-02 is 11 that day, one born 2014-02-03 is 10.
function child(birthDate: string, state: string, events: CaseEvent[] = []): MissingCase {
  const base = caseWith({});
  const c = caseWith({
    state: state as MissingCase["state"],
    child: { ...base.child, birthDate },
    events,
    status: deriveStatus(events),
  });
  expect(parseCase(c).ok).toBe(true);
  return c;
}
const names = (c: MissingCase) => requiredNotices(c).map((n) => n.rule);

describe("requiredNotices: Texas school and birth-record notices (TX-7)", () => {
  it("a 10-year-old: the school and vital records, with no time set", () => {
    expect(requiredNotices(child("2014-02-03", "TX"))).toEqual([
      { rule: "tx-school-notice", ruleId: "TX-7", jurisdiction: "US-TX", recipient: "school" },
      {
        rule: "tx-birth-record-notice",
        ruleId: "TX-7",
        jurisdiction: "US-TX",
        recipient: "vital-records",
      },
    ]);
  });
  it("an 11-year-old, on the birthday: neither", () => {
    expect(names(child("2014-02-02", "TX"))).toEqual([]);
  });
  it("a birth year only that straddles 11 lists both (DL-5)", () => {
    expect(names(child("2014", "TX"))).toEqual(["tx-school-notice", "tx-birth-record-notice"]);
  });
  it("records the first notice to the recipient", () => {
    const told: CaseEvent = {
      type: "notify",
      at: "2025-02-03T09:00:00-05:00",
      recipient: "school",
    };
    const [school, birth] = requiredNotices(child("2014-02-03", "TX", [told]));
    expect(school?.notifiedAt).toBe("2025-02-03T14:00:00.000Z");
    expect(birth?.notifiedAt).toBeUndefined();
  });
});

describe("requiredNotices: Michigan's clearinghouse (MI-2), under 17", () => {
  it("a 16-year-old is a child under Michigan's act; a 17-year-old is not", () => {
    expect(names(child("2008-02-03", "MI"))).toEqual(["mi-clearinghouse-entry"]);
    expect(names(child("2008-02-02", "MI"))).toEqual([]);
  });
  it("a New York or Wyoming case has none of these", () => {
    expect(names(child("2014-02-03", "NY"))).toEqual([]);
    expect(names(child("2014-02-03", "WY"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseAgency, parseOperation } from "../../src/index.js";
import { makeAgency, makeOperation } from "../../src/testing/index.js";

describe("makeAgency and makeOperation", () => {
  it("make valid records over many seeds", () => {
    for (let seed = 0; seed < 100; seed++) {
      expect(parseAgency(makeAgency({}, { seed })).ok).toBe(true);
      expect(parseOperation(makeOperation({}, { seed })).ok).toBe(true);
    }
  });
  it("apply overrides", () => {
    expect(makeAgency({ id: "troy-pd", timeZone: "UTC" }).timeZone).toBe("UTC");
    const op = makeOperation({ caseIds: ["c-1"] }, { seed: 2 });
    expect(op.caseIds).toEqual(["c-1"]);
    expect(op.participantAgencyIds).toContain(op.leadAgencyId);
  });
  it("runs a three-day window ending at 17:00 local", () => {
    const op = makeOperation({}, { seed: 4 });
    expect(op.endsAt.slice(11, 16)).toBe("17:00");
    expect(Date.parse(op.endsAt) - Date.parse(op.startsAt)).toBeGreaterThan(2 * 86_400_000);
  });
});

import { describe, expect, it } from "vitest";
import { parseOperation } from "../../src/index.js";
import { operation } from "../fixtures/valid.js";

const codes = (v: unknown) => {
  const r = parseOperation(v);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")]);
};

describe("OperationSchema", () => {
  it("accepts an operation ending at the instant it starts", () => {
    expect(
      codes({
        ...operation,
        endsAt: "2025-04-08T12:00:00Z",
        startsAt: "2025-04-08T08:00:00-04:00",
      }),
    ).toEqual([]);
  });
  it("rejects one ending a second before it starts (operation/ends-before-start)", () => {
    expect(codes({ ...operation, endsAt: "2025-04-08T07:59:59-04:00" })).toEqual([
      ["operation/ends-before-start", "endsAt"],
    ]);
  });
  it("rejects a lead that is not a participant (operation/lead-not-participant)", () => {
    expect(codes({ ...operation, participantAgencyIds: ["albany-pd"] })).toEqual([
      ["operation/lead-not-participant", "leadAgencyId"],
    ]);
  });
  it("accepts no cases, and rejects an empty case id", () => {
    expect(codes({ ...operation, caseIds: [] })).toEqual([]);
    expect(codes({ ...operation, caseIds: [""] })).toEqual([["schema/too-small", "caseIds.0"]]);
  });
});

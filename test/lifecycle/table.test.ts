import { describe, expect, it } from "vitest";
import { allowedEvents, INITIAL_STATUS } from "../../src/lifecycle/table.js";
import type { CaseStatus } from "../../src/models/case-status.js";

describe("allowedEvents", () => {
  it("lists each status's events in the table's column order", () => {
    expect(INITIAL_STATUS).toBe("reported");
    expect(allowedEvents("reported")).toEqual(["enter", "notify", "locate", "cancel"]);
    expect(allowedEvents("active")).toEqual(["verify", "notify", "locate", "cancel"]);
    expect(allowedEvents("located")).toEqual(["verify", "notify", "clear", "reopen"]);
    expect(allowedEvents("closed")).toEqual(["notify", "reopen"]);
    expect(allowedEvents("cancelled")).toEqual([]);
  });
  it("throws naming the parameter on an unknown status", () => {
    expect(() => allowedEvents("lost" as CaseStatus)).toThrow(
      new RangeError("status must be a CaseStatus"),
    );
  });
});

import { describe, expect, it } from "vitest";
import { SAMPLE_RECORDS } from "../../src/cli/samples.js";
import { parseCase } from "../../src/index.js";

describe("parseCase on the bundled samples", () => {
  it("accepts the valid sample", () => {
    const r = parseCase(SAMPLE_RECORDS.valid);
    expect(r.ok).toBe(true);
  });
  it("reports last contact after the report", () => {
    const r = parseCase(SAMPLE_RECORDS["last contact after report"]);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["case/last-contact-after-report"]);
  });
});

/**
 * The demo read against another jurisdiction: `--state US-CA` counts California's line and
 * lists California's deadlines beside the federal ones; `--state US` the federal baseline
 * only. (The default, New York, is in `commands.test.ts`.) Two more synthetic years: slow.
 */
import { describe, expect, it } from "vitest";
import { cli } from "./support.js";

describe("demo --state", () => {
  it("US-CA: California's definitions and deadlines beside the federal ones", async () => {
    const r = await cli(["demo", "--state", "US-CA"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Definitions applied: US-CA (California): a missing child is under 18 at report (CA-1)",
    );
    expect(r.stdout).toContain("deadlines of US and US-CA.");
    for (const rule of ["ca-clets-entry", "ca-school-notice", "ncic-entry", "namus-entry"]) {
      expect(r.stdout).toContain(rule);
    }
    expect(r.stdout).not.toContain("ny-namus-referral");
  }, 60_000);

  it("US: the federal baseline only", async () => {
    const r = await cli(["demo", "--state", "US"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("a missing child is under 21 at report (FED-1)");
    expect(r.stdout).toContain("deadlines of US.");
    expect(r.stdout).not.toMatch(/\b(ca|ny|tx)-[a-z-]+\b/);
  }, 60_000);
});

import { afterAll, describe, expect, it } from "vitest";
import { syntheticYear } from "../../src/testing/index.js";
import { cli, hasControl, ndjson, tempFiles } from "./support.js";

const files = tempFiles("mcc-state-");
afterAll(files.remove);

const year = (state?: string) =>
  ndjson([...syntheticYear({ year: 2024, reports: 300, seed: 5, ...(state ? { state } : {}) })]);

describe("--state", () => {
  const mi = files.file("mi.ndjson", year("MI"));

  it("stats counts under the jurisdiction's age line and says whose definitions it applied", async () => {
    const r = await cli(["stats", mi, "--year", "2024", "--state", "US-MI"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Definitions: US-MI (Michigan): a missing child is under 17 at report (MI-1)",
    );
    expect(r.stdout).toContain("Reports in 2024 (under 17 at report)");
    const short = await cli(["stats", mi, "--year", "2024", "--state", "MI"]);
    expect(short.stdout).toBe(r.stdout);
    const json = JSON.parse(
      (await cli(["stats", mi, "--year", "2024", "--state", "MI", "--json"])).stdout,
    );
    expect(json.definitions).toEqual({ jurisdiction: "US-MI", ageLimit: 17, ruleId: "MI-1" });
    const under17 = json.statistics.reported;
    const all = JSON.parse((await cli(["stats", mi, "--year", "2024", "--json"])).stdout);
    expect(all.definitions).toEqual({ jurisdiction: null, ageLimit: 18, ruleId: null });
    expect(all.statistics.reported).toBeGreaterThan(under17);
  });

  it("--age-limit overrides the line, and the output says so", async () => {
    const r = await cli(["stats", mi, "--year", "2024", "--state", "US-IL", "--age-limit", "18"]);
    expect(r.stdout).toContain(
      "US-IL (Illinois): a missing child is under 21 at report (IL-1); counted under 18 (--age-limit)",
    );
  });

  it("an unknown jurisdiction is a usage error (exit 2) listing the valid ids, escaped", async () => {
    for (const cmd of [["stats", mi, "--year", "2024"], ["demo"]]) {
      const r = await cli([...cmd, "--state", "\u001b[2JWY"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(hasControl(r.stderr)).toBe(false);
      expect(r.stderr).toContain("\\u001b[2JWY");
      expect(r.stderr).toContain(
        "US, US-NY, US-CA, US-TX, US-FL, US-PA, US-IL, US-OH, US-GA, US-NC, US-MI",
      );
    }
    const long = await cli(["stats", mi, "--year", "2024", "--state", "X".repeat(5000)]);
    expect(long.code).toBe(2);
    expect(long.stderr.length).toBeLessThan(1000);
  });

  it("generate takes any USPS code or a profile id, in the state's zone", async () => {
    const ca = await cli([
      "generate",
      "--year",
      "2024",
      "--reports",
      "3",
      "--seed",
      "5",
      "--state",
      "US-CA",
    ]);
    expect(ca.code).toBe(0);
    const cases = ca.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(cases.map((c) => [c.state, c.timeZone])).toEqual([
      ["CA", "America/Los_Angeles"],
      ["CA", "America/Los_Angeles"],
      ["CA", "America/Los_Angeles"],
    ]);
    const wy = await cli([
      "generate",
      "--year",
      "2024",
      "--reports",
      "1",
      "--seed",
      "5",
      "--state",
      "WY",
    ]);
    expect(JSON.parse(wy.stdout).state).toBe("WY");
    const bad = await cli([
      "generate",
      "--year",
      "2024",
      "--reports",
      "1",
      "--seed",
      "5",
      "--state",
      "US-ZZ",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("US-CA");
  });
});

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod";
import {
  annualStatistics,
  type MissingCase,
  MissingCaseSchema,
  summarizeOperation,
} from "../../src/index.js";
import { makeCase, syntheticOperation, syntheticYear } from "../../src/testing/index.js";
import { bad, cli, hasControl, ndjson, tempFiles, valid } from "./support.js";

const files = tempFiles("mcc-commands-");
afterAll(files.remove);

describe("generate, then validate and stats", () => {
  const args = ["generate", "--year", "2024", "--reports", "500", "--seed", "11"];
  const year = join(files.dir, "year.ndjson");

  it("writes the testing kit's year as NDJSON, the same bytes every run", async () => {
    expect((await cli([...args, "--out", year])).code).toBe(0);
    const text = readFileSync(year, "utf8");
    expect(text).toBe(ndjson([...syntheticYear({ year: 2024, reports: 500, seed: 11 })]));
    expect((await cli(args)).stdout).toBe(text);
  });

  it("validates the generated file with exit 0", async () => {
    const r = await cli(["validate", year, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ records: 500, valid: 500, invalid: 0 });
  });

  it("summarises it with the library's annualStatistics", async () => {
    const r = await cli(["stats", year, "--year", "2024", "--json"]);
    expect(r.code).toBe(0);
    const expected = annualStatistics(syntheticYear({ year: 2024, reports: 500, seed: 11 }), {
      year: 2024,
    });
    expect(JSON.parse(r.stdout).statistics).toEqual(JSON.parse(JSON.stringify(expected)));
    const text = await cli(["stats", year, "--year", "2024"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Reports by month");
    expect(text.stdout).toContain("Still open at the end of 2024");
  });

  it("leaves bad records out of stats with exit 1", async () => {
    const r = await cli(["stats", "-", "--year", "2025"], {
      stdin: `${ndjson([valid, bad])}not json\n`,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 3: json/invalid");
    expect(r.stdout).toContain("1 valid records read, 2 invalid left out");
  });

  it("rejects missing or bad numbers with exit 2", async () => {
    expect((await cli(["generate", "--year", "2024", "--seed", "1"])).code).toBe(2);
    expect((await cli(["generate", "--year", "20x4", "--reports", "1", "--seed", "1"])).code).toBe(
      2,
    );
    const share = ["--runaway-share", "2"];
    expect(
      (await cli(["generate", "--year", "2024", "--reports", "1", "--seed", "1", ...share])).code,
    ).toBe(2);
    expect((await cli(["stats", "-"])).code).toBe(2);
  });

  it("takes the zone, state and runaway share of the testing kit", async () => {
    const options = ["--time-zone", "America/Chicago", "--state", "IL", "--runaway-share", "0.5"];
    const r = await cli([...args, ...options]);
    expect(r.code).toBe(0);
    const expected = syntheticYear({
      year: 2024,
      reports: 500,
      seed: 11,
      timeZone: "America/Chicago",
      state: "IL",
      runawayShare: 0.5,
    });
    expect(r.stdout).toBe(ndjson([...expected]));
    for (const [flag, value, message] of [
      ["--time-zone", "Mars/Olympus", "--time-zone must be an IANA time zone"],
      ["--state", "Illinois", '--state "Illinois" is not one of the USPS codes'],
      ["--runaway-share", " ", "--runaway-share must be a number from 0 to 1"],
    ]) {
      const u = await cli([...args, flag as string, value as string]);
      expect(u.code).toBe(2);
      expect(u.stderr).toContain(message);
    }
  });

  it("exits 2 naming the file when --out cannot be written", async () => {
    const r = await cli([...args, "--out", join(files.dir, "no", "such", "dir.ndjson")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dir\.ndjson: cannot write \(ENOENT\)/);
  });

  it.runIf(existsSync("/dev/full"))("exits 2 with one line when --out fills the disk", async () => {
    const r = await cli([...args, "--out", "/dev/full"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("missing-child-cases generate: /dev/full: cannot write (ENOSPC)\n");
  });
});

describe("operation", () => {
  const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });
  const later = new Date(Date.parse(operation.endsAt) + 8 * 86_400_000).toISOString();
  const op = files.file("op.json", JSON.stringify(operation, null, 2));
  const cs = files.file("op-cases.ndjson", ndjson([...cases, makeCase({}, { seed: 1 })]));

  it("summarises the operation with the library's summarizeOperation", async () => {
    const ag = files.file("agencies.json", JSON.stringify(agencies));
    const r = await cli(["operation", op, cs, "--agencies", ag, "--as-of", later, "--json"]);
    expect(r.code).toBe(0);
    const expected = summarizeOperation(operation, cases as MissingCase[], agencies, {
      asOf: later,
    });
    expect(JSON.parse(r.stdout).summary).toEqual(JSON.parse(JSON.stringify(expected)));
    const text = await cli(["operation", op, cs, "--agencies", ag]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("during the window");
  });

  it("exits 1 for an invalid operation or bad case records, 2 for a bad --as-of", async () => {
    const broken = files.file(
      "op-bad.json",
      JSON.stringify({ ...operation, leadAgencyId: "nobody" }),
    );
    const cs2 = files.file("op-cases2.ndjson", ndjson([...cases, bad]));
    const r = await cli(["operation", broken, cs2]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("operation/lead-not-participant");
    expect((await cli(["operation", op, cs2])).code).toBe(1);
    expect((await cli(["operation", op, cs2, "--as-of", "next week"])).code).toBe(2);
    expect((await cli(["operation", op])).code).toBe(2);
  });

  it("reads the operation from an array of one, and wants exactly one", async () => {
    const one = files.file("op-array.json", JSON.stringify([operation]));
    expect((await cli(["operation", one, cs])).code).toBe(0);
    const two = files.file("op-two.json", JSON.stringify([operation, operation]));
    const r = await cli(["operation", two, cs]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("expected one operation, found 2");
    const junk = await cli(["operation", files.file("op-junk.json", "{ nope"), cs]);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toContain("line 1: json/invalid");
  });

  it("fails with json/too-large on an operation file over the limit", async () => {
    const r = await cli(["operation", op, cs], { maxWholeBytes: 100 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("op.json: json/too-large:");
  });

  it("writes JSON without --agencies", async () => {
    const r = await cli(["operation", op, cs, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["summary", "cases", "errorLinesNotShown"]);
    expect(json.cases).toMatchObject({ records: cases.length + 1, invalid: 0 });
  });

  it("escapes the operation's name and ids in its text", async () => {
    const evil = { ...operation, name: "Op \u001b]0;owned\u0007\u009b2J" };
    const r = await cli(["operation", files.file("op-evil.json", JSON.stringify(evil)), cs]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Op \\u001b]0;owned\\u0007\\u009b2J");
    expect(hasControl(r.stdout)).toBe(false);
  });
});

describe("schema", () => {
  it("prints the JSON Schema of a model", async () => {
    const r = await cli(["schema", "case"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties).toEqual(
      (z.toJSONSchema(MissingCaseSchema) as { properties: unknown }).properties,
    );
    expect(JSON.parse((await cli(["schema", "case-event"])).stdout).oneOf).toBeDefined();
  });

  it("rejects an unknown name with exit 2", async () => {
    expect((await cli(["schema", "person"])).code).toBe(2);
    expect((await cli(["schema"])).code).toBe(2);
  });
});

describe("demo", () => {
  it("tours the library on synthetic data with exit 0", async () => {
    const r = await cli(["demo"]);
    expect(r.code).toBe(0);
    for (const part of [
      "annual statistics (2024)",
      "Reports by month",
      "Jan",
      "Dec",
      "Capital Region",
      "children and teens located (minors at report)  64",
      "2–17 / 6–22",
      "family-abduction (taken by a non-custodial parent)",
      "also located, reported separately",
      "Overdue dashboard",
      "ny-namus-referral",
      "lapsed because the child was found first",
      "NISMART-2 episode type",
      "complianceDeadlines",
      "ncic-entry",
      "lapsed 2024-03-28 21:52",
      "case/last-contact-after-report",
      "Privacy: what a public poster may show",
      "lastContactDate",
      "stateDiagram-v2",
      "located --> closed: clear",
      "Children, not reports",
      "children reported twice or more",
    ]) {
      expect(r.stdout).toContain(part);
    }
    expect((await cli(["demo", "extra"])).code).toBe(2);
  }, 30_000); // a 12,114-report year, linked: seconds on a loaded 2-core machine
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualStatistics, type MissingCase, summarizeOperation } from "../../src/index.js";
import { makeCase, makeChild, syntheticOperation, syntheticYear } from "../../src/testing/index.js";

// These tests spawn the BUILT command line: run `npm run build` first.
const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const PKG = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
let dir = "";

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ndjson = (records: unknown[]) => records.map((r) => `${JSON.stringify(r)}\n`).join("");

const valid = makeCase(
  {
    status: "active",
    child: makeChild({ name: { given: "Zebulon", family: "Quartz" }, birthDate: "2009-06-14" }),
  },
  { seed: 3 },
);
// A bad record holding values that must never be echoed: a name and a birth date.
const bad = { ...valid, lastContactAt: "2099-01-01T00:00:00Z" };

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  dir = mkdtempSync(join(tmpdir(), "mcc-cli-test-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("help, version, unknown commands", { timeout: 120_000 }, () => {
  it("prints help with exit 0", () => {
    const r = cli(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["validate", "stats", "operation", "generate", "schema", "demo"]) {
      expect(r.stdout).toContain(`missing-child-cases ${c}`);
    }
  });
  it("prints help on stderr with exit 2 when given nothing", () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage:");
  });
  it("prints the package version", () => {
    const r = cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(PKG.version);
  });
  it("rejects an unknown command and an unknown option with exit 2", () => {
    expect(cli(["frobnicate"]).code).toBe(2);
    const r = cli(["validate", "-", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: missing-child-cases validate");
  });
  it("prints a command's usage for --help", () => {
    const r = cli(["stats", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--year");
  });
});

describe("validate", { timeout: 120_000 }, () => {
  it("exits 0 when every record is valid", () => {
    const r = cli(["validate", file("ok.ndjson", ndjson([valid, makeCase({}, { seed: 4 })]))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid\s+2/);
    expect(r.stderr).toBe("");
  });

  it("reports bad and non-JSON lines by line number, code and path, never values, and goes on", () => {
    const text = `${JSON.stringify(valid)}\n${JSON.stringify(bad)}\n{"id": "Zebulon\n\n${JSON.stringify(valid)}\r\n`;
    const r = cli(["validate", file("mixed.ndjson", text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 2: case/last-contact-after-report at lastContactAt");
    expect(r.stderr).toContain("line 3: json/invalid");
    expect(r.stderr).not.toContain("line 4");
    expect(r.stderr).not.toContain("line 5");
    for (const secret of ["Zebulon", "Quartz", "2009-06-14", "2099"])
      expect(r.stderr).not.toContain(secret);
    expect(r.stdout).toMatch(/records\s+4/);
    expect(r.stdout).toMatch(/invalid\s+2/);
  });

  it("writes JSON for scripts with --json", () => {
    const r = cli(["validate", file("mixed2.ndjson", ndjson([valid, bad, 42])), "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      type: "case",
      records: 3,
      valid: 1,
      invalid: 2,
      invalidByCode: { "case/last-contact-after-report": 1, "schema/invalid-type": 1 },
    });
    const lines = r.stderr
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      line: 2,
      issues: [{ code: "case/last-contact-after-report", path: ["lastContactAt"] }],
    });
    expect(lines[1].line).toBe(3);
  });

  it("reads stdin for -", () => {
    const r = cli(["validate", "-"], ndjson([valid, bad]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 2: case/last-contact-after-report");
  });

  it("reads a JSON array and reports array indexes", () => {
    const r = cli([
      "validate",
      file("array.json", `  ${JSON.stringify([valid, bad, valid], null, 2)}`),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("index 1: case/last-contact-after-report");
    expect(r.stdout).toMatch(/records\s+3/);
  });

  it("validates other record types with --type", () => {
    const children = file(
      "children.ndjson",
      ndjson([makeChild(), { ...makeChild(), sex: "female" }]),
    );
    const r = cli(["validate", children, "--type", "child"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 2: schema/invalid-value at sex");
    expect(cli(["validate", children, "--type", "dog"]).code).toBe(2);
  });

  it("exits 2 for a missing file or a directory, naming the file", () => {
    const r = cli(["validate", join(dir, "nope.ndjson")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.ndjson");
    expect(cli(["validate", dir]).code).toBe(2);
    expect(cli(["validate"]).code).toBe(2);
  });

  it("draws no progress bar when stderr is not a terminal", () => {
    const r = cli(["validate", file("ok2.ndjson", ndjson([valid]))]);
    expect(r.stderr).not.toContain("\r");
  });
});

describe("generate, then validate and stats", { timeout: 120_000 }, () => {
  const args = ["generate", "--year", "2024", "--reports", "3000", "--seed", "11"];

  it("writes the testing kit's year as NDJSON, the same bytes every run", () => {
    const out = join(dir, "year.ndjson");
    expect(cli([...args, "--out", out]).code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toBe(ndjson([...syntheticYear({ year: 2024, reports: 3000, seed: 11 })]));
    expect(cli(args).stdout).toBe(text);
  });

  it("validates the generated file with exit 0", () => {
    const r = cli(["validate", join(dir, "year.ndjson"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ records: 3000, valid: 3000, invalid: 0 });
  });

  it("summarises it with the library's annualStatistics", () => {
    const r = cli(["stats", join(dir, "year.ndjson"), "--year", "2024", "--json"]);
    expect(r.code).toBe(0);
    const expected = annualStatistics(syntheticYear({ year: 2024, reports: 3000, seed: 11 }), {
      year: 2024,
    });
    expect(JSON.parse(r.stdout).statistics).toEqual(JSON.parse(JSON.stringify(expected)));
    const text = cli(["stats", join(dir, "year.ndjson"), "--year", "2024"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Reports by month");
    expect(text.stdout).toContain("Still open at the end of 2024");
  });

  it("leaves bad records out of stats with exit 1", () => {
    const r = cli(["stats", "-", "--year", "2025"], `${ndjson([valid, bad])}not json\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 3: json/invalid");
    expect(r.stdout).toContain("1 valid records read, 2 invalid left out");
  });

  it("rejects missing or bad numbers with exit 2", () => {
    expect(cli(["generate", "--year", "2024", "--seed", "1"]).code).toBe(2);
    expect(cli(["generate", "--year", "20x4", "--reports", "1", "--seed", "1"]).code).toBe(2);
    expect(
      cli(["generate", "--year", "2024", "--reports", "1", "--seed", "1", "--runaway-share", "2"])
        .code,
    ).toBe(2);
    expect(cli(["stats", "-"]).code).toBe(2);
  });
});

describe("operation", { timeout: 120_000 }, () => {
  const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });
  const later = new Date(Date.parse(operation.endsAt) + 8 * 86_400_000).toISOString();

  it("summarises the operation with the library's summarizeOperation", () => {
    const op = file("op.json", JSON.stringify(operation));
    const cs = file("op-cases.ndjson", ndjson([...cases, makeCase({}, { seed: 1 })]));
    const ag = file("agencies.json", JSON.stringify(agencies));
    const r = cli(["operation", op, cs, "--agencies", ag, "--as-of", later, "--json"]);
    expect(r.code).toBe(0);
    const expected = summarizeOperation(operation, cases as MissingCase[], agencies, {
      asOf: later,
    });
    expect(JSON.parse(r.stdout).summary).toEqual(JSON.parse(JSON.stringify(expected)));
    const text = cli(["operation", op, cs, "--agencies", ag]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("during the window");
  });

  it("exits 1 for an invalid operation or bad case records, 2 for a bad --as-of", () => {
    const broken = file("op-bad.json", JSON.stringify({ ...operation, leadAgencyId: "nobody" }));
    const cs = file("op-cases2.ndjson", ndjson([...cases, bad]));
    const r = cli(["operation", broken, cs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("operation/lead-not-participant");
    const op = file("op2.json", JSON.stringify(operation));
    expect(cli(["operation", op, cs]).code).toBe(1);
    expect(cli(["operation", op, cs, "--as-of", "next week"]).code).toBe(2);
    expect(cli(["operation", op]).code).toBe(2);
  });
});

describe("schema", { timeout: 120_000 }, () => {
  it("prints the generated JSON Schema", () => {
    const r = cli(["schema", "case"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.reportedAt).toBeDefined();
    expect(JSON.parse(cli(["schema", "case-event"]).stdout).oneOf).toBeDefined();
  });
  it("rejects an unknown name with exit 2", () => {
    expect(cli(["schema", "person"]).code).toBe(2);
    expect(cli(["schema"]).code).toBe(2);
  });
});

describe("demo", { timeout: 120_000 }, () => {
  it("tours the library on synthetic data with exit 0", () => {
    const r = cli(["demo"]);
    expect(r.code).toBe(0);
    for (const part of [
      "annual statistics (2024)",
      "Reports by month",
      "Jan",
      "Dec",
      "Capital Region",
      "during the window",
      "NISMART-2 episode type",
      "complianceDeadlines",
      "ncic-entry",
      "case/last-contact-after-report",
      "Privacy: what a public poster may show",
      "lastContactDate",
      "stateDiagram-v2",
      "located --> closed: clear",
    ]) {
      expect(r.stdout).toContain(part);
    }
    expect(cli(["demo", "extra"]).code).toBe(2);
  }, 60_000);
});

import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { makeCase, makeChild } from "../../src/testing/index.js";
import { bad, cli, ndjson, SECRETS, tempFiles, valid } from "./support.js";

const files = tempFiles("mcc-validate-");
afterAll(files.remove);

describe("validate", () => {
  it("exits 0 when every record is valid", async () => {
    const r = await cli([
      "validate",
      files.file("ok.ndjson", ndjson([valid, makeCase({}, { seed: 4 })])),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid\s+2/);
    expect(r.stderr).toBe("");
  });

  it("reports bad and non-JSON lines by line number, code and path, never values, and goes on", async () => {
    const text = `${JSON.stringify(valid)}\n${JSON.stringify(bad)}\n{"id": "Zebulon\n\n${JSON.stringify(valid)}\r\n`;
    const r = await cli(["validate", files.file("mixed.ndjson", text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 2: case/last-contact-after-report at lastContactAt");
    expect(r.stderr).toContain("line 3: json/invalid");
    expect(r.stderr).not.toContain("line 4");
    expect(r.stderr).not.toContain("line 5");
    for (const secret of SECRETS) expect(r.stderr + r.stdout).not.toContain(secret);
    expect(r.stdout).toMatch(/records\s+4/);
    expect(r.stdout).toMatch(/invalid\s+2/);
  });

  it("writes JSON for scripts with --json", async () => {
    const r = await cli(["validate", "-", "--json"], { stdin: ndjson([valid, bad, 42]) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      type: "case",
      records: 3,
      valid: 1,
      invalid: 2,
      invalidByCode: { "case/last-contact-after-report": 1, "schema/invalid-type": 1 },
      errorLinesNotShown: 0,
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

  it("reads stdin for -", async () => {
    const r = await cli(["validate", "-"], { stdin: ndjson([valid, bad]) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 2: case/last-contact-after-report");
    expect(r.stdout).toContain("case records in stdin");
  });

  it("reads a JSON array and reports array indexes", async () => {
    const text = `  ${JSON.stringify([valid, bad, valid], null, 2)}`;
    const r = await cli(["validate", files.file("array.json", text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("index 1: case/last-contact-after-report");
    expect(r.stdout).toMatch(/records\s+3/);
  });

  it("reads one pretty-printed JSON object as a file of one record", async () => {
    const ok = await cli(["validate", files.file("one.json", JSON.stringify(valid, null, 2))]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/records\s+1\n\s+valid\s+1\n/);
    const no = await cli(["validate", "-"], { stdin: `\n${JSON.stringify(bad, null, 4)}\n` });
    expect(no.code).toBe(1);
    expect(no.stdout).toMatch(/records\s+1\n/);
    expect(no.stderr).toBe(
      "line 2: case/last-contact-after-report at lastContactAt: lastContactAt must not be after reportedAt\n",
    );
  });

  it("still reads NDJSON whose first record is broken, line by line", async () => {
    const text = `{"id": "Zebulon\n${ndjson([valid, bad])}`;
    const r = await cli(["validate", "-", "--json"], { stdin: text });
    expect(JSON.parse(r.stdout)).toMatchObject({ records: 3, valid: 1, invalid: 2 });
    expect(r.stderr.split("\n").map((l) => l && JSON.parse(l).line)).toEqual([1, 3, ""]);
  });

  it("fails with json/too-large and exit 2 on an array over the limit, naming NDJSON", async () => {
    const text = JSON.stringify([valid, valid, valid]);
    const path = files.file("big.json", text);
    const r = await cli(["validate", path], { maxWholeBytes: 2000 });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `missing-child-cases validate: ${path}: json/too-large: JSON array or object too large to read whole; write one record a line (NDJSON) instead (limit 2,000 bytes)\n`,
    );
    // Under the limit, or as NDJSON, the same records are read.
    expect((await cli(["validate", path], { maxWholeBytes: text.length })).code).toBe(0);
    const lines = await cli(["validate", "-"], {
      stdin: ndjson([valid, valid, valid]),
      maxWholeBytes: 2000,
    });
    expect(lines.code).toBe(0);
  });

  it("validates other record types with --type", async () => {
    const children = files.file(
      "children.ndjson",
      ndjson([makeChild(), { ...makeChild(), sex: "female" }]),
    );
    const r = await cli(["validate", children, "--type", "child"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 2: schema/invalid-value at sex");
    expect((await cli(["validate", children, "--type", "dog"])).code).toBe(2);
  });

  it("exits 2 for a missing file or a directory, naming the file", async () => {
    const r = await cli(["validate", join(files.dir, "nope.ndjson")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.ndjson: cannot read (ENOENT)");
    expect((await cli(["validate", files.dir])).stderr).toContain("not a file");
    expect((await cli(["validate"])).code).toBe(2);
  });

  it("exits 2 when the input fails while it is read", async () => {
    const stdin = new Readable({
      read() {
        this.destroy(Object.assign(new Error("disk"), { code: "EIO" }));
      },
    });
    const r = await cli(["validate", "-"], { stdin });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("missing-child-cases validate: cannot read input (EIO)\n");
  });
});

describe("--max-errors", () => {
  const many = ndjson(Array.from({ length: 30 }, () => bad));

  it("caps the error lines and says how many were left out; the summary counts all", async () => {
    const r = await cli(["validate", "-", "--max-errors", "5"], { stdin: many });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[4]).toMatch(/^line 5: case\/last-contact-after-report/);
    expect(lines[5]).toBe(
      "… 25 more error line(s) not shown (--max-errors 5); the summary counts them all",
    );
    expect(r.stdout).toMatch(/invalid\s+30\n/);
    expect(r.stdout).toMatch(/case\/last-contact-after-report\s+30\n/);
  });

  it("caps within a record, counts lines with --json, and allows 0", async () => {
    const twoIssues = { ...valid, nickname: "x", alias: "y" };
    const r = await cli(["validate", "-", "--max-errors", "3"], {
      stdin: ndjson([twoIssues, twoIssues]),
    });
    expect(r.stderr.match(/schema\/unknown-key/g)).toHaveLength(3);
    expect(r.stderr).toContain("… 1 more error line(s) not shown");
    const json = await cli(["validate", "-", "--json", "--max-errors", "2"], { stdin: many });
    expect(json.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ invalid: 30, errorLinesNotShown: 28 });
    const none = await cli(["validate", "-", "--max-errors", "0"], { stdin: many });
    expect(none.stderr).toBe(
      "… 30 more error line(s) not shown (--max-errors 0); the summary counts them all\n",
    );
  });

  it("is 100 by default, and must be a whole number", async () => {
    const r = await cli(["validate", "-"], {
      stdin: ndjson(Array.from({ length: 150 }, () => bad)),
    });
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(101);
    for (const n of ["-1", "x", "1.5"]) {
      const u = await cli(["validate", "-", `--max-errors=${n}`]);
      expect(u.code).toBe(2);
      expect(u.stderr).toContain("--max-errors must be an integer");
    }
  });
});

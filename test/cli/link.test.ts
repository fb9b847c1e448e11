import { describe, expect, it } from "vitest";
import { linkCases } from "../../src/index.js";
import { makeCase, syntheticYear } from "../../src/testing/index.js";
import { bad, cli, hasControl, ndjson, SECRETS, valid } from "./support.js";

// The child of `valid` reported again, by another agency, under another case id.
const again = makeCase(
  { child: { ...valid.child, id: "troy-77" }, reportingAgencyId: "troy-pd", status: "closed" },
  { seed: 8 },
);
const other = makeCase({}, { seed: 21 });

describe("link", () => {
  it("prints the children with two or more reports, never a name or a birth date", async () => {
    const r = await cli(["link", "-"], { stdin: ndjson([valid, again, other]) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 valid reports are 2 children; 1 of them have two or more");
    expect(r.stdout).toContain(valid.id);
    expect(r.stdout).toContain(again.id);
    expect(r.stdout).not.toContain(other.id);
    for (const secret of SECRETS) expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it("gives linkCases' children as JSON, from NDJSON or a JSON array", async () => {
    const cases = [...syntheticYear({ year: 2024, reports: 300, seed: 5, repeatShare: 0.3 })];
    const expected = linkCases(cases);
    const repeats = expected.children.filter((c) => c.caseIds.length > 1);
    for (const stdin of [ndjson(cases), JSON.stringify(cases)]) {
      const r = await cli(["link", "-", "--json"], { stdin });
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ reports: 300, children: expected.children.length });
      expect(out.childrenWithRepeats.map((c: { key: string }) => c.key).sort()).toEqual(
        repeats.map((c) => c.key).sort(),
      );
    }
  });

  it("takes a threshold: a higher one links less", async () => {
    const stdin = ndjson([valid, again, other]);
    const strict = JSON.parse(
      (await cli(["link", "-", "--json", "--threshold", "99"], { stdin })).stdout,
    );
    expect(strict).toMatchObject({ threshold: 99, children: 3, childrenWithRepeats: [] });
  });

  it("leaves bad records and repeated case ids out, with exit 1", async () => {
    const r = await cli(["link", "-"], { stdin: `${ndjson([valid, bad, valid])}not json\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 4: json/invalid");
    expect(r.stderr).toContain("1 valid records repeat the case id of an earlier one: left out");
    for (const secret of SECRETS) expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it("escapes ids and agencies from the input", async () => {
    const evil = "\u001b[2J\u009b31m";
    const a = { ...valid, id: `a${evil}`, reportingAgencyId: `pd${evil}` };
    const b = { ...again, id: `b${evil}` };
    for (const args of [
      ["link", "-"],
      ["link", "-", "--json"],
    ]) {
      const r = await cli(args, { stdin: ndjson([a, b]) });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("\\u001b[2J");
      expect(hasControl(r.stdout)).toBe(false);
    }
  });

  it("rejects a threshold that is not a number with exit 2", async () => {
    const r = await cli(["link", "-", "--threshold", "high"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--threshold must be a number");
  });

  it("reads what generate --repeat-share writes: the testing kit's year with repeats", async () => {
    const args = ["generate", "--year", "2024", "--reports", "200", "--seed", "3"];
    const r = await cli([...args, "--repeat-share", "0.3"]);
    expect(r.code).toBe(0);
    const expected = syntheticYear({ year: 2024, reports: 200, seed: 3, repeatShare: 0.3 });
    expect(r.stdout).toBe(ndjson([...expected]));
    expect((await cli([...args, "--repeat-share", "1.5"])).code).toBe(2);
  });

  it("has help with examples", async () => {
    const r = await cli(["link", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: missing-child-cases link <file|->");
    expect(r.stdout).toContain("Examples:");
    expect((await cli(["--help"])).stdout).toContain("link");
  });
});

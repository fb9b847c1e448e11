/**
 * Attacks by size: huge arrays, many issues, many unknown keys, long strings. A parse stops
 * after `maxIssues` issues (default 100) with one last `schema/too-many-issues`, and reads no
 * more of its input than those issues need. Bounds are proven by counting (property reads
 * through a proxy, issues), never by timing: the bench has the timing row.
 */
import { describe, expect, it } from "vitest";
import {
  ISSUE_MESSAGES,
  type Issue,
  parseCase,
  parseChild,
  parseOperation,
} from "../../src/index.js";
import { child, closedCase, operation, reportedCase } from "../fixtures/valid.js";

const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
const issuesOf = (r: { ok: boolean; issues?: Issue[] }) => (r.ok ? [] : (r.issues ?? []));

/** An array that counts how many of its items are read. */
function countingArray(items: unknown[]): { array: unknown[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { array, reads: () => reads };
}

describe("a huge invalid array", () => {
  it("10,000,000 events: one too-big issue, and no item read", () => {
    const { array, reads } = countingArray(new Array(10_000_000).fill(0));
    const r = parseCase({ ...reportedCase, events: array });
    expect(issuesOf(r).map((i) => [i.code, i.path])).toEqual([["schema/too-big", ["events"]]]);
    expect(reads()).toBeLessThanOrEqual(1); // the fast path reads at most the first item
  });

  it("10,000 invalid events (within the limit): the first 100 issues, then too-many, reading about 100 items", () => {
    const { array, reads } = countingArray(new Array(10_000).fill(0));
    const r = issuesOf(parseCase({ ...reportedCase, events: array }));
    expect(r).toHaveLength(101);
    expect(r.slice(0, 100).every((i) => i.code === "schema/invalid-type")).toBe(true);
    expect(r[99]?.path).toEqual(["events", 99]);
    expect(r[100]).toEqual({
      code: "schema/too-many-issues",
      path: [],
      message: ISSUE_MESSAGES["schema/too-many-issues"],
    });
    expect(reads()).toBeLessThan(2 * 102);
  });

  it("100,000 invalid case ids: bounded by the issue limit, not the list", () => {
    const { array, reads } = countingArray(new Array(100_000).fill(7));
    const r = issuesOf(parseOperation({ ...operation, caseIds: array }, { maxIssues: 10 }));
    expect(codes(r)).toEqual([
      ...new Array(10).fill("schema/invalid-type"),
      "schema/too-many-issues",
    ]);
    expect(reads()).toBeLessThan(30);
  });

  it("a valid prefix is read, and the issues after it are capped", () => {
    const valid = closedCase.events;
    const events = [...valid, ...new Array(5000).fill({ type: "verify" })];
    const r = issuesOf(parseCase({ ...closedCase, events }, { maxIssues: 3 }));
    expect(r.map((i) => [i.code, i.path])).toEqual([
      ["schema/missing", ["events", valid.length, "at"]],
      ["schema/missing", ["events", valid.length + 1, "at"]],
      ["schema/missing", ["events", valid.length + 2, "at"]],
      ["schema/too-many-issues", []],
    ]);
  });
});

describe("maxIssues", () => {
  const bad = { ...child, id: 1, sex: "?", birthDate: 5, heightCm: -1, extra: 1 };

  it("reports every issue up to the limit, and exactly the limit without the marker", () => {
    const all = issuesOf(parseChild(bad));
    expect(all).toHaveLength(5);
    expect(issuesOf(parseChild(bad, { maxIssues: 5 }))).toEqual(all);
    expect(issuesOf(parseChild(bad, { maxIssues: 4 }))).toEqual([
      ...all.slice(0, 4),
      {
        code: "schema/too-many-issues",
        path: [],
        message: ISSUE_MESSAGES["schema/too-many-issues"],
      },
    ]);
    expect(codes(issuesOf(parseChild(bad, { maxIssues: 1 })))).toEqual([
      all[0]?.code,
      "schema/too-many-issues",
    ]);
  });

  it("defaults to 100", () => {
    const keys = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i]));
    const r = issuesOf(parseChild({ ...child, ...keys }));
    expect(r).toHaveLength(101);
    expect(r.at(-1)?.code).toBe("schema/too-many-issues");
  });

  it("throws on misuse, naming the option", () => {
    for (const maxIssues of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => parseCase(reportedCase, { maxIssues })).toThrow(
        new RangeError("options.maxIssues must be a whole number of at least 1"),
      );
    }
    expect(() => parseCase(reportedCase, "x" as never)).toThrow(TypeError);
    expect(parseCase(reportedCase, {}).ok).toBe(true);
  });
});

describe("many unknown keys", () => {
  it("an object with 20,000 unknown keys gives the limit's worth of issues", () => {
    const keys = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`x${i}`, i]));
    const r = issuesOf(parseCase({ ...reportedCase, ...keys }, { maxIssues: 20 }));
    expect(r).toHaveLength(21);
    expect(r[0]).toMatchObject({ code: "schema/unknown-key", path: ["x0"] });
    expect(r[19]).toMatchObject({ code: "schema/unknown-key", path: ["x19"] });
  });

  it("unknown keys in every event stop counting at the limit", () => {
    const junk = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`j${i}`, i]));
    const events = new Array(5000).fill({ ...closedCase.events[0], ...junk });
    const r = issuesOf(parseCase({ ...closedCase, events }));
    expect(r).toHaveLength(101);
    expect(r[50]?.path).toEqual(["events", 1, "j0"]);
  });
});

describe("size limits of the models", () => {
  const long = (n: number) => "x".repeat(n);
  const at = (r: { ok: boolean; issues?: Issue[] }) => issuesOf(r).map((i) => [i.code, i.path]);

  it("ids: 128 characters, counted in code points", () => {
    expect(parseCase({ ...reportedCase, id: long(128) }).ok).toBe(true);
    expect(parseCase({ ...reportedCase, id: "😀".repeat(128) }).ok).toBe(true);
    expect(at(parseCase({ ...reportedCase, id: long(129) }))).toEqual([["schema/too-big", ["id"]]]);
  });

  it("name parts: 100 characters; other text: 1,000", () => {
    const name = (given: string) => ({
      ...reportedCase,
      child: { ...child, name: { given, family: "D" } },
    });
    expect(parseCase(name(long(100))).ok).toBe(true);
    expect(at(parseCase(name(long(101))))).toEqual([
      ["schema/too-big", ["child", "name", "given"]],
    ]);
    expect(at(parseCase(name(long(5_000_000))))).toEqual([
      ["schema/too-big", ["child", "name", "given"]],
    ]);
    const place = (city: string) => ({ ...reportedCase, lastContactPlace: { city } });
    expect(parseCase(place(long(1000))).ok).toBe(true);
    expect(at(parseCase(place(long(1001))))).toEqual([
      ["schema/too-big", ["lastContactPlace", "city"]],
    ]);
  });

  it("aliases, marks and medical needs: 50 items", () => {
    for (const field of ["aliases", "marks", "medicalNeeds"]) {
      const list = (n: number) => ({ ...child, [field]: new Array(n).fill("a") });
      expect(parseChild(list(50)).ok).toBe(true);
      expect(at(parseChild(list(51)))).toEqual([["schema/too-big", [field]]]);
    }
  });

  it("risk indicators: no repeats (50,000 repeats are one too-big issue and a few repeats)", () => {
    const risk = (riskIndicators: string[]) => ({ ...reportedCase, riskIndicators });
    expect(at(parseCase(risk(["missed-school", "no-id", "missed-school"])))).toEqual([
      ["schema/duplicate-item", ["riskIndicators", 2]],
    ]);
    const r = issuesOf(parseCase(risk(new Array(50_000).fill("no-id"))));
    expect(r.map((i) => [i.code, i.path])).toEqual([["schema/too-big", ["riskIndicators"]]]);
  });

  it("events: 10,000; case ids: 100,000; participants: 10,000", () => {
    const verify = { type: "verify", at: "2025-03-08T00:00:00-05:00" };
    const withEvents = (n: number) => ({
      ...reportedCase,
      status: "active",
      events: [
        { type: "enter", at: "2025-03-08T00:00:00-05:00", category: "EMJ" },
        ...new Array(n - 1).fill(verify),
      ],
    });
    expect(parseCase(withEvents(10_000)).ok).toBe(true);
    expect(at(parseCase(withEvents(10_001)))).toEqual([["schema/too-big", ["events"]]]);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `c-${i}`);
    expect(parseOperation({ ...operation, caseIds: ids(100_000) }).ok).toBe(true);
    expect(at(parseOperation({ ...operation, caseIds: ids(100_001) }))).toEqual([
      ["schema/too-big", ["caseIds"]],
    ]);
    const participants = [operation.leadAgencyId, ...ids(9_999)];
    expect(parseOperation({ ...operation, participantAgencyIds: participants }).ok).toBe(true);
    expect(
      at(parseOperation({ ...operation, participantAgencyIds: [...participants, "one-more"] })),
    ).toEqual([["schema/too-big", ["participantAgencyIds"]]]);
  });
});

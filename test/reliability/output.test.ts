/**
 * What comes back: paths and messages never carry more of the input than an unknown key cut
 * to 64 characters (then `…`), and messages none at all, whatever the key holds (a 100 MB
 * name, terminal escapes, a lone surrogate).
 */
import { describe, expect, it } from "vitest";
import { type Issue, parseCase, parseChild } from "../../src/index.js";
import { child, reportedCase } from "../fixtures/valid.js";

const issuesOf = (r: { ok: boolean; issues?: Issue[] }) => (r.ok ? [] : (r.issues ?? []));

describe("unknown keys in paths", () => {
  it("a 100 MB key comes back as 64 characters and an ellipsis", () => {
    const key = "k".repeat(100 * 1024 * 1024);
    const [issue, ...rest] = issuesOf(parseChild({ ...child, [key]: 1 }));
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual([`${"k".repeat(64)}…`]);
    expect(issue?.message.length).toBeLessThan(200);
  });

  it("keys of 64 characters or fewer come back whole; longer ones are cut by code points", () => {
    const k64 = "x".repeat(64);
    expect(issuesOf(parseChild({ ...child, [k64]: 1 }))[0]?.path).toEqual([k64]);
    const astral = "😀".repeat(65);
    const cut = issuesOf(parseChild({ ...child, [astral]: 1 }))[0]?.path[0] as string;
    expect(cut).toBe(`${"😀".repeat(64)}…`);
    expect(encodeURIComponent(cut)).toBeTypeOf("string"); // throws on a lone surrogate
  });

  it("a key holding terminal escapes is a path element (the command line escapes it), never a message", () => {
    const key = "\u001b]0;pwned\u0007\u001b[2J FAKE: all records valid";
    const issues = issuesOf(parseCase({ ...reportedCase, [key]: 1 }));
    expect(issues.map((i) => i.path)).toEqual([[key]]);
    for (const i of issues) {
      expect(i.message.includes("\u001b")).toBe(false);
      expect(i.message).not.toContain("FAKE");
    }
  });

  it("messages are the same whatever the values", () => {
    const a = issuesOf(parseChild({ ...child, sex: "secret-1", name: { given: 1, family: "x" } }));
    const b = issuesOf(parseChild({ ...child, sex: "other", name: { given: 2, family: "y" } }));
    expect(a).toEqual(b);
  });
});

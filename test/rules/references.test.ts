/**
 * Every rule id the sources and docs name resolves in RULES: criteria, deadlines, reasons,
 * TSDoc (`@see` to `docs/rules.md#<id>`), comments and guides.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(?:ts|mjs|md)$/.test(name) ? [path] : [];
  });
}

const files = ["src", "docs", "scripts", "bench"].flatMap((d) => walk(join(root, d)));
const ids = new Set(RULES.map((r) => r.id));
const anchors = new Set(RULES.map((r) => r.id.toLowerCase()));
const prefixes = [...new Set(RULES.map((r) => r.id.split("-")[0]))];
// PREFIX-12, PREFIX-3b or PREFIX-WORD, not part of a longer word (`NCIC-Missing-Person`).
const ID = new RegExp(`\\b(?:${prefixes.join("|")})-(?:\\d+[a-z]?|[A-Z]+)\\b(?!-)`, "g");
const ANCHOR = /rules\.md#([\w-]+)/g;

function unresolved(pattern: RegExp, known: ReadonlySet<string>): string[] {
  return files.flatMap((f) =>
    [...readFileSync(f, "utf8").matchAll(pattern)]
      .map((m) => m[1] ?? m[0])
      .filter((id) => !known.has(id))
      .map((id) => `${relative(root, f)}: ${id}`),
  );
}

describe("rule ids in the repository", () => {
  it("are named in src, docs and scripts", () => {
    const named = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(ID)].map((m) => m[0]));
    expect(named.length).toBeGreaterThan(500);
  });

  it("all resolve in RULES", () => {
    expect(unresolved(ID, ids)).toEqual([]);
  });

  it("link to an anchor of docs/rules.md that exists", () => {
    expect(unresolved(ANCHOR, anchors)).toEqual([]);
  });

  it("are spelled as in RULES, never as a range PREFIX-*", () => {
    const wild = files.flatMap((f) =>
      [
        ...readFileSync(f, "utf8").matchAll(new RegExp(`\\b(?:${prefixes.join("|")})-\\*`, "g")),
      ].map((m) => `${relative(root, f)}: ${m[0]}`),
    );
    expect(wild).toEqual([]);
  });
});

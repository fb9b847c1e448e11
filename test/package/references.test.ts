/**
 * The sources of the repository never refer to a document outside it, nor to an issue number
 * (the packed `.d.ts`, `.js` and docs are checked by references.slow.test.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALLOWED, CAUGHT, forbiddenIn } from "./patterns.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TEXT = /\.(?:ts|mts|mjs|js|json|md)$/;
// The patterns and their samples: the one file that spells out what is forbidden.
const SELF = new Set(["test/package/patterns.ts"]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : TEXT.test(name) ? [path] : [];
  });
}

const files = [
  ...["src", "docs", "scripts", "bench", "test"].flatMap((d) => walk(join(root, d))),
  ...["README.md", "CHANGELOG.md", "package.json", "tsup.config.ts", "vitest.config.ts"].map((f) =>
    join(root, f),
  ),
]
  .map((f) => relative(root, f))
  .filter((f) => !SELF.has(f));

describe("repository sources", () => {
  it("cover src, docs, scripts, bench and test", () => {
    for (const d of ["src/", "docs/", "scripts/", "bench/", "test/"]) {
      expect(files.some((f) => f.startsWith(d))).toBe(true);
    }
  });

  it("refer to no outside document and no issue number", () => {
    const found = files.flatMap((f) =>
      forbiddenIn(readFileSync(join(root, f), "utf8")).map((m) => `${f}:${m}`),
    );
    expect(found).toEqual([]);
  });
});

describe("the forbidden patterns", () => {
  it("catch outside documents and issue numbers", () => {
    for (const line of CAUGHT) expect(forbiddenIn(line), line).toHaveLength(1);
  });

  it("let addresses, anchors and entities through", () => {
    for (const line of ALLOWED) expect(forbiddenIn(line), line).toEqual([]);
  });
});

/**
 * Every TypeScript block of the README and the guides runs as written: each is imported as
 * a module (the package's imports pointed at the sources) and must finish without throwing.
 * `code-blocks.slow.test.ts` type-checks them all in one program. A block that is not meant
 * to run is fenced otherwise (```` ```ts fragment ````).
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { blocksOf, documents, fencedBlocks, root, writeBlocks } from "./blocks.js";

const blocks = documents().flatMap(blocksOf);
const { dir, files } = writeBlocks(blocks);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the code blocks of the README and the guides", () => {
  it("are found in the README and in the guides, with the values they show checked", () => {
    expect(blocks.filter((b) => b.doc === "README.md").length).toBeGreaterThanOrEqual(4);
    expect(new Set(blocks.map((b) => b.doc)).size).toBeGreaterThanOrEqual(6);
    const checks = files.map((f) => readFileSync(f, "utf8").split("__shown(").length - 1);
    expect(checks.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  });

  it("are fenced `ts` to run, or `ts fragment` to be shown only (no other TypeScript fence)", () => {
    // A block fenced ```typescript or ```tsx would silently escape the runner.
    const typescript = /^(?:ts|typescript|tsx|mts|cts)\b/i;
    const escaped = documents()
      .flatMap((doc) => fencedBlocks(doc))
      .filter((b) => typescript.test(b.info) && b.info !== "ts" && b.info !== "ts fragment")
      .map((b) => `${b.doc}:${b.line} \`\`\`${b.info}`);
    expect(escaped).toEqual([]);
  });

  it("touch no files and no network (a reader runs them anywhere, the suite in parallel)", () => {
    const io =
      /from\s+"(?:node:)?(?:fs|fs\/promises|net|http|https|http2|dgram|child_process)"|\bfetch\(|\.listen\(/;
    expect(blocks.filter((b) => io.test(b.code)).map((b) => `${b.doc}:${b.line}`)).toEqual([]);
  });

  it("include the README's contributor commands verbatim, each on a line of its own", () => {
    // CI and contributors look for these exact lines.
    const lines = readFileSync(join(root, "README.md"), "utf8").split("\n");
    expect(lines).toContain("npm ci && npm run demo");
    expect(lines).toContain("npm ci && npm test");
    expect(lines).toContain("npm install missing-child-cases zod");
  });

  it.each(blocks.map((b, i) => [`${b.doc}:${b.line}`, files[i] as string]))(
    "%s runs",
    async (_, file) => {
      // Blocks print what they show; the test keeps the output quiet. A block that prints a
      // warning or an error has taken a branch it was not written to show.
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      try {
        await import(file);
        expect(error).not.toHaveBeenCalled();
        expect(warn).not.toHaveBeenCalled();
      } finally {
        log.mockRestore();
        error.mockRestore();
        warn.mockRestore();
      }
    },
    30_000,
  );
});

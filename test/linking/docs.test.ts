/** docs/linking.md: its weight table is LINK_WEIGHTS, and its code runs and prints what it says. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { LINK_WEIGHTS } from "../../src/index.js";

const doc = readFileSync(new URL("../../docs/linking.md", import.meta.url), "utf8");
const src = (path: string) =>
  pathToFileURL(fileURLToPath(new URL(`../../src/${path}`, import.meta.url))).href;
const dir = mkdtempSync(join(tmpdir(), "linking-doc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The printed lines a block announces: `console.log(x); // value`, or the comment line after. */
function expectedOutput(block: string): string[] {
  const lines = block.split("\n");
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trimStart().startsWith("console.log(")) return;
    const inline = /\);\s*\/\/ (.*)$/.exec(line);
    const next = lines[i + 1]?.trim() ?? "";
    out.push(inline ? (inline[1] as string) : next.replace(/^\/\/ /, ""));
  });
  return out;
}

describe("docs/linking.md", () => {
  it("lists every row of LINK_WEIGHTS, with its numbers and the basis commented in the table", () => {
    const source = readFileSync(new URL("../../src/linking/weights.ts", import.meta.url), "utf8");
    const basis = new Map(
      [...source.matchAll(/\/\/ (.*)\n\s+"?[\w-]+"?: row\("(\w+)", "([\w-]+)"/g)].map((m) => [
        `${m[2]}/${m[3]}`,
        m[1],
      ]),
    );
    const rows = [
      ...doc.matchAll(
        /^\| ([a-z]\w+) +\| ([\w-]+) +\| ([\d.]+) +\| ([\d.]+) +\| (-?[\d.]+) +\| (.+?) +\|$/gm,
      ),
    ];
    expect(rows.map((r) => [r[1], r[2], Number(r[3]), Number(r[4]), Number(r[5]), r[6]])).toEqual(
      LINK_WEIGHTS.map((w) => {
        const key = `${w.field}/${w.agreement}`;
        return [w.field, w.agreement, w.m, w.u, w.weight, basis.get(key)];
      }),
    );
  });

  const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

  it("has runnable examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((b, i) => [i, b] as const))(
    "example %d runs and prints what it says",
    async (i, block) => {
      const code = block
        .replaceAll('"missing-child-cases/testing"', `"${src("testing/index.ts")}"`)
        .replaceAll('"missing-child-cases"', `"${src("index.ts")}"`);
      const file = join(dir, `block-${i}.ts`);
      writeFileSync(file, code);
      const printed: string[] = [];
      const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(" "));
      });
      try {
        await import(pathToFileURL(file).href);
      } finally {
        spy.mockRestore();
      }
      expect(printed).toEqual(expectedOutput(block));
    },
    60_000,
  );
});

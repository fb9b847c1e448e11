/**
 * The TypeScript blocks of the README and the guides, as modules a test can run or
 * type-check: every block fenced exactly ```` ```ts ```` (a block fenced otherwise, such as
 * ```` ```ts fragment ````, is deliberately not a program). Each becomes one file whose
 * imports of the package point at the sources (`missing-child-cases` → `src/index.ts`, and
 * `/testing`, `/arbitraries`, `/schemas/…json` likewise), so no build is needed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { jsonSchemas } from "../../scripts/json-schemas.mjs";
import * as lib from "../../src/index.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));

/** One block: where it is (file and the line of its fence) and its code. */
export type Block = { readonly doc: string; readonly line: number; readonly code: string };

/** The documents whose blocks run: the README and every guide. */
export function documents(): string[] {
  const guides = readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`);
  return ["README.md", ...guides];
}

/** A fenced block of any kind: its info string (`ts`, `ts fragment`, `sh`…), line and code. */
export type Fenced = Block & { readonly info: string };

/**
 * Every fenced block of `doc` (a path from the repository root; `text` is its content), with
 * backticks or tildes, at the margin or indented in a list item (the indent is taken off its
 * lines), as CommonMark reads them: a block closes at a fence of the same character, at least as long,
 * or at the end of the document.
 */
export function fencedBlocks(doc: string, text = readFileSync(join(root, doc), "utf8")): Fenced[] {
  const lines = text.split("\n");
  const blocks: Fenced[] = [];
  let open: { indent: number; fence: string; info: string; line: number } | undefined;
  const close = (end: number) => {
    if (!open) return;
    const margin = open.indent;
    const code = lines
      .slice(open.line + 1, end)
      .map((l) => l.slice(Math.min(margin, l.length - l.trimStart().length)))
      .join("\n");
    blocks.push({ doc, line: open.line + 1, info: open.info, code });
    open = undefined;
  };
  lines.forEach((line, i) => {
    const [, indent = "", fence = "", info = ""] = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line) ?? [];
    if (!fence) return;
    if (!open) open = { indent: indent.length, fence, info: info.trim(), line: i };
    else if (fence[0] === open.fence[0] && fence.length >= open.fence.length && !info.trim()) {
      close(i);
    }
  });
  // An unclosed fence runs to the end of the document, as CommonMark reads it.
  close(lines.length);
  return blocks;
}

/** Every block fenced exactly ```` ```ts ```` in `doc`: the ones that run. */
export function blocksOf(doc: string): Block[] {
  return fencedBlocks(doc)
    .filter((b) => b.info === "ts")
    .map(({ doc: d, line, code }) => ({ doc: d, line, code }));
}

const ENTRIES: Record<string, string> = {
  "missing-child-cases": "src/index.js",
  "missing-child-cases/testing": "src/testing/index.js",
  "missing-child-cases/arbitraries": "src/arbitraries/index.js",
};

/** A block's code with the package's imports pointed at `dir`'s view of the sources. */
export function rewrite(code: string, dir: string): string {
  return code.replace(
    /(from\s+|import\()"(missing-child-cases(?:\/[^"]*)?)"/g,
    (all, head, spec) => {
      const entry = ENTRIES[spec];
      if (entry) return `${head}"${relative(dir, join(root, entry))}"`;
      const schema = /^missing-child-cases\/schemas\/(.+\.json)$/.exec(spec);
      if (schema) return `${head}"./schemas/${schema[1]}"`;
      return all;
    },
  );
}

/** The JavaScript literal at the start of `text` (a number, string, array…), or undefined. */
export function leadingLiteral(text: string): string | undefined {
  const simple = /^(?:-?\d+(?:\.\d+)?(?![\d.])|true\b|false\b|null\b|undefined\b|"[^"]*")/.exec(
    text,
  );
  if (simple) return simple[0];
  if (text[0] !== "[" && text[0] !== "{") return undefined;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "[" || ch === "{") depth++;
    if (ch === "]" || ch === "}") depth--;
    if (depth === 0) return text.slice(0, i + 1);
  }
  return undefined;
}

/** Whether `literal` is a complete JavaScript value (`{ min: 15, … }` is not). */
function evaluates(literal: string): boolean {
  try {
    new Function(`return (${literal});`)();
    return true;
  } catch {
    return false;
  }
}

/** What {@link withChecks} puts before a block's code: `HEADER_LINES` lines. */
const HEADER = `import { expect as __expect } from "vitest";
const __shown = (actual: unknown, shown: unknown, at: string) => __expect(actual, at).toEqual(shown);
const __unmet = (at: string) => __expect.unreachable(\`\${at}: the condition before the shown value is false\`);`;
export const HEADER_LINES = HEADER.split("\n").length;

// A line that continues an expression (`.ok; // false` after a call, `); // 1`) is no statement.
const STATEMENT =
  /^(\s*)(?=[^\s.)\]}?:,])(?!(?:const|let|var|await|return|for|import|export|throw)\b)(.+?);\s*\/\/\s*(.+)$/;

/** `if (cond) expr` as `["if (cond) ", "expr"]`; any other statement as `["", statement]`. */
export function splitGuard(statement: string): [guard: string, expr: string] {
  if (!/^if\s*\(/.test(statement)) return ["", statement];
  let depth = 0;
  for (let i = statement.indexOf("("); i < statement.length; i++) {
    if (statement[i] === "(") depth++;
    if (statement[i] === ")") depth--;
    if (depth === 0) return [`${statement.slice(0, i + 1)} `, statement.slice(i + 1).trim()];
  }
  return ["", statement];
}

/**
 * A block's code with each shown value checked: a statement line `expr; // value`, whose
 * comment starts with a complete literal (`17`, `"2025-03-12"`, `{ min: 15, max: 16 }`,
 * `true: because…`), becomes a check that `expr` equals it (`console.log(x); // v` checks
 * `x`; `if (r.ok) r.value.id; // "x"` checks that `r.ok` and the value). A comment that is prose, or
 * elides (`…`), is left as it is.
 */
export function withChecks(code: string, where: string): string {
  const source = code.split("\n");
  const lines = source.map((line, i) => {
    const m = STATEMENT.exec(line);
    if (!m) return line;
    const [, indent, whole, comment] = m as unknown as [string, string, string, string];
    const [guard, statement] = splitGuard(whole);
    const literal = leadingLiteral(comment);
    if (literal === undefined || !evaluates(literal)) return line;
    const logged = /^console\.log\(([^,]+)\)$/.exec(statement);
    const expr = logged ? (logged[1] as string) : statement;
    if (/^console\./.test(expr) || /[^=!<>]=[^=>]/.test(expr.replace(/"[^"]*"/g, '""'))) {
      return line;
    }
    const at = JSON.stringify(`${where}+${i + 1}`);
    const shown = `__shown(${expr}, ${literal}, ${at});`;
    // Behind an if, the shown value is what the reader is told happens: the condition must
    // hold, unless the block has an else of its own on the next line (which then must not
    // print a warning or an error: the runner fails on those).
    const orElse = /^\s*else\b/.test(source[i + 1] ?? "") ? "" : ` else __unmet(${at});`;
    return `${indent}${guard ? `${guard}${shown}${orElse}` : shown} // ${comment}`;
  });
  return `${HEADER}\n${lines.join("\n")}`;
}

/** A module name for a block: its document and line (`docs-ages-md-42.ts`). */
export const moduleName = (b: Block): string => `${b.doc.replace(/[/.]/g, "-")}-${b.line}.ts`;

/**
 * Writes each block as a module in a fresh folder under `.tmp/` (inside the repository, so
 * that `vitest`, `fastify` and the other dev dependencies resolve), with the JSON Schemas the
 * build would write, made from the sources. Returns the folder and each block's file.
 */
export function writeBlocks(blocks: readonly Block[]): { dir: string; files: string[] } {
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(root, ".tmp", "docs-blocks-"));
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    version: string;
  };
  const schemas = jsonSchemas(lib as unknown as Record<string, unknown>, version);
  for (const [name, json] of Object.entries(schemas)) {
    const file = join(dir, "schemas", `${name}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(json));
  }
  const files = blocks.map((b) => {
    const file = join(dir, moduleName(b));
    // `export {}` makes each block a module of its own: top-level await, no shared names.
    const where = `${b.doc}:${b.line}`;
    writeFileSync(file, `${withChecks(rewrite(b.code, dir), where)}\nexport {};\n`);
    return file;
  });
  return { dir, files };
}

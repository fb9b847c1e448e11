/**
 * What an editor shows a user of the built package: hovers and compiler errors name the
 * models (`MissingCase`, not its 1,000-character expansion), and go-to-definition lands in a
 * declaration file named after the module (`dist/models/case.d.ts`), for `import` and
 * `require` alike. Runs TypeScript's language service on consumer files that import the
 * package by name from `dist/`. Needs the build (`npm run build`); heavy, so it runs in the
 * full gate.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A consumer file: each comment `@name` in it marks a position the tests ask about. */
const CONSUMER = `
import { overdueDeadlines, parseCase, transition, type MissingCase } from "missing-child-cases";
import { makeCase } from "missing-child-cases/testing";

declare const x: unknown;
const r = parseCase(x);
if (r.ok) {
  const c = r./*@value*/value;
  const n: number = r.value;
  const /*@due*/due = overdueDeadlines(c, new Date("2025-03-01T06:00:00Z"));
  const /*@next*/next = transition(c, { type: "verify", at: "2025-03-02T10:00:00Z" });
}
const /*@made*/made = makeCase();
export const same: MissingCase = made;
export const kit: MissingCase[] = [/*@case*/makeCase()];
`;

const dir = mkdtempSync(join(tmpdir(), "mcc-declarations-"));
mkdirSync(join(dir, "node_modules"));
symlinkSync(root, join(dir, "node_modules", "missing-child-cases"), "dir");
writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
const files = { esm: join(dir, "consumer.mts"), cjs: join(dir, "consumer.cts") };
// The same code as ESM (.mts) and as CommonJS (.cts, resolved through the `require` types).
for (const file of Object.values(files)) writeFileSync(file, CONSUMER);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
};

const service = ts.createLanguageService({
  getScriptFileNames: () => Object.values(files),
  getScriptVersion: () => "1",
  getScriptSnapshot: (f) => {
    const text = ts.sys.readFile(f);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => dir,
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
  realpath: (path) => ts.sys.realpath?.(path) ?? path,
});

// Building the program (the package's declarations and zod's) takes seconds on a busy machine.
beforeAll(() => {
  service.getProgram();
}, 120_000);

/** The position just after the comment that marks `name`. */
function at(name: string): number {
  const marker = `/*@${name}*/`;
  const i = CONSUMER.indexOf(marker);
  if (i < 0) throw new Error(`no marker ${name}`);
  return i + marker.length;
}

/** The hover text at a marker. */
function hover(file: string, name: string): string {
  const info = service.getQuickInfoAtPosition(file, at(name));
  return ts.displayPartsToString(info?.displayParts);
}

/** Where go-to-definition lands from the first occurrence of `text`, relative to the package. */
function definitionOf(file: string, text: string): string[] {
  const found = service.getDefinitionAtPosition(file, CONSUMER.indexOf(text)) ?? [];
  return found.map((d) => relative(root, ts.sys.realpath?.(d.fileName) ?? d.fileName));
}

describe.each(Object.entries(files))("a %s consumer of the built package", (kind, file) => {
  const ext = kind === "esm" ? "d.ts" : "d.cts";

  it("sees MissingCase, not its expansion, on a parsed value and on the testing kit's cases", () => {
    expect(hover(file, "value")).toBe("(property) value: MissingCase");
    expect(hover(file, "made")).toBe("const made: MissingCase");
    expect(hover(file, "case")).toBe(
      "(alias) makeCase(overrides?: CaseOverrides, options?: FactoryOptions): MissingCase\nimport makeCase",
    );
  });

  it("sees the other results by name", () => {
    expect(hover(file, "next")).toBe("const next: TransitionResult<MissingCase>");
    expect(hover(file, "due")).toBe("const due: Deadline[]");
  });

  it("gets a short compiler error that names MissingCase", () => {
    const errors = service
      .getSemanticDiagnostics(file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual(["Type 'MissingCase' is not assignable to type 'number'."]);
  });

  it("goes to a declaration file named after the module", () => {
    expect(definitionOf(file, "parseCase")).toEqual([`dist/parse/parse.${ext}`]);
    expect(definitionOf(file, "MissingCase")).toEqual([`dist/models/case.${ext}`]);
    expect(definitionOf(file, "makeCase")).toEqual([`dist/testing/case.${ext}`]);
  });
});

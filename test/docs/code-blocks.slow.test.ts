/**
 * Every TypeScript block of the README and the guides type-checks as written, under the
 * project's strict settings (`strict`, `exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`, `verbatimModuleSyntax`): one program of all the blocks, the
 * package's imports pointed at the sources. Building it takes seconds, so it runs in the full
 * gate; `code-blocks.test.ts` runs the same blocks in the inner loop.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { blocksOf, documents, HEADER_LINES, root, writeBlocks } from "./blocks.js";

const blocks = documents().flatMap(blocksOf);
const { dir, files } = writeBlocks(blocks);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The project's compiler options (tsconfig.json), for files outside its `include`. */
function projectOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** Each error as `doc:line: message`, the line counted in the document. */
function errors(program: ts.Program): string[] {
  return files.flatMap((file, i) => {
    const block = blocks[i];
    const source = program.getSourceFile(file);
    if (!block || !source) return [`${file}: not in the program`];
    return [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ].map((d) => {
      const line = source.getLineAndCharacterOfPosition(d.start ?? 0).line;
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      return `${block.doc}:${block.line + line - HEADER_LINES + 1}: ${text}`;
    });
  });
}

describe("the code blocks of the README and the guides", () => {
  it("type-check as written under the project's strict settings", () => {
    const program = ts.createProgram(files, projectOptions());
    expect(files.length).toBe(blocks.length);
    expect(errors(program)).toEqual([]);
  }, 180_000);
});

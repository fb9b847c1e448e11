#!/usr/bin/env node
// The package's declarations: one `.d.ts` per source module (beside the ESM build's one `.js`
// per module), and the same files as `.d.cts` for `require`, with their relative imports
// pointing at `.cjs`. Not rolled up into one file per entry: a roll-up that serves three
// entries puts the shared models in hash-named chunks (`operation-DQmG-bIY.d.ts`), and
// go-to-definition then lands there. Per-module files keep each model in a file named after
// it (`dist/models/case.d.ts`), with its TSDoc, and every entry point shares them, so
// `missing-child-cases` and `missing-child-cases/testing` name one and the same `MissingCase`.
//   node scripts/build-types.mjs        (run by `npm run build`, after tsup)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

/** Every file under `dir` whose name ends with `suffix`. */
function filesUnder(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

/** A relative module specifier ending in `.js`, in `from "…"` or `import("…")`. */
const RELATIVE_JS = /(\bfrom\s+|\bimport\()(["'])(\.{1,2}\/[^"']+)\.js\2/g;

/**
 * The `.d.cts` twin of a `.d.ts` text: relative imports name the `.cjs` files, which
 * TypeScript resolves to their `.d.cts` declarations under `require`.
 *
 * @example
 * ```js
 * toCts('export { parseCase } from "./parse/parse.js";'); // '… from "./parse/parse.cjs";'
 * ```
 */
export function toCts(text) {
  return text.replace(RELATIVE_JS, (_, head, quote, path) => `${head}${quote}${path}.cjs${quote}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
    cwd: root,
    stdio: "inherit",
  });
  const declarations = filesUnder(dist, ".d.ts");
  for (const file of declarations) {
    writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), toCts(readFileSync(file, "utf8")));
  }
  console.log(`types: wrote ${declarations.length} .d.ts and as many .d.cts files to dist/`);
}

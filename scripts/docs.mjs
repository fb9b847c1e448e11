#!/usr/bin/env node
// Generates every generated document from the library's data, or checks that the committed
// copies are current:
//   node scripts/docs.mjs           rewrite the documents that changed
//   node scripts/docs.mjs --check   exit 1, naming each stale document, when any is stale
// The renderers (scripts/docs/*.ts) import the TypeScript sources; esbuild bundles them in
// memory, so no build is needed. The same renderers run in test/scripts/docs.test.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const bundled = await build({
  entryPoints: [join(root, "scripts/docs/index.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  write: false,
  logLevel: "warning",
});
const code = bundled.outputFiles[0].text;
const { GENERATED_DOCS } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
);

function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

const stale = [];
for (const doc of GENERATED_DOCS) {
  const path = join(root, doc.path);
  const current = read(path);
  const fresh = doc.render(current);
  if (fresh === current) continue;
  stale.push(doc.path);
  if (!check) writeFileSync(path, fresh);
}

if (check && stale.length > 0) {
  console.error(`Stale generated docs (run \`npm run docs:gen\`): ${stale.join(", ")}`);
  process.exit(1);
}
console.log(
  check
    ? `Generated docs are current (${GENERATED_DOCS.length} files).`
    : stale.length === 0
      ? "Generated docs were already current."
      : `Rewrote ${stale.join(", ")}.`,
);

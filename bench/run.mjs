// Runs every bench/*.bench.mjs against the built package (dist/) and prints one table.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { printRows } from "./lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const rows = [];
for (const f of files) {
  console.error(`running ${f} …`);
  const mod = await import(pathToFileURL(join(here, f)).href);
  rows.push(...(await mod.run()));
}
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}\n`);
printRows(rows);
const failed = rows.filter((r) => r.pass === false);
if (failed.length > 0) {
  console.log(`\n${failed.length} requirement(s) not met`);
  process.exitCode = 1;
}

// Runs every bench/*.bench.mjs against the built package (dist/) and prints one table of
// figures and ratios, all measured in this run, with the machine they were measured on.
//   npm run bench                 (builds first)
//   node bench/run.mjs parse ages (only the files whose names contain one of the words)
// Exits 1 when a requirement is not met or a benchmark file fails.
import { readdirSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
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
const broken = [];
for (const f of files) {
  console.error(`running ${f} …`);
  const start = performance.now();
  try {
    const mod = await import(pathToFileURL(join(here, f)).href);
    rows.push(...(await mod.run()));
    console.error(`  done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } catch (e) {
    // One broken benchmark must not hide the others' figures.
    broken.push(f);
    console.error(`  FAILED: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
const memGb = (totalmem() / 2 ** 30).toFixed(0);
console.log(
  `\nNode ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} × ${cpu}, ${memGb} GB\n`,
);
printRows(rows);
const failed = rows.filter((r) => r.pass === false);
if (failed.length > 0) console.log(`\n${failed.length} requirement(s) not met`);
if (broken.length > 0) console.log(`\nbenchmark file(s) failed: ${broken.join(", ")}`);
if (failed.length > 0 || broken.length > 0) process.exitCode = 1;

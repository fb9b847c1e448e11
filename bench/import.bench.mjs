// A cold `import('missing-child-cases')` against a cold `import('zod')` (target: ≤ 1.2×), each
// in a fresh node process, in CPU ms of that process (what the import costs, even when other
// processes share the machine). The package's import includes zod's own (a peer dependency),
// so the ratio is 1 + what the library adds. 15 paired rounds, the order alternating, and the
// median of the per-round ratios.
//   npm run build && node bench/import.bench.mjs
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMain, printRows, row } from "./lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const ROUNDS = 15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU ms of a cold import of `specifier` in a fresh process started in the package root. */
function coldImportMs(specifier) {
  // The package imports itself by name through its own `exports`: dist/ is what is measured.
  const out = execFileSync(process.execPath, [join(here, "import-probe.mjs"), specifier], {
    cwd: root,
    encoding: "utf8",
  });
  return Number(out.trim());
}

export async function run() {
  coldImportMs("zod"); // file-system caches warm for both
  coldImportMs("missing-child-cases");
  const zod = [];
  const lib = [];
  for (let k = 0; k < ROUNDS; k++) {
    if (k % 2) zod.push(coldImportMs("zod"));
    lib.push(coldImportMs("missing-child-cases"));
    if (k % 2 === 0) zod.push(coldImportMs("zod"));
  }
  const ratio = median(lib.map((ms, k) => ms / zod[k]));
  const baseline = { name: "cold import('zod')", value: median(zod) };
  return [
    row({ group: "import", name: baseline.name, value: baseline.value, unit: "CPU ms" }),
    row({
      group: "import",
      name: "cold import('missing-child-cases')",
      value: median(lib),
      unit: "CPU ms",
      baseline,
      requirement: `≤ 1.2× zod (median of ${ROUNDS} paired rounds: ${ratio.toFixed(2)}×)`,
      pass: ratio <= 1.2,
    }),
  ];
}

if (isMain(import.meta.url)) printRows(await run());

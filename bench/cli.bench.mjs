// Command line: `validate` throughput against a bare JSON.parse-per-line loop over the same
// file in the same run (required ≤ 3.0×), and peak RSS validating a generated file of
// ≥ 1 GB (required ≤ 150 MB). Files are made in a temporary folder and deleted after.
//   node bench/cli.bench.mjs            (after `npm run build`)
//   CLI_BENCH_SKIP_GB=1 node bench/cli.bench.mjs   skips the 1 GB run
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { isMain, printRows, row, wallMs } from "./lib.mjs";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const RECORDS = 100_000;
const GB = 1_000_000_000;
// Writes the child's peak resident set (kB) to stderr as it exits.
const RSS_PROBE = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nMAXRSS_KB "+process.resourceUsage().maxRSS+"\\n"))`;

/** Runs the CLI; resolves with its exit code, stderr tail and peak RSS in MB. */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", RSS_PROBE, CLI, ...args], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => {
      err = (err + d).slice(-4096);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const kb = Number(/MAXRSS_KB (\d+)/.exec(err)?.[1] ?? Number.NaN);
      // maxRSS is in KiB; report decimal MB, the unit of the requirement.
      resolve({ code, rssMb: (kb * 1024) / 1e6, stderr: err });
    });
  });
}

/** The floor: read the file line by line and JSON.parse each line, nothing else. */
async function bareLoop(path) {
  const lines = createInterface({
    input: createReadStream(path, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of lines) {
    if (line.length > 0) {
      JSON.parse(line);
      n++;
    }
  }
  return n;
}

async function generate(path, reports) {
  const r = await runCli([
    "generate",
    "--year",
    "2024",
    "--reports",
    String(reports),
    "--seed",
    "1",
    "--out",
    path,
  ]);
  if (r.code !== 0) throw new Error(`generate failed: ${r.stderr}`);
}

async function validateMs(path) {
  let result;
  const ms = await wallMs(async () => {
    result = await runCli(["validate", path]);
  });
  if (result.code !== 0) throw new Error(`validate exited ${result.code}: ${result.stderr}`);
  return { ms, rssMb: result.rssMb };
}

export async function run() {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "mcc-cli-bench-"));
  const rows = [];
  try {
    const small = join(dir, "100k.ndjson");
    await generate(small, RECORDS);
    // Best of three, interleaved, so both sides see the same machine load.
    let bare = Number.POSITIVE_INFINITY;
    let cli = Number.POSITIVE_INFINITY;
    let smallRss = 0;
    for (let i = 0; i < 3; i++) {
      bare = Math.min(bare, await wallMs(() => bareLoop(small)));
      const v = await validateMs(small);
      cli = Math.min(cli, v.ms);
      smallRss = Math.max(smallRss, v.rssMb);
    }
    const baseline = { name: "JSON.parse per line", value: bare };
    const ratio = cli / bare;
    rows.push(
      row({
        group: "cli",
        name: `bare JSON.parse loop, ${RECORDS.toLocaleString("en-US")} records`,
        value: bare,
        unit: "ms",
      }),
    );
    rows.push(
      row({
        group: "cli",
        name: `validate ${RECORDS.toLocaleString("en-US")} records (spawned CLI)`,
        value: cli,
        unit: "ms",
        baseline,
        requirement: "≤ 3.0× floor",
        pass: ratio <= 3.0,
      }),
    );
    rows.push(row({ group: "cli", name: "validate 100k: peak RSS", value: smallRss, unit: "MB" }));
    rmSync(small);

    if (!process.env.CLI_BENCH_SKIP_GB) {
      const big = join(dir, "1gb.ndjson");
      // ~900 bytes a record: 1.2 M records make a little over 1 GB.
      await generate(big, 1_200_000);
      const bytes = statSync(big).size;
      const v = await validateMs(big);
      rows.push(
        row({
          group: "cli",
          name: `validate ${(bytes / GB).toFixed(2)} GB: wall time`,
          value: v.ms / 1000,
          unit: "s",
        }),
      );
      rows.push(
        row({
          group: "cli",
          name: `validate ${(bytes / GB).toFixed(2)} GB: peak RSS`,
          value: v.rssMb,
          unit: "MB",
          requirement: "≤ 150 MB, file ≥ 1 GB",
          pass: v.rssMb <= 150 && bytes >= GB,
        }),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (isMain(import.meta.url)) printRows(await run());

// Command line: `validate` throughput against a bare JSON.parse-per-line loop over the same
// file in the same run (required ≤ 3.0×); peak RSS validating 30,000 records whose time
// zones are spelt 30,000 ways (case variants of one zone) against the same records with one
// spelling (required: within 20 MB, so zone memory does not grow with the spellings a
// stream holds); and peak RSS validating a generated file of ≥ 1 GB (required ≤ 150 MB).
// Files are made in a temporary folder and deleted after.
//   node bench/cli.bench.mjs            (after `npm run build`)
//   CLI_BENCH_SKIP_GB=1 node bench/cli.bench.mjs   skips the 1 GB run (minutes)
//   CLI_BENCH_PARTS=zones node bench/cli.bench.mjs  only some parts (throughput, zones, gb)
import { spawn } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
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

async function generate(path, reports, extra = []) {
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
    ...extra,
  ]);
  if (r.code !== 0) throw new Error(`generate failed: ${r.stderr}`);
}

/** Validates `path`; `allowed` lists the exit codes that are not a failure of the run. */
async function validateMs(path, allowed = [0]) {
  let result;
  const ms = await wallMs(async () => {
    result = await runCli(["validate", path]);
  });
  if (!allowed.includes(result.code)) {
    throw new Error(`validate exited ${result.code}: ${result.stderr}`);
  }
  return { ms, rssMb: result.rssMb };
}

// 17 letters: 131,072 case variants, so 30,000 records can each have their own spelling.
const ZONE = "America/Los_Angeles";
const ZONE_RECORDS = 30_000;

/** The `n`-th case variant of `zone` (0 is the zone itself): bit j of n flips letter j. */
function caseVariant(zone, n) {
  let letter = 0;
  return zone.replace(/[a-z]/gi, (c) => {
    const flip = (n >> letter++) & 1;
    if (!flip) return c;
    return c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
  });
}

/** Peak RSS of `validate` over the same records with one zone spelling, then with 30,000. */
async function zoneRows(dir) {
  const one = join(dir, "zones-one.ndjson");
  await generate(one, ZONE_RECORDS, ["--time-zone", ZONE]);
  const many = join(dir, "zones-many.ndjson");
  const lines = readFileSync(one, "utf8").trimEnd().split("\n");
  const spelt = lines.map((line, i) => {
    const record = JSON.parse(line);
    if (record.timeZone !== ZONE) throw new Error(`expected ${ZONE}, got ${record.timeZone}`);
    return JSON.stringify({ ...record, timeZone: caseVariant(ZONE, i + 1) });
  });
  writeFileSync(many, `${spelt.join("\n")}\n`);
  // Best (lowest) of two runs each, interleaved: RSS varies a little with the machine's load.
  let oneRss = Number.POSITIVE_INFINITY;
  let manyRss = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    oneRss = Math.min(oneRss, (await validateMs(one)).rssMb);
    // Variant spellings may be rejected (time-zone/unknown): exit 1 is an answer, not a failure.
    manyRss = Math.min(manyRss, (await validateMs(many, [0, 1])).rssMb);
  }
  rmSync(one);
  rmSync(many);
  const records = ZONE_RECORDS.toLocaleString("en-US");
  const baseline = { name: "one spelling", value: oneRss };
  return [
    row({
      group: "cli",
      name: `validate ${records} records, one zone spelling: peak RSS`,
      value: oneRss,
      unit: "MB",
    }),
    row({
      group: "cli",
      name: `validate ${records} records, ${records} zone spellings: peak RSS`,
      value: manyRss,
      unit: "MB",
      baseline,
      requirement: "≤ one spelling + 20 MB",
      pass: manyRss <= oneRss + 20,
    }),
  ];
}

/** `validate` against the bare loop, best of three, on 100,000 generated records. */
async function throughputRows(dir) {
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
  rmSync(small);
  const baseline = { name: "JSON.parse per line", value: bare };
  const records = RECORDS.toLocaleString("en-US");
  return [
    row({
      group: "cli",
      name: `bare JSON.parse loop, ${records} records`,
      value: bare,
      unit: "ms",
    }),
    row({
      group: "cli",
      name: `validate ${records} records (spawned CLI)`,
      value: cli,
      unit: "ms",
      baseline,
      requirement: "≤ 3.0× floor",
      pass: cli / bare <= 3.0,
    }),
    row({ group: "cli", name: "validate 100k: peak RSS", value: smallRss, unit: "MB" }),
  ];
}

/** Peak RSS (and wall time) of `validate` over a generated file of a little over 1 GB. */
async function gigabyteRows(dir) {
  const big = join(dir, "1gb.ndjson");
  // ~900 bytes a record: 1.2 M records make a little over 1 GB.
  await generate(big, 1_200_000);
  const bytes = statSync(big).size;
  const v = await validateMs(big);
  rmSync(big);
  const size = `${(bytes / GB).toFixed(2)} GB`;
  return [
    row({ group: "cli", name: `validate ${size}: wall time`, value: v.ms / 1000, unit: "s" }),
    row({
      group: "cli",
      name: `validate ${size}: peak RSS`,
      value: v.rssMb,
      unit: "MB",
      requirement: "≤ 150 MB, file ≥ 1 GB",
      pass: v.rssMb <= 150 && bytes >= GB,
    }),
  ];
}

const PARTS = { throughput: throughputRows, zones: zoneRows, gb: gigabyteRows };

/**
 * The parts to run: `CLI_BENCH_PARTS` (a comma list of throughput, zones, gb; default all),
 * less the 1 GB part when `CLI_BENCH_SKIP_GB` is set.
 */
function parts() {
  const wanted = (process.env.CLI_BENCH_PARTS ?? Object.keys(PARTS).join(",")).split(",");
  for (const p of wanted) if (!(p in PARTS)) throw new Error(`CLI_BENCH_PARTS: unknown part ${p}`);
  return wanted.filter((p) => !(p === "gb" && process.env.CLI_BENCH_SKIP_GB));
}

export async function run() {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "mcc-cli-bench-"));
  const rows = [];
  try {
    for (const part of parts()) rows.push(...(await PARTS[part](dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (isMain(import.meta.url)) printRows(await run());

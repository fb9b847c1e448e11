// linkCases at 500,000 and 1,000,000 synthetic reports (syntheticYear with repeatShare 0.3:
// repeat episodes, recording noise, a realistic spread of names), each measured in a child
// process run with --max-old-space-size=1024 (a heap over 1 GB fails the run) that reads the
// reports from NDJSON as a stream, so that memory is what linkCases holds, not the input; its
// peak RSS is reported. Baseline in the same process: the same stream parsed with nothing done
// (its CPU time is subtracted to give linkCases' own).
// Requirements (per CPU second of the child): ≥ 100,000 cases/s at 1M; peak RSS < 1 GB; CPU
// time at 1M ≤ 2.3 × at 500k. Medians of LINKING_BENCH_RUNS runs (default 3).
//   node bench/linking-speed.mjs          (after `npm run build`; first run writes the data,
//                                          about 2 minutes, to .tmp/linking-bench/)
import { execFileSync } from "node:child_process";
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMain, printRows, row } from "./lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "..", ".tmp", "linking-bench");
const RUNS = Number(process.env.LINKING_BENCH_RUNS ?? 3);
// A synthetic year of a million reports in report order, as exports usually are; 500k is its
// first half (January to about June).
const YEARS = [{ year: 2024, seed: 2024 }];
const REPORTS = 1_000_000;
const HALF = 500_000;
const FORMAT = 2; // bump when the files' content changes

const fileOf = ({ year, seed }) => join(DATA, `year-${year}-seed-${seed}-v${FORMAT}.ndjson`);

/**
 * Writes a year as NDJSON once: the cases as syntheticYear makes them, less the fields linking
 * never reads and the schema leaves optional (facts, risk indicators, NCIC data, physical
 * description), so that a million cases fit in a file of about 600 MB. Still valid cases.
 * Child ids get the year in front: each synthetic year numbers its people from 1 at every
 * agency, and two years side by side must not share an agency's ids by accident.
 */
async function ensureData() {
  mkdirSync(DATA, { recursive: true });
  const { syntheticYear } = await import("../dist/testing/index.js");
  for (const y of YEARS) {
    const file = fileOf(y);
    if (existsSync(file)) continue;
    console.error(`  writing ${file} (once) …`);
    const out = createWriteStream(`${file}.part`);
    for (const c of syntheticYear({ ...y, reports: REPORTS, repeatShare: 0.3 })) {
      const { facts, riskIndicators, ncic, ...kept } = c;
      const { heightCm, weightKg, eyeColor, hairColor, marks, disability, ...child } = c.child;
      const record = { ...kept, child: { ...child, id: `${y.year}/${child.id}` } };
      if (!out.write(`${JSON.stringify(record)}\n`)) {
        await new Promise((resolve) => out.once("drain", resolve));
      }
    }
    await new Promise((resolve) => out.end(resolve));
    renameSync(`${file}.part`, file);
  }
}

/** The first `limit` cases of NDJSON files, parsed one at a time (constant memory). */
function* records(files, limit) {
  let k = 0;
  const buf = Buffer.alloc(1 << 20);
  for (const f of files) {
    const fd = openSync(f, "r");
    let rest = "";
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const text = rest + buf.toString("utf8", 0, n);
      let start = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        if (nl > start) {
          if (k++ === limit) return closeSync(fd);
          yield JSON.parse(text.slice(start, nl));
        }
        start = nl + 1;
      }
      rest = text.slice(start);
    }
    if (rest && k++ < limit) yield JSON.parse(rest);
    closeSync(fd);
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** In the child: parse-only pass, then linkCases over the same stream; prints JSON. */
async function child(limit, files) {
  const { linkCases } = await import("../dist/index.js");
  const stream = { [Symbol.iterator]: () => records(files, limit) };
  let t = cpuMs();
  let n = 0;
  for (const c of stream) n += c.id.length > 0 ? 1 : 0;
  const bare = cpuMs() - t;
  // linkCases reads the same stream: its CPU time includes the parsing measured above.
  t = cpuMs();
  const result = linkCases(stream);
  const linked = cpuMs() - t;
  const repeat = result.children.filter((c) => c.caseIds.length > 1).length;
  console.log(
    JSON.stringify({
      n,
      bareMs: bare,
      linkMs: linked,
      rssMb: process.resourceUsage().maxRSS / 1024,
      children: result.children.length,
      repeat,
      links: result.links.length,
    }),
  );
}

function measure(limit, files) {
  const out = execFileSync(
    process.execPath,
    [
      "--max-old-space-size=1024",
      fileURLToPath(import.meta.url),
      "--child",
      String(limit),
      ...files,
    ],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split("\n").at(-1));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  await ensureData();
  const files = YEARS.map(fileOf);
  // The sizes alternate run by run, so that both see the same load on a shared machine (the
  // growth row compares them).
  const results = [[], []];
  for (let k = 0; k < RUNS; k++) {
    [REPORTS, HALF].forEach((limit, i) => {
      console.error(`  ${limit.toLocaleString("en-US")} reports, run ${k + 1} of ${RUNS} …`);
      results[i].push(measure(limit, files));
    });
  }
  const at = (i, f) => median(results[i].map(f));
  const [one, half] = [0, 1].map((i) => ({
    n: results[i][0].n,
    bare: at(i, (r) => (r.n / r.bareMs) * 1000),
    gross: at(i, (r) => (r.n / r.linkMs) * 1000),
    net: at(i, (r) => (r.n / (r.linkMs - r.bareMs)) * 1000),
    netMs: at(i, (r) => r.linkMs - r.bareMs),
    rss: at(i, (r) => r.rssMb),
    children: results[i][0].children,
    repeat: results[i][0].repeat,
  }));
  const group = "linking";
  const growth = one.netMs / half.netMs;
  return [
    row({
      group,
      name: "parse the NDJSON stream only (1M reports), per CPU second",
      value: one.bare,
      unit: "cases/s",
    }),
    row({
      group,
      name: "parse + linkCases (1M), per CPU second",
      value: one.gross,
      unit: "cases/s",
      baseline: { name: "parse only", value: one.bare },
    }),
    row({
      group,
      name: "linkCases (1M), its own CPU time (parse subtracted)",
      value: one.net,
      unit: "cases/s",
      requirement: "≥ 100,000 cases/s per CPU second at 1M",
      pass: one.net >= 100_000,
    }),
    row({
      group,
      name: "peak RSS of the process (1M, input streamed)",
      value: one.rss,
      unit: "MB",
      requirement: "< 1 GB",
      pass: one.rss < 1024,
    }),
    row({
      group,
      name: "linkCases (500k), its own CPU time",
      value: half.net,
      unit: "cases/s",
      baseline: { name: "1M", value: one.net },
    }),
    row({
      group,
      name: "CPU time at 1M ÷ CPU time at 500k",
      value: growth,
      unit: "×",
      requirement: "≤ 2.3×",
      pass: growth <= 2.3,
    }),
    row({
      group,
      name: "peak RSS of the process (500k, input streamed)",
      value: half.rss,
      unit: "MB",
    }),
    row({
      group,
      name: `children found in 1M reports (${one.repeat.toLocaleString("en-US")} with 2+ reports)`,
      value: one.children,
      unit: "children",
    }),
  ];
}

if (process.argv[2] === "--child") await child(Number(process.argv[3]), process.argv.slice(4));
else if (isMain(import.meta.url)) printRows(await run());

// annualStatistics over 1,000,000 cases (references into a pool of distinct records),
// against a bare loop over the same array that only reads `reportedAt`, in the same run.
// Target: ≥ 500,000 cases/s on one core.
//   node bench/statistics.bench.mjs      (after `npm run build`)
//   STATISTICS_BENCH_DIST=/tmp/bundle.mjs node bench/statistics.bench.mjs
import { pathToFileURL } from "node:url";
import { isMain, printRows, row } from "./lib.mjs";

// STATISTICS_BENCH_DIST=<bundle.mjs> measures another build (e.g. esbuild from source).
const target = process.env.STATISTICS_BENCH_DIST;
const { annualStatistics, createAnnualAccumulator, parseCase } = await import(
  target ? pathToFileURL(target).href : "../dist/index.js"
);

const N = 1_000_000;
const POOL = 10_000;
const H = 3_600_000;
const D = 24 * H;
const ZONES = [
  "America/New_York",
  "America/New_York",
  "America/New_York",
  "America/Chicago",
  "UTC",
];
const iso = (ms) => new Date(ms).toISOString();

/** A pool of distinct, valid records: reports across 2023–2024, histories of 0–5 events. */
function pool() {
  const out = [];
  const start = Date.UTC(2023, 0, 1, 5);
  for (let i = 0; i < POOL; i++) {
    const r = start + Math.floor((i * 2 * 365 * D) / POOL);
    const kind = i % 6;
    const events =
      kind === 0
        ? []
        : kind === 1
          ? [{ type: "enter", at: iso(r + H), category: "EMJ" }]
          : [
              { type: "enter", at: iso(r + H), category: "EMJ" },
              { type: "notify", at: iso(r + 2 * H), recipient: "ncmec" },
              { type: "locate", at: iso(r + (i % 40) * D + 3 * H), condition: "safe" },
              ...(kind >= 3
                ? [
                    {
                      type: "clear",
                      at: iso(r + (i % 40) * D + 5 * H),
                      disposition: "returned-to-guardian",
                    },
                  ]
                : []),
              ...(kind === 5
                ? [{ type: "reopen", at: iso(r + (i % 40) * D + 9 * H), reason: "Ran again" }]
                : []),
            ];
    const status = ["reported", "active", "located", "closed", "closed", "active"][kind];
    out.push({
      id: `B-${i}`,
      child: {
        id: `p-${i}`,
        name: { given: "Bench", family: "Child" },
        birthDate:
          i % 9 === 0
            ? String(2005 + (i % 15))
            : `${2003 + (i % 18)}-${String((i % 12) + 1).padStart(2, "0")}-15`,
        sex: "F",
      },
      reportingAgencyId: "albany-pd",
      timeZone: ZONES[i % ZONES.length],
      reportedAt: iso(r),
      lastContactAt: iso(r - H),
      reportedAs: i % 20 === 0 ? "family-abduction" : "runaway",
      status,
      events,
    });
  }
  return out;
}

/**
 * Best of `runs` passes after a warm-up: cases per wall-clock second, and per second of
 * this process's CPU time (what one core does however busy the shared machine is).
 */
function casesPerSecond(fn, cases, runs = 5) {
  fn(cases); // warm-up
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t = performance.now();
    fn(cases);
    wall = Math.min(wall, performance.now() - t);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall: (cases.length / wall) * 1000, cpu: (cases.length / cpu) * 1000 };
}

export async function run() {
  const p = pool();
  if (!p.every((c) => parseCase(c).ok)) throw new Error("the benchmark pool has an invalid record");
  // In pool order, as records parsed from a stream sit in memory one after another.
  const cases = Array.from({ length: N }, (_, i) => p[i % POOL]);
  const bare = casesPerSecond((cs) => {
    let n = 0;
    for (let i = 0; i < cs.length; i++) n += cs[i].reportedAt.length;
    return n;
  }, cases);
  const stats = casesPerSecond((cs) => annualStatistics(cs, { year: 2024 }), cases);
  const streamed = casesPerSecond((cs) => {
    const acc = createAnnualAccumulator({ year: 2024 });
    for (const c of cs) acc.add(c);
    return acc.result();
  }, cases);
  const group = "statistics";
  const requirement = "≥ 500,000 cases/s on one core";
  return [
    row({
      group,
      name: "bare loop reading reportedAt (1M cases)",
      value: bare.wall,
      unit: "cases/s",
    }),
    row({
      group,
      name: "annualStatistics (1M cases, year 2024), wall clock",
      value: stats.wall,
      unit: "cases/s",
      baseline: { name: "bare loop", value: bare.wall },
    }),
    row({
      group,
      name: "annualStatistics time per case ÷ the bare loop's (wall clock)",
      value: bare.wall / stats.wall,
      unit: "×",
    }),
    row({
      group,
      name: "annualStatistics, per CPU second",
      value: stats.cpu,
      unit: "cases/s",
      requirement,
      pass: stats.cpu >= 500_000,
    }),
    row({
      group,
      name: "createAnnualAccumulator, add() one case at a time, per CPU second",
      value: streamed.cpu,
      unit: "cases/s",
      baseline: { name: "annualStatistics", value: stats.cpu },
    }),
  ];
}

if (isMain(import.meta.url)) printRows(await run());

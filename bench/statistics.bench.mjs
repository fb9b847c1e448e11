// annualStatistics over 1,000,000 cases (references into a pool of distinct records),
// against a bare loop over the same array that only reads `reportedAt`, in the same run.
// Requirement (issue 6): ≥ 500,000 cases/s on one core.
//   node bench/statistics.bench.mjs      (after `npm run build`)
import { annualStatistics } from "../dist/index.js";
import { isMain, printRows, row } from "./lib.mjs";

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

function casesPerSecond(fn, cases, runs = 5) {
  fn(cases); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn(cases);
    best = Math.min(best, performance.now() - t);
  }
  return (cases.length / best) * 1000;
}

export async function run() {
  const p = pool();
  // In pool order, as records parsed from a stream sit in memory one after another.
  const cases = Array.from({ length: N }, (_, i) => p[i % POOL]);
  const bare = casesPerSecond((cs) => {
    let n = 0;
    for (let i = 0; i < cs.length; i++) n += cs[i].reportedAt.length;
    return n;
  }, cases);
  const stats = casesPerSecond((cs) => annualStatistics(cs, { year: 2024 }), cases);
  const baseline = { name: "bare loop reading reportedAt", value: bare };
  return [
    row({
      group: "statistics",
      name: "bare loop reading reportedAt (1M cases)",
      value: bare,
      unit: "cases/s",
    }),
    row({
      group: "statistics",
      name: "annualStatistics (1M cases, year 2024)",
      value: stats,
      unit: "cases/s",
      baseline,
      requirement: "≥ 500,000 cases/s",
      pass: stats >= 500_000,
    }),
  ];
}

if (isMain(import.meta.url)) printRows(await run());

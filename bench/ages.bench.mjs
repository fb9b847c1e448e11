// Ages benchmark: ageAtReport over 100,000 distinct report instants in New York (target:
// ≥ 1,000,000 calls/s on one core), against a baseline computing the same ages with TZDate +
// differenceInYears (about 60 µs a call on Node 20). Run: npm run build && node bench/ages.bench.mjs
import { TZDate } from "@date-fns/tz";
import { differenceInYears } from "date-fns";
import { cpuOpsPerSecond, isMain, opsPerSecond, printRows, rng, row } from "./lib.mjs";

const dist = process.env.AGES_BENCH_DIST ?? "../dist/index.js";
const { ageAtReport, ageOn, localDate } = await import(dist);

const ZONE = "America/New_York";
const N = 100_000;
const GROUP = "ages";

const pad = (n, w = 2) => String(n).padStart(w, "0");

/** An RFC 3339 string of `ms` as New York wall time with its offset (-05:00 or -04:00). */
function nyString(ms) {
  const offsetMin = -new TZDate(ms, ZONE).getTimezoneOffset();
  const local = new Date(ms + offsetMin * 60_000);
  const sign = offsetMin < 0 ? "-" : "+";
  const off = Math.abs(offsetMin);
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/**
 * N cases with distinct report instants spread over 2024–2025 (whole seconds, so every
 * string differs), children aged 0–20 with full birth dates; a minimal case shape, since
 * ageAtReport reads only child.birthDate, timeZone and reportedAt.
 */
export function makeCases(n = N, seed = 3) {
  const random = rng(seed);
  const start = Date.UTC(2024, 0, 1, 5);
  const span = Date.UTC(2026, 0, 1, 5) - start;
  const seen = new Set();
  const cases = [];
  while (cases.length < n) {
    const ms = start + Math.floor((random() * span) / 1000) * 1000;
    if (seen.has(ms)) continue;
    seen.add(ms);
    const birth = new Date(ms - Math.floor(random() * 21 * 365.25 * 86_400_000));
    const birthDate = birth.toISOString().slice(0, 10);
    const reportedAt = random() < 0.5 ? nyString(ms) : new Date(ms).toISOString();
    cases.push({ child: { birthDate }, timeZone: ZONE, reportedAt });
  }
  // Through JSON, as records arrive from a file: flat strings, not concatenation ropes.
  return JSON.parse(JSON.stringify(cases));
}

/** The baseline: the same age with TZDate on both sides and date-fns differenceInYears. */
function baselineAge(c) {
  const [y, m, d] = c.child.birthDate.split("-").map(Number);
  const birth = new TZDate(y, m - 1, d, c.timeZone);
  return differenceInYears(new TZDate(Date.parse(c.reportedAt), c.timeZone), birth);
}

export async function run() {
  const cases = makeCases();
  // First pass on an empty offset cache: ~2 Intl calls per UTC day of the two years.
  const t0 = performance.now();
  for (const c of cases) ageAtReport(c);
  const firstPass = (N / (performance.now() - t0)) * 1000;
  // Same answers: every case through both paths would take the baseline ~6 s; check 5,000.
  for (let i = 0; i < cases.length; i += 20) {
    const c = cases[i];
    if (ageAtReport(c) !== baselineAge(c)) throw new Error(`age mismatch at case ${i}`);
  }
  const base = opsPerSecond((i) => baselineAge(cases[i % N]), { minMs: 1500, batch: 100 });
  const baseline = { name: "TZDate + differenceInYears", value: base };
  const fast = opsPerSecond((i) => ageAtReport(cases[i % N]), { minMs: 2000 });
  const cpu = cpuOpsPerSecond((i) => ageAtReport(cases[i % N]), { minMs: 2000 });
  const dates = opsPerSecond((i) => localDate(cases[i % N].reportedAt, ZONE), { minMs: 1000 });
  const births = cases.map((c) => c.child.birthDate);
  const ons = cases.map((c) => localDate(c.reportedAt, ZONE));
  const plain = opsPerSecond((i) => ageOn(births[i % N], ons[i % N]), { minMs: 1000 });
  const name = `ageAtReport, ${N.toLocaleString("en-US")} distinct NY instants`;
  return [
    row({
      group: GROUP,
      name: "baseline: TZDate + differenceInYears",
      value: base,
      unit: "calls/s",
    }),
    row({ group: GROUP, name: `${name} (wall clock)`, value: fast, unit: "calls/s", baseline }),
    row({
      group: GROUP,
      name: `${name} (per CPU second)`,
      value: cpu,
      unit: "calls/s",
      requirement: "≥ 1,000,000 calls/s on one core",
      pass: cpu >= 1_000_000,
    }),
    row({
      group: GROUP,
      name: "ageAtReport, first pass, empty cache",
      value: firstPass,
      unit: "calls/s",
    }),
    row({ group: GROUP, name: "localDate (NY)", value: dates, unit: "calls/s", baseline }),
    row({ group: GROUP, name: "ageOn (two IsoDate strings)", value: plain, unit: "calls/s" }),
  ];
}

if (isMain(import.meta.url)) printRows(await run());

// Shared benchmark helpers. Every bench/*.bench.mjs exports `run()` returning rows made by
// `row()`; bench/run.mjs runs them all and prints one table. Each file also runs alone:
//   node bench/<name>.bench.mjs
// Figures are ratios against a baseline measured in the same run, never absolute gates in tests.
import { pathToFileURL } from "node:url";

/** Runs `fn(i)` for i = 0.. until `minMs` has passed (after a warm-up); returns calls/s. */
export function opsPerSecond(fn, { minMs = 1500, warmupMs = 300, batch = 1000 } = {}) {
  let sink = 0;
  const loop = (ms) => {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      for (let i = 0; i < batch; i++) sink ^= fn(n + i) === undefined ? 0 : 1;
      n += batch;
      now = performance.now();
    }
    return { n, ms: now - start };
  };
  loop(warmupMs);
  const { n, ms } = loop(minMs);
  globalThis.__benchSink = sink;
  return (n / ms) * 1000;
}

/**
 * Calls per second of CPU time of this process (process.cpuUsage): what one core does, even
 * when other processes share the machine and wall-clock figures drop.
 */
export function cpuOpsPerSecond(fn, { minMs = 1500, warmupMs = 300, batch = 1000 } = {}) {
  let sink = 0;
  const loop = (ms) => {
    let n = 0;
    const start = process.cpuUsage();
    let used = 0;
    while (used < ms * 1000) {
      for (let i = 0; i < batch; i++) sink ^= fn(n + i) === undefined ? 0 : 1;
      n += batch;
      const u = process.cpuUsage(start);
      used = u.user + u.system;
    }
    return (n / used) * 1e6;
  };
  loop(warmupMs);
  const value = loop(minMs);
  globalThis.__benchSink = sink;
  return value;
}

/** A deterministic generator (mulberry32), so that every run measures the same records. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wall time of `fn()` in ms (one call; for whole-file work). */
export async function wallMs(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * One result row. `ratio` is value / baseline.value; `requirement` states the bar and
 * `pass` whether it was met (undefined when there is no bar).
 */
export function row({ group, name, value, unit, baseline, requirement, pass }) {
  return {
    group,
    name,
    value,
    unit,
    baselineName: baseline?.name,
    baselineValue: baseline?.value,
    ratio: baseline ? value / baseline.value : undefined,
    requirement,
    pass,
  };
}

const fmt = (v) =>
  v === undefined ? "" : v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(2);

/** Prints rows as one aligned table. */
export function printRows(rows) {
  const head = ["group", "benchmark", "value", "unit", "baseline", "ratio", "requirement", "ok"];
  const body = rows.map((r) => [
    r.group,
    r.name,
    fmt(r.value),
    r.unit,
    r.baselineName ? `${r.baselineName} (${fmt(r.baselineValue)})` : "",
    r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}×`,
    r.requirement ?? "",
    r.pass === undefined ? "" : r.pass ? "yes" : "NO",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const b of body) console.log(line(b));
}

/** True when the module at `url` is the script node was started with. */
export function isMain(url) {
  return process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === url;
}

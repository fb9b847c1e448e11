import { makeCases } from "./ages.bench.mjs";
const P = await import("/tmp/agesbuild/parts.js");
const cases = makeCases(); const N = cases.length;
const ms = cases.map(c => Date.parse(c.reportedAt));
const bounds = cases.map(c => P.tryDateBounds(c.child.birthDate));
const on = ms.map(t => P.localPacked(t, "America/New_York"));
function cpuOps(fn, minMs = 700) {
  let sink = 0; let n = 0;
  const t0 = process.cpuUsage(); const w0 = performance.now();
  let used = 0;
  while (used < minMs * 1000) { for (let i = 0; i < 1000; i++) sink ^= fn(n + i) === undefined ? 0 : 1; n += 1000; const u = process.cpuUsage(t0); used = u.user + u.system; }
  globalThis.s = sink; return [Math.round(n / used * 1e6), Math.round(n / (performance.now() - w0) * 1000)];
}
const r = (name, fn) => console.log(name, cpuOps(fn));
for (let k = 0; k < 2; k++) {
r("ageAtReport", (i) => P.ageAtReport(cases[i % N]));
r("tryInstantMs", (i) => P.tryInstantMs(cases[i % N].reportedAt));
r("localPacked", (i) => P.localPacked(ms[i % N], "America/New_York"));
r("tryDateBounds", (i) => P.tryDateBounds(cases[i % N].child.birthDate));
r("ageRangeOnPacked", (i) => P.ageRangeOnPacked(bounds[i % N], on[i % N]));
r("noop", (i) => cases[i % N]);
}

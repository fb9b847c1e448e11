import { makeCases } from "./ages.bench.mjs";
import { opsPerSecond } from "./lib.mjs";
const P = await import("/tmp/agesbuild/parts.js");
const cases = makeCases(); const N = cases.length;
const ms = cases.map(c => Date.parse(c.reportedAt));
const bounds = cases.map(c => P.tryDateBounds(c.child.birthDate));
const on = ms.map(t => P.localPacked(t, "America/New_York"));
const r = (name, fn) => console.log(name, Math.round(opsPerSecond(fn, { minMs: 700 })));
for (let k = 0; k < 2; k++) {
r("ageAtReport", (i) => P.ageAtReport(cases[i % N]));
r("tryInstantMs", (i) => P.tryInstantMs(cases[i % N].reportedAt));
r("localPacked", (i) => P.localPacked(ms[i % N], "America/New_York"));
r("tryDateBounds", (i) => P.tryDateBounds(cases[i % N].child.birthDate));
r("ageRangeOnPacked", (i) => P.ageRangeOnPacked(bounds[i % N], on[i % N]));
r("noop", (i) => cases[i % N]);
}

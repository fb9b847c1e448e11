import { makeCases } from "./ages.bench.mjs";
const P = await import("/tmp/agesbuild/parts.js");
const cases = makeCases(); const N = cases.length;
let s = 0; const t = performance.now();
for (let k = 0; k < 3_000_000; k++) s += P.ageAtReport(cases[k % N]);
console.log(s, performance.now() - t);

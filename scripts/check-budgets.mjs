#!/usr/bin/env node
// Bundle budgets, checked against the BUILT package (run `npm run build` first).
// Each budget bundles a consumer entry with esbuild as a browser bundler would (minified,
// tree-shaken, dependencies included, `sideEffects: false` honoured), gzips it and compares.
//   node scripts/check-budgets.mjs [--json]
// Exits 1 when a budget is exceeded or a forbidden module (zod) is bundled. Budgets and the
// figures they were set from are recorded in docs/performance.md ("Bundle budgets").
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const KB = 1024;

/**
 * What each consumer imports, its gzip budget, and modules that must not be in its bundle.
 * Budgets are about 1.3–2.5× the sizes measured when they were set (figures in
 * docs/performance.md), so that growth past them is a decision. The zod-free budgets hold the
 * design: only parsing and the schemas need zod; every pure function and the testing kit bundle
 * without it (the ESM build keeps one file per module so bundlers can drop the rest).
 */
const PURE = [
  "classifyCase",
  "amberAlertEligibility",
  "complianceDeadlines",
  "ageAtReport",
  "annualStatistics",
  "summarizeOperation",
  "redactCase",
];
// The linker (and its nickname table, a third of it) must stay out of bundles that do not
// import linking: `forbidFiles` are parts of bundled module paths that must not appear.
const LINKING = ["linking/"];
const PURE_NO_STATS = PURE.filter((name) => name !== "annualStatistics");
const BUDGETS = [
  {
    name: "ageOn only",
    code: 'import { ageOn } from "missing-child-cases"; console.log(ageOn);',
    maxGzip: 3 * KB,
    forbid: ["zod"],
    forbidFiles: LINKING,
  },
  {
    // annualStatistics can count distinct children (`children: true`), so it carries the linker.
    name: "pure functions, no parsing",
    code: `import { ${PURE.join(", ")} } from "missing-child-cases"; console.log(${PURE.join(", ")});`,
    maxGzip: 80 * KB,
    forbid: ["zod"],
  },
  {
    name: "pure functions except annualStatistics",
    // complianceDeadlines reads every jurisdiction profile and cites its rules' words.
    code: `import { ${PURE_NO_STATS.join(", ")} } from "missing-child-cases"; console.log(${PURE_NO_STATS.join(", ")});`,
    maxGzip: 56 * KB,
    forbid: ["zod"],
    forbidFiles: LINKING,
  },
  {
    // They parse each event before applying it, so they bring the event schema and zod.
    name: "transition and applyEvents",
    code: 'import { transition, applyEvents } from "missing-child-cases"; console.log(transition, applyEvents);',
    maxGzip: 48 * KB,
    forbid: [],
  },
  {
    name: "parseCase only",
    code: 'import { parseCase } from "missing-child-cases"; console.log(parseCase);',
    maxGzip: 48 * KB,
    forbid: [],
    forbidFiles: LINKING,
  },
  {
    name: "linkCases only",
    code: 'import { linkCases } from "missing-child-cases"; console.log(linkCases);',
    maxGzip: 24 * KB,
    forbid: ["zod"],
  },
  {
    name: "whole library (.)",
    code: 'import * as lib from "missing-child-cases"; console.log(lib);',
    maxGzip: 152 * KB,
    forbid: [],
  },
  {
    // repeatShare writes nicknames from the nickname table into synthetic reports.
    name: "testing kit (./testing)",
    code: 'import * as kit from "missing-child-cases/testing"; console.log(kit);',
    maxGzip: 32 * KB,
    forbid: ["zod"],
  },
];

/** Bundles `code` as a consumer of this package would; returns min+gzip size and inputs. */
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: "consumer.mjs", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    // The package resolves itself through its own `exports`, so dist/ is what is measured.
    conditions: ["import", "module", "browser", "default"],
  });
  const bytes = result.outputFiles[0].contents;
  // Inputs that left code in the bundle: a module esbuild parsed but shook out entirely is listed
  // in the metafile with 0 bytes, and does not count.
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, inputs };
}

/** The npm package a bundled input belongs to ("zod", "@date-fns/tz", or "." for ours). */
function packageOf(input) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m ? m[1] : ".";
}

if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(2);
}

const rows = [];
for (const b of BUDGETS) {
  const r = await bundle(b.code);
  const packages = [...new Set(r.inputs.map(packageOf))].sort();
  const forbidden = [
    ...packages.filter((p) => b.forbid.includes(p)),
    ...(b.forbidFiles ?? []).filter((part) => r.inputs.some((input) => input.includes(part))),
  ];
  rows.push({
    budget: b.name,
    minified: r.minified,
    gzip: r.gzip,
    maxGzip: b.maxGzip,
    packages,
    forbidden,
    ok: r.gzip <= b.maxGzip && forbidden.length === 0,
  });
}

if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
else {
  const kb = (n) => `${(n / KB).toFixed(2)} kB`;
  for (const r of rows) {
    const extra = r.forbidden.length ? `; FORBIDDEN: ${r.forbidden.join(", ")}` : "";
    console.log(
      `${r.ok ? "ok  " : "FAIL"} ${r.budget}: ${kb(r.gzip)} gz (${kb(r.minified)} min), ` +
        `budget ${kb(r.maxGzip)}; packages: ${r.packages.join(", ")}${extra}`,
    );
  }
}
const failed = rows.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`${failed.length} bundle budget(s) exceeded`);
  process.exit(1);
}

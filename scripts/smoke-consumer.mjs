#!/usr/bin/env node
// Consumer smoke test: what a user gets from npm, checked from outside the repo.
// Packs the BUILT package (run `npm run build` first), installs the tarball in a temporary
// folder with the user's own zod (the peer dependency, at the oldest version its range allows,
// not the one this repo develops with) and fast-check for ./arbitraries, then checks that the
// app holds one zod and the library's schemas are instances of it, and
// `import` and `require` of every entry, that the JSON Schema files resolve, that the bin
// runs, and that `tsc` (this repo's, by absolute path) type-checks consumer code under
// moduleResolution node16, nodenext and bundler with strict and skipLibCheck false.
//   node scripts/smoke-consumer.mjs [--keep] [--tarball <file.tgz>]
// --keep leaves the temporary folder; --tarball tests an existing tarball instead of packing.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const fastCheck = JSON.parse(
  readFileSync(join(root, "node_modules", "fast-check", "package.json"), "utf8"),
).version;
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
/** The user's zod: the oldest version the peer range allows (`^4.6.6` → 4.6.6). */
const userZod = pkg.peerDependencies.zod.replace(/^\^/, "");
const keep = process.argv.includes("--keep");
const tarballArg = process.argv[process.argv.indexOf("--tarball") + 1];
const givenTarball = process.argv.includes("--tarball") ? tarballArg : undefined;

/** Runs a command; returns stdout, or throws with its output when it fails. */
function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** Like {@link run}, without blocking, so independent commands overlap. */
function runAsync(cmd, args, cwd) {
  return new Promise((done, fail) => {
    execFile(cmd, args, { cwd, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${cmd} ${args.join(" ")} failed:\n${stdout}${stderr}`));
      else done(stdout);
    });
  });
}

/** The files of the consumer project, by path. */
const FILES = {
  "package.json": JSON.stringify({ name: "smoke-consumer", private: true, type: "module" }),
  // Runtime: ESM.
  "esm.mjs": `
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { ageOn, parseCase, MissingCaseSchema } from "missing-child-cases";
import { makeCase } from "missing-child-cases/testing";
import { caseArbitrary } from "missing-child-cases/arbitraries";
assert.equal(ageOn("2010-05-01", "2025-04-30"), 14);
assert.equal(parseCase(makeCase()).ok, true);
assert.equal(typeof caseArbitrary, "function");
assert.equal(typeof MissingCaseSchema.safeParse, "function");
assert.ok(MissingCaseSchema instanceof z.ZodType, "the library's schemas are the app's zod's");
const schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("missing-child-cases/schemas/case.json")), "utf8"));
assert.equal(typeof schema, "object");
console.log("esm ok");
`,
  // Runtime: CommonJS, sharing schema instances between "." and "./testing".
  "cjs.cjs": `
const assert = require("node:assert/strict");
const { ageOn, parseCase } = require("missing-child-cases");
const { makeCase } = require("missing-child-cases/testing");
const { caseArbitrary } = require("missing-child-cases/arbitraries");
const z = require("zod");
assert.ok(require("missing-child-cases").ChildSchema instanceof z.ZodType);
assert.equal(ageOn("2010-05-01", "2025-04-30"), 14);
assert.equal(parseCase(makeCase()).ok, true);
assert.equal(typeof caseArbitrary, "function");
const schema = require("missing-child-cases/schemas/case.json");
assert.equal(typeof schema, "object");
assert.match(require("missing-child-cases/schemas/draft-07/case.json").$schema, /draft-07/);
assert.equal(require("missing-child-cases/schemas/openapi.json").openapi, "3.1.0");
console.log("cjs ok");
`,
  // Types: the same consumer code as ESM (.mts), CommonJS (.cts) and a bundler's .ts.
  ...Object.fromEntries(
    ["consumer.mts", "consumer.cts", "consumer.ts"].map((f) => [f, typeConsumer()]),
  ),
  ...tsconfig("node16", { module: "node16", moduleResolution: "node16" }, [
    "consumer.mts",
    "consumer.cts",
  ]),
  ...tsconfig("nodenext", { module: "nodenext", moduleResolution: "nodenext" }, [
    "consumer.mts",
    "consumer.cts",
  ]),
  ...tsconfig("bundler", { module: "esnext", moduleResolution: "bundler" }, ["consumer.ts"]),
};

/** Consumer code that uses the public types as a user would; it must type-check as is. */
function typeConsumer() {
  return `
import { ageOn, parseCase, type MissingCase, type ParseResult } from "missing-child-cases";
import { makeCase } from "missing-child-cases/testing";
import { caseArbitrary } from "missing-child-cases/arbitraries";
const r: ParseResult<MissingCase> = parseCase(makeCase());
export const age: number | undefined = ageOn("2010-05-01", "2025-04-30");
export const status: string = r.ok ? r.value.status : r.issues.map((i) => i.code).join();
export const arb = caseArbitrary();
`;
}

/** A tsconfig named tsconfig.<name>.json over `files`, strict and without skipLibCheck. */
function tsconfig(name, options, files) {
  const compilerOptions = {
    ...options,
    target: "ES2022",
    // zod's own declarations name `URL`, which comes from the DOM lib or @types/node.
    lib: ["ES2022", "DOM"],
    types: [],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
  };
  return { [`tsconfig.${name}.json`]: JSON.stringify({ compilerOptions, files }, null, 2) };
}

if (!givenTarball && !existsSync(join(root, "dist", "index.js"))) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(2);
}

/** Packs the package into `dir`; checks the tarball holds the built files; returns its path. */
function pack(dir) {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], root));
  const files = new Set(packed.files.map((f) => f.path));
  const expected = ["dist/index.js", "dist/index.cjs", "dist/cli.js", "schemas/case.json"];
  for (const f of [...expected, "schemas/draft-07/case.json", "schemas/openapi.json", "LICENSE"]) {
    if (!files.has(f)) throw new Error(`the tarball lacks ${f} (was dist/ being rebuilt?)`);
  }
  return join(dir, packed.filename);
}

const dir = mkdtempSync(join(tmpdir(), "mcc-smoke-"));
const steps = [];
try {
  const tarball = givenTarball ? resolve(givenTarball) : pack(dir);
  steps.push(`${givenTarball ? "given" : "packed"} ${basename(tarball)}`);

  const app = join(dir, "app");
  mkdirSync(app);
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(app, file), text);
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      tarball,
      `fast-check@${fastCheck}`,
      `zod@${userZod}`,
    ],
    app,
  );
  steps.push(`installed the tarball with the app's own zod ${userZod}`);
  const zods = run("npm", ["ls", "zod", "--all", "--parseable"], app).trim().split("\n");
  if (zods.length !== 1) throw new Error(`the app holds ${zods.length} copies of zod`);
  steps.push("one zod in the app (zod is a peer dependency)");

  steps.push(run("node", ["esm.mjs"], app).trim());
  steps.push(run("node", ["cjs.cjs"], app).trim());

  const bin = join(app, "node_modules", ".bin", "missing-child-cases");
  const version = run(bin, ["--version"], app).trim();
  if (!version.includes(pkg.version)) {
    throw new Error(`the bin printed a version other than ${pkg.version}`);
  }
  steps.push(`bin --version ok (${version})`);

  // The three type-checks are independent: run them at once.
  const resolutions = ["node16", "nodenext", "bundler"];
  await Promise.all(
    resolutions.map((name) => runAsync("node", [tsc, "-p", `tsconfig.${name}.json`], app)),
  );
  for (const name of resolutions) steps.push(`tsc moduleResolution ${name} ok`);
  for (const s of steps) console.log(`ok   ${s}`);
  console.log("consumer smoke test passed");
} catch (e) {
  for (const s of steps) console.log(`ok   ${s}`);
  console.error(`FAIL ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

/**
 * The example intake service (`examples/intake-service/`) installs from its own lockfile,
 * type-checks, and passes its own tests (Fastify on embedded PGlite, and on a PostgreSQL
 * server when one can be started), run in a child process as `npm run test:example` runs
 * them. Needs `npm run build` (the example depends on this package by path).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXAMPLE = "examples/intake-service";

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", timeout: 600_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A count from node's test runner summary (`ℹ pass 23`). */
function count(output: string, what: string): number {
  const match = output.match(new RegExp(`^ℹ ${what} (\\d+)$`, "m"));
  return match ? Number(match[1]) : Number.NaN;
}

describe("examples/intake-service", () => {
  it("installs from its lockfile, type-checks and passes its own tests", () => {
    expect(existsSync(`${ROOT}/dist/index.js`), "run npm run build first").toBe(true);
    const install = run("npm", ["ci", "--prefix", EXAMPLE, "--no-audit", "--no-fund"]);
    expect(install.status, install.output).toBe(0);
    const types = run("npx", ["tsc", "--noEmit", "-p", EXAMPLE]);
    expect(types.status, types.output).toBe(0);
    const tests = run("npm", ["test", "--prefix", EXAMPLE]);
    expect(tests.status, tests.output).toBe(0);
    expect(count(tests.output, "fail"), tests.output).toBe(0);
    expect(count(tests.output, "pass"), tests.output).toBeGreaterThanOrEqual(20);
  }, 600_000);
});

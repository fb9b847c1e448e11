/**
 * The built command (`dist/cli.js`) as a user runs it: a real process with real pipes and
 * files. Slow (each spawn starts Node), so only the full gate runs it (`npm test`, after
 * `npm run build`); everything else about the command line is tested in process.
 */
import { spawnSync } from "node:child_process";
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bad, ndjson, tempFiles, valid } from "./support.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const CLI = join(ROOT, PKG.bin["missing-child-cases"]);
const files = tempFiles("mcc-cli-slow-");

/** Runs a shell line (bash: `$PIPESTATUS` is the exit status of a pipe's first command). */
function sh(line: string) {
  const r = spawnSync("bash", ["-c", line], {
    cwd: files.dir,
    env: { ...process.env, CLI, NO_COLOR: "" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  files.file("bad.ndjson", ndjson([valid, bad]));
  // 20,000 error lines: far more than a pipe holds, so a reader that stops early is felt.
  files.file("many.ndjson", "42\n".repeat(20_000));
});
afterAll(files.remove);

describe("the built command", { timeout: 60_000 }, () => {
  it("is the package's bin: executable, with a shebang, and runs on its own", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    accessSync(CLI, constants.X_OK);
    const r = sh('"$CLI" --version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(PKG.version);
  });

  it("exits 0, 1 and 2 as documented", () => {
    expect(sh('"$CLI" generate --year 2024 --reports 5 --seed 1 | "$CLI" validate -').code).toBe(0);
    const r = sh('"$CLI" validate bad.ndjson');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "line 2: case/last-contact-after-report at lastContactAt: lastContactAt must not be after reportedAt\n",
    );
    expect(sh('"$CLI" validate nope.ndjson').code).toBe(2);
  });

  it("prints the schema the package ships", () => {
    const r = sh('"$CLI" schema case');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "schemas", "case.json"), "utf8"));
  });
});

describe("pipes and full disks", { timeout: 60_000 }, () => {
  it("a closed stderr (2>&1 >out | head -1) changes nothing: exit 1, summary written", () => {
    const r = sh(
      '"$CLI" validate many.ndjson --max-errors 100000 2>&1 >out.txt | head -1; echo "status $PIPESTATUS"; cat out.txt',
    );
    expect(r.stdout).toMatch(/^line 1: schema\/invalid-type at \(record\)[^\n]*\nstatus 1\n/);
    expect(r.stdout).toMatch(/invalid\s+20,000\n/);
    expect(r.stderr).toBe("");
  });

  it("a closed stdout (| head -1) ends the command quietly", () => {
    const r = sh(
      '"$CLI" generate --year 2024 --reports 10000000 --seed 1 | head -1 >/dev/null; echo "status $PIPESTATUS"',
    );
    expect(r.stdout).toBe("status 0\n");
    expect(r.stderr).toBe("");
  });

  it.runIf(existsSync("/dev/full"))("a full disk prints one line and exits 2", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [CLI, "schema", "case"], {
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("missing-child-cases schema: stdout: cannot write (ENOSPC)\n");
    } finally {
      closeSync(full);
    }
  });
});

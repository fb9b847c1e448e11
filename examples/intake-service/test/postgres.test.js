// The service on a PostgreSQL server, through `pg`: the DATABASE_URL path. The server is
// TEST_DATABASE_URL when set (a throwaway database: the test drops and recreates the tables
// cases and case_events), else a temporary cluster started from Debian's PostgreSQL binaries
// when they are installed (on 127.0.0.1 only, removed afterwards). Without either, the test
// is skipped and says why.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openDatabase } from "../src/db.js";
import { serviceTests } from "./scenarios.js";

/** The bin folder of the newest Debian PostgreSQL server, or undefined. */
function serverBin() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb")));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest && join(root, newest, "bin");
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a server binary, as the `postgres` user when we are root (PostgreSQL refuses root). */
function run(bin, args) {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${bin} failed: ${r.stderr || r.stdout || r.error}`);
}

/** Starts a temporary cluster; returns its URL and a function that stops and removes it. */
async function temporaryCluster(bin) {
  const dir = mkdtempSync(join(tmpdir(), "intake-pg-"));
  chmodSync(dir, 0o777); // the postgres user writes here when we are root
  const data = join(dir, "data");
  const port = await freePort();
  run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`;
  run(join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  const stop = () => {
    run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
}

const given = process.env.TEST_DATABASE_URL;
const bin = given ? undefined : serverBin();
if (!given && !bin) {
  describe("PostgreSQL server", () => {
    it("needs TEST_DATABASE_URL or Debian's postgresql package", (t) => {
      t.skip("no PostgreSQL server here: set TEST_DATABASE_URL or apt-get install postgresql");
    });
  });
} else {
  const cluster = given ? { url: given, stop: () => {} } : await temporaryCluster(bin);
  after(() => cluster.stop());
  serviceTests("PostgreSQL", async () => {
    if (given) {
      const db = await openDatabase({ DATABASE_URL: given });
      await db.exec("DROP TABLE IF EXISTS case_events; DROP TABLE IF EXISTS cases;");
      await db.close();
    }
    return openDatabase({ DATABASE_URL: cluster.url });
  });
}

#!/usr/bin/env node
/**
 * Entry of the `missing-child-cases` command (`dist/cli.js`). See `run.ts` and `docs/cli.md`.
 * @module
 */
import { run } from "./run.js";

// A closed pipe (`… | head`) is not an error of ours: stop quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await run(process.argv.slice(2), process);
} catch (e) {
  // A bug, not bad input: say so without echoing any record.
  process.stderr.write(`missing-child-cases: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
}

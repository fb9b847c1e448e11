#!/usr/bin/env node
/**
 * Entry of the `missing-child-cases` command (`dist/cli.js`). See `run.ts` and `docs/cli.md`.
 * @module
 */
import { setFlagsFromString } from "node:v8";
import { run } from "./run.js";

// Streams of short-lived records: keep V8's young generation at its initial size instead of
// letting it grow to 3 × 16 MB, which holds peak RSS flat on a 1 GB file (docs/performance.md).
setFlagsFromString("--semi-space-growth-factor=1");

// `run` handles write errors through its own listeners; these keep a late one (after `run`
// returned) from becoming an uncaught exception with a stack trace.
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

try {
  process.exitCode = await run(process.argv.slice(2), process);
} catch (e) {
  // A bug, not bad input: say so without echoing any record.
  process.stderr.write(`missing-child-cases: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
}

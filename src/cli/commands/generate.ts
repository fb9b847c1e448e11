/**
 * `missing-child-cases generate --year <yyyy> --reports <n> --seed <n> [--out <file>]
 *  [--runaway-share <0..1>] [--time-zone <zone>] [--state <XX>]`
 * @module
 */

import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { syntheticYear } from "../../testing/year.js";
import { isTimeZone } from "../../time/zone.js";
import { integer, parseCommand, text } from "../args.js";
import { EXIT, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { openOutput, write } from "../io.js";
import { createProgress } from "../progress.js";

/** The usage line of `generate`. @internal */
export const GENERATE_USAGE =
  "missing-child-cases generate --year <yyyy> --reports <n> --seed <n> [--out <file>] [--runaway-share <0..1>] [--time-zone <zone>] [--state <XX>]";

const BATCH = 256 * 1024;

function share(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1))
    throw new UsageError("--runaway-share must be a number from 0 to 1");
  return n;
}

/**
 * Writes a synthetic New York-like year (`syntheticYear`) as NDJSON to `--out` or stdout,
 * in batches with backpressure, so any number of reports streams in constant memory.
 * @internal
 */
export async function generateCommand(args: readonly string[], io: Io): Promise<number> {
  const p = parseCommand(
    args,
    {
      year: { type: "string" },
      reports: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      "runaway-share": { type: "string" },
      "time-zone": { type: "string" },
      state: { type: "string" },
    },
    [],
  );
  const zone = text(p, "time-zone");
  if (zone !== undefined && !isTimeZone(zone))
    throw new UsageError("--time-zone must be an IANA time zone");
  const state = text(p, "state");
  if (state !== undefined && !/^[A-Z]{2}$/.test(state))
    throw new UsageError("--state must be a 2-letter USPS code");
  const runawayShare = share(text(p, "runaway-share"));
  const cases = syntheticYear({
    year: integer(p, "year", 1900, 9998),
    reports: integer(p, "reports", 0, Number.MAX_SAFE_INTEGER),
    seed: integer(p, "seed", 0, 2 ** 32 - 1),
    ...(runawayShare === undefined ? {} : { runawayShare }),
    ...(zone === undefined ? {} : { timeZone: zone }),
    ...(state === undefined ? {} : { state }),
  });
  const path = text(p, "out");
  const out: Writable = path === undefined ? io.stdout : await openOutput(path);
  const progress = createProgress(io.stderr, "generate");
  let batch = "";
  let n = 0;
  for (const c of cases) {
    batch += `${JSON.stringify(c)}\n`;
    if (batch.length >= BATCH) {
      await write(out, batch);
      batch = "";
    }
    progress.update(++n);
  }
  await write(out, batch);
  progress.done();
  if (path !== undefined) {
    out.end();
    await finished(out);
  }
  return EXIT.ok;
}

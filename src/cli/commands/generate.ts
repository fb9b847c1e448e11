/**
 * `missing-child-cases generate --year <yyyy> --reports <n> --seed <n> [--out <file>]
 *  [--runaway-share <0..1>] [--repeat-share <0..1>] [--time-zone <zone>] [--state <XX>]`
 * @module
 */

import { finished } from "node:stream/promises";
import { syntheticYear } from "../../testing/year.js";
import { isTimeZone } from "../../time/zone.js";
import { integer, parseCommand, text } from "../args.js";
import type { Context } from "../context.js";
import { EXIT, UsageError } from "../errors.js";
import type { CommandHelp } from "../help.js";
import { openOutput } from "../io.js";
import { createProgress } from "../progress.js";
import { createSink, OutputError, type Sink } from "../sink.js";
import { stateCodeOption } from "../state.js";

/** The help of `generate`. @internal */
export const GENERATE_HELP: CommandHelp = {
  usage:
    "missing-child-cases generate --year <yyyy> --reports <n> --seed <n> [--out <file>] [--runaway-share <0..1>] [--repeat-share <0..1>] [--time-zone <zone>] [--state <XX>]",
  summary: "synthetic New York-like year as NDJSON",
  description: [
    "Writes a synthetic year of case reports (syntheticYear from missing-child-cases/testing)",
    "as NDJSON, streaming, so any number of reports takes constant memory. The same seed",
    "gives the same bytes on every machine. No real person appears.",
  ].join("\n"),
  options: [
    ["--year <yyyy>", "the year of the reports (required)"],
    ["--reports <n>", "how many reports (required)"],
    ["--seed <n>", "the seed, 0 to 4294967295 (required)"],
    ["--out <file>", "write to a file instead of stdout"],
    ["--runaway-share <0..1>", "share of reports recorded as runaways"],
    ["--repeat-share <0..1>", "share of reports that are repeat episodes, with recording noise"],
    ["--time-zone <zone>", "IANA time zone of the cases (default America/New_York)"],
    ["--state <XX>", "USPS code of the cases' state, or a profile id such as US-CA (default NY)"],
  ],
  examples: [
    [
      "a New York-sized year, then its statistics",
      "missing-child-cases generate --year 2024 --reports 12114 --seed 1 --out year.ndjson && missing-child-cases stats year.ndjson --year 2024",
    ],
    [
      "the first records only",
      "missing-child-cases generate --year 2024 --reports 1000 --seed 7 | head -3",
    ],
  ],
};

const BATCH = 256 * 1024;

function share(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1))
    throw new UsageError(`--${name} must be a number from 0 to 1`);
  return n;
}

/** The output: stdout, or a file (with what to do once everything is written). */
async function output(path: string | undefined, ctx: Context) {
  if (path === undefined) return { sink: ctx.out, close: async () => {} };
  const stream = await openOutput(path);
  const close = async () => {
    stream.end();
    try {
      await finished(stream);
    } catch (e) {
      throw new OutputError(path, (e as NodeJS.ErrnoException).code ?? "error");
    }
  };
  return { sink: createSink(stream, path, true) as Sink, close };
}

/**
 * Writes a synthetic New York-like year (`syntheticYear`) as NDJSON to `--out` or stdout,
 * in batches with backpressure, so any number of reports streams in constant memory.
 * @internal
 */
export async function generateCommand(args: readonly string[], ctx: Context): Promise<number> {
  const p = parseCommand(
    args,
    {
      year: { type: "string" },
      reports: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      "runaway-share": { type: "string" },
      "repeat-share": { type: "string" },
      "time-zone": { type: "string" },
      state: { type: "string" },
    },
    [],
  );
  const zone = text(p, "time-zone");
  if (zone !== undefined && !isTimeZone(zone))
    throw new UsageError("--time-zone must be an IANA time zone");
  const state = stateCodeOption(p);
  const runawayShare = share(text(p, "runaway-share"), "runaway-share");
  const repeatShare = share(text(p, "repeat-share"), "repeat-share");
  const cases = syntheticYear({
    year: integer(p, "year", 1900, 9998),
    reports: integer(p, "reports", 0, Number.MAX_SAFE_INTEGER),
    seed: integer(p, "seed", 0, 2 ** 32 - 1),
    ...(runawayShare === undefined ? {} : { runawayShare }),
    ...(repeatShare === undefined ? {} : { repeatShare }),
    ...(zone === undefined ? {} : { timeZone: zone }),
    ...(state === undefined ? {} : { state }),
  });
  const { sink, close } = await output(text(p, "out"), ctx);
  const progress = createProgress(ctx.err, "generate");
  let batch = "";
  let n = 0;
  try {
    for (const c of cases) {
      batch += `${JSON.stringify(c)}\n`;
      if (batch.length >= BATCH) {
        sink.write(batch);
        batch = "";
        await sink.drained();
      }
      progress.update(++n);
    }
    sink.write(batch);
    await sink.flush();
  } finally {
    progress.clear();
  }
  await close();
  return EXIT.ok;
}

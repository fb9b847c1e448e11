/**
 * The loop every reading command shares: read records, parse each, report each bad one on
 * stderr (where, issue codes and paths, never values) and go on.
 * @module
 */

import { INPUT_MESSAGES } from "../issues/codes.js";
import type { ParseResult } from "../parse/issue.js";
import type { Context } from "./context.js";
import { IoError } from "./errors.js";
import { formatCount } from "./format.js";
import { openInput } from "./io.js";
import { forEachRecord, TooLargeError } from "./read.js";
import type { ReportedIssue, Reporter } from "./report.js";

/** Counts of a run over a file. @internal */
export type CheckCounts = {
  records: number;
  valid: number;
  invalid: number;
  /** Invalid records by issue code (a record counts once per code it has). */
  readonly byCode: Map<string, number>;
};

/** What a reading command checks and where it reports. @internal */
export type CheckRun<T> = {
  readonly file: string;
  readonly parse: (input: unknown) => ParseResult<T>;
  readonly ctx: Context;
  readonly report: Reporter;
  readonly label: string;
  readonly onValid?: (value: T) => void;
};

/** The issue the command line reports for input that never reached a parser. @internal */
export function inputIssue(code: keyof typeof INPUT_MESSAGES): ReportedIssue {
  return { code, path: [], message: INPUT_MESSAGES[code] };
}

/** The error for input too large to read whole: code, limit and what to do instead. @internal */
export function tooLarge(file: string, e: TooLargeError): IoError {
  const code = "json/too-large";
  const mib = e.limit / 1024 ** 2;
  const limit = Number.isInteger(mib) ? `${mib} MiB` : `${formatCount(e.limit)} bytes`;
  return new IoError(`${file}: ${code}: ${INPUT_MESSAGES[code]} (limit ${limit})`);
}

/**
 * Parses every record of `run.file`, calling `run.onValid` for the valid ones and
 * reporting the others; returns the counts. I/O failures (and input too large to read
 * whole) throw an `IoError`.
 * @internal
 */
export async function checkRecords<T>(run: CheckRun<T>): Promise<CheckCounts> {
  const { ctx, report } = run;
  const counts: CheckCounts = { records: 0, valid: 0, invalid: 0, byCode: new Map() };
  const { stream, size } = await openInput(run.file, ctx.io);
  const progress = report.progress(run.label, size);
  const bad = (where: Parameters<Reporter["bad"]>[0], issues: readonly ReportedIssue[]) => {
    counts.invalid++;
    for (const code of new Set(issues.map((i) => i.code))) {
      counts.byCode.set(code, (counts.byCode.get(code) ?? 0) + 1);
    }
    report.bad(where, issues);
  };
  try {
    await forEachRecord(
      stream,
      (item) => {
        counts.records++;
        if (item.kind !== "record") {
          return bad(item.where, [
            inputIssue(item.kind === "not-json" ? "json/invalid" : "json/too-long"),
          ]);
        }
        const r = run.parse(item.value);
        if (!r.ok) return bad(item.where, r.issues);
        counts.valid++;
        run.onValid?.(r.value);
      },
      {
        onBytes: (bytes) => progress.update(counts.records, bytes),
        ...(ctx.io.maxWholeBytes === undefined ? {} : { maxWholeBytes: ctx.io.maxWholeBytes }),
      },
    );
  } catch (e) {
    if (e instanceof TooLargeError) throw tooLarge(run.file, e);
    throw e;
  } finally {
    progress.clear();
  }
  return counts;
}

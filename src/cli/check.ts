/**
 * The loop every reading command shares: read records, parse each, report each bad one on
 * stderr (where, issue codes and paths, never values) and go on.
 * @module
 */

import { INPUT_MESSAGES } from "../issues/codes.js";
import type { ParseResult } from "../parse/issue.js";
import { formatPath } from "./format.js";
import { describeWhere, forEachRecord, type Io, openInput, type Where } from "./io.js";
import { createProgress } from "./progress.js";

/** An issue as the command line reports it: code, path and the schema's message. @internal */
export type ReportedIssue = {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
};

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
  readonly io: Io;
  readonly json: boolean;
  readonly label: string;
  readonly onValid?: (value: T) => void;
};

/** Reports a bad record on stderr: one line per issue, or one JSON line with --json. @internal */
export function reportBad(
  io: Io,
  json: boolean,
  where: Where,
  issues: readonly ReportedIssue[],
): void {
  if (json) {
    const slim = issues.map(({ code, path }) => ({ code, path }));
    io.stderr.write(`${JSON.stringify({ ...where, issues: slim })}\n`);
    return;
  }
  const at = describeWhere(where);
  let text = "";
  for (const i of issues) text += `${at}: ${i.code} at ${formatPath(i.path)}: ${i.message}\n`;
  io.stderr.write(text);
}

function cliIssue(code: keyof typeof INPUT_MESSAGES): ReportedIssue {
  return { code, path: [], message: INPUT_MESSAGES[code] };
}

/**
 * Parses every record of `run.file`, calling `run.onValid` for the valid ones and
 * reporting the others; returns the counts. I/O failures throw an `IoError`.
 * @internal
 */
export async function checkRecords<T>(run: CheckRun<T>): Promise<CheckCounts> {
  const { io, json } = run;
  const counts: CheckCounts = { records: 0, valid: 0, invalid: 0, byCode: new Map() };
  const { stream, size } = await openInput(run.file, io);
  const progress = createProgress(io.stderr, run.label, size);
  const bad = (where: Where, issues: readonly ReportedIssue[]) => {
    counts.invalid++;
    for (const code of new Set(issues.map((i) => i.code))) {
      counts.byCode.set(code, (counts.byCode.get(code) ?? 0) + 1);
    }
    reportBad(io, json, where, issues);
  };
  await forEachRecord(
    stream,
    (item) => {
      counts.records++;
      if (item.kind !== "record") {
        return bad(item.where, [
          cliIssue(item.kind === "not-json" ? "json/invalid" : "json/too-long"),
        ]);
      }
      const r = run.parse(item.value);
      if (!r.ok) return bad(item.where, r.issues);
      counts.valid++;
      run.onValid?.(r.value);
    },
    (bytes) => progress.update(counts.records, bytes),
  );
  progress.done();
  return counts;
}

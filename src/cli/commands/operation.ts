/**
 * `missing-child-cases operation <operation.json> <cases-file> [--agencies <file>] [--as-of <instant>] [--json] [--max-errors <n>]`
 * @module
 */
import type { Agency } from "../../models/agency.js";
import type { MissingCase } from "../../models/case.js";
import type { Operation } from "../../models/operation.js";
import { type OperationSummary, summarizeOperation } from "../../operations/index.js";
import { parseAgency, parseCase, parseOperation } from "../../parse/parse.js";
import { ISO_DATE_TIME_PATTERN } from "../../time/instant.js";
import { parseCommand, READING_ARGS, reportOptions, text } from "../args.js";
import { checkRecords, inputIssue, tooLarge } from "../check.js";
import type { Context } from "../context.js";
import { EXIT, UsageError } from "../errors.js";
import { printable, safeJson } from "../escape.js";
import { formatCount, pairs, table } from "../format.js";
import { type CommandHelp, READING_OPTIONS } from "../help.js";
import { openInput } from "../io.js";
import { forEachRecord, type RecordItem, TooLargeError } from "../read.js";
import { createReporter, type Reporter } from "../report.js";
import { countsJson } from "./validate.js";

/** The help of `operation`. @internal */
export const OPERATION_HELP: CommandHelp = {
  usage:
    "missing-child-cases operation <operation.json> <cases-file> [--agencies <file>] [--as-of <instant>] [--json] [--max-errors <n>]",
  summary: "summary of a rescue operation",
  description: [
    "Summarises a multi-agency operation (summarizeOperation) over the cases it worked, read",
    "from a file of cases (only those the operation lists are kept in memory), with the",
    "participating agencies from --agencies for the counts by kind. An invalid operation",
    "file, or bad case or agency records, exit 1 with their issues on stderr.",
  ].join("\n"),
  options: [
    ["--agencies <file>", "agency records (NDJSON or a JSON array), for counts by kind"],
    ["--as-of <instant>", "count as of this RFC 3339 instant (default: the latest event)"],
    ...READING_OPTIONS,
  ],
  examples: [
    [
      "an operation as of a given instant",
      "missing-child-cases operation op.json cases.ndjson --agencies agencies.json --as-of 2025-03-21T11:00:00-04:00",
    ],
  ],
};

const range = (r: { min: number; max: number } | null) =>
  r === null ? "–" : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;

// Ids and names come from the input: escaped, and cut well past any real one.
const MAX_NAME = 200;

/** An operation summary as text (OP-1…OP-4). @internal */
export function operationText(op: Operation, s: OperationSummary): string {
  const kinds = Object.entries(s.agencies.byKind).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  const owners = Object.entries(s.locatedByAgency)
    .sort(([, a], [, b]) => b - a)
    .map(([id, n]) => [printable(id, MAX_NAME), n] as const);
  return [
    `  ${printable(op.name, MAX_NAME)} (${printable(op.id, MAX_NAME)})`,
    pairs([
      ["Days (inclusive, local)", s.days],
      ["Participating agencies", s.agencies.total],
      ["Cases worked", s.casesWorked],
      ["Located (locate naming the operation)", s.located],
      ["  during the window", s.locatedDuringWindow],
      ["  after the window", s.locatedAfterWindow],
      ["  minors at report", s.locatedMinors],
      ["Age at report of those located", range(s.ageAtReport)],
      ["Age when found", range(s.ageAtFound)],
    ]),
    "",
    table(
      ["participants by kind", "agencies"],
      kinds.map(([k, n]) => [k, n ?? 0]),
    ),
    "",
    table(["located, by case owner", "cases"], owners),
  ].join("\n");
}

/** The operation of `path`: one JSON object (or an array of one), read whole. */
async function readOperation(
  path: string,
  ctx: Context,
  report: Reporter,
): Promise<Operation | undefined> {
  const { stream } = await openInput(path, ctx.io);
  const items: RecordItem[] = [];
  try {
    await forEachRecord(stream, (item) => items.push(item), {
      ...(ctx.io.maxWholeBytes === undefined ? {} : { maxWholeBytes: ctx.io.maxWholeBytes }),
    });
  } catch (e) {
    if (e instanceof TooLargeError) throw tooLarge(path, e);
    throw e;
  }
  if (items.length !== 1) {
    throw new UsageError(`${path}: expected one operation, found ${items.length}`);
  }
  const item = items[0] as RecordItem;
  if (item.kind !== "record") {
    report.bad(item.where, [
      inputIssue(item.kind === "not-json" ? "json/invalid" : "json/too-long"),
    ]);
    return undefined;
  }
  const r = parseOperation(item.value);
  if (r.ok) return r.value;
  report.bad(item.where, r.issues);
  return undefined;
}

/**
 * Summarises an operation (`summarizeOperation`) over the valid cases of a file that it
 * worked (only those are kept in memory), with agencies from `--agencies` for the counts
 * by kind. An invalid operation file exits 1 with its issues; bad case or agency records
 * are reported and left out (exit 1).
 * @internal
 */
export async function operationCommand(args: readonly string[], ctx: Context): Promise<number> {
  const p = parseCommand(
    args,
    { agencies: { type: "string" }, "as-of": { type: "string" }, ...READING_ARGS },
    ["operation.json", "cases-file"],
  );
  const options = reportOptions(p);
  const report = createReporter(ctx, options);
  const asOf = text(p, "as-of");
  if (asOf !== undefined && !ISO_DATE_TIME_PATTERN.test(asOf)) {
    throw new UsageError("--as-of must be an RFC 3339 date-time with Z or an offset");
  }
  const [opFile, casesFile] = p.positionals as [string, string];
  const op = await readOperation(opFile, ctx, report);
  if (!op) {
    report.end();
    return EXIT.invalid;
  }
  const wanted = new Set(op.caseIds);
  const cases: MissingCase[] = [];
  const caseCounts = await checkRecords<MissingCase>({
    file: casesFile,
    parse: parseCase,
    ctx,
    report,
    label: "cases",
    onValid: (c) => {
      if (wanted.has(c.id)) cases.push(c);
    },
  });
  const agencies: Agency[] = [];
  const agencyFile = text(p, "agencies");
  const agencyCounts = agencyFile
    ? await checkRecords<Agency>({
        file: agencyFile,
        parse: parseAgency,
        ctx,
        report,
        label: "agencies",
        onValid: (a) => {
          agencies.push(a);
        },
      })
    : undefined;
  report.end();
  const summary = summarizeOperation(op, cases, agencies, asOf === undefined ? {} : { asOf });
  const invalid = caseCounts.invalid + (agencyCounts?.invalid ?? 0);
  const s = ctx.outStyle;
  ctx.out.write(
    options.json
      ? `${safeJson({
          summary,
          cases: countsJson(caseCounts),
          ...(agencyCounts ? { agencies: countsJson(agencyCounts) } : {}),
          errorLinesNotShown: report.notShown,
        })}\n`
      : `${s.strong(`Operation summary${asOf ? ` as of ${asOf}` : ""}`)}\n\n${operationText(op, summary)}\n\n  ${formatCount(cases.length)} of ${formatCount(wanted.size)} worked cases found in ${printable(casesFile, 1000)}\n`,
  );
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

/**
 * `missing-child-cases operation <operation.json> <cases-file> [--agencies <file>] [--as-of <instant>] [--json]`
 * @module
 */
import { readFile } from "node:fs/promises";
import { INPUT_MESSAGES } from "../../issues/codes.js";
import type { Agency } from "../../models/agency.js";
import type { MissingCase } from "../../models/case.js";
import type { Operation } from "../../models/operation.js";
import { type OperationSummary, summarizeOperation } from "../../operations/index.js";
import { parseAgency, parseCase, parseOperation } from "../../parse/parse.js";
import { ISO_DATE_TIME_PATTERN } from "../../time/instant.js";
import { parseCommand, text } from "../args.js";
import { checkRecords, reportBad } from "../check.js";
import { EXIT, IoError, UsageError } from "../errors.js";
import { formatCount, pairs, table } from "../format.js";
import type { Io } from "../io.js";
import { countsJson } from "./validate.js";

/** The usage line of `operation`. @internal */
export const OPERATION_USAGE =
  "missing-child-cases operation <operation.json> <cases-file> [--agencies <file>] [--as-of <instant>] [--json]";

const range = (r: { min: number; max: number } | null) =>
  r === null ? "–" : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;

/** An operation summary as text (OP-1…OP-4). @internal */
export function operationText(op: Operation, s: OperationSummary): string {
  const kinds = Object.entries(s.agencies.byKind).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  const owners = Object.entries(s.locatedByAgency).sort(([, a], [, b]) => b - a);
  return [
    `  ${op.name} (${op.id})`,
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

async function readOperation(path: string, io: Io, json: boolean): Promise<Operation | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    if (e instanceof SyntaxError) {
      reportBad(io, json, { line: 1 }, [
        { code: "json/invalid", path: [], message: INPUT_MESSAGES["json/invalid"] },
      ]);
      return undefined;
    }
    throw new IoError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const r = parseOperation(Array.isArray(raw) && raw.length === 1 ? raw[0] : raw);
  if (r.ok) return r.value;
  reportBad(io, json, { index: 0 }, r.issues);
  return undefined;
}

/**
 * Summarises an operation (`summarizeOperation`) over the valid cases of a file that it
 * worked (only those are kept in memory), with agencies from `--agencies` for the counts
 * by kind. An invalid operation file exits 1 with its issues; bad case or agency records
 * are reported and left out (exit 1).
 * @internal
 */
export async function operationCommand(args: readonly string[], io: Io): Promise<number> {
  const p = parseCommand(
    args,
    { agencies: { type: "string" }, "as-of": { type: "string" }, json: { type: "boolean" } },
    ["operation.json", "cases-file"],
  );
  const json = p.values.json === true;
  const asOf = text(p, "as-of");
  if (asOf !== undefined && !ISO_DATE_TIME_PATTERN.test(asOf)) {
    throw new UsageError("--as-of must be an RFC 3339 date-time with Z or an offset");
  }
  const [opFile, casesFile] = p.positionals as [string, string];
  const op = await readOperation(opFile, io, json);
  if (!op) return EXIT.invalid;
  const wanted = new Set(op.caseIds);
  const cases: MissingCase[] = [];
  const caseCounts = await checkRecords<MissingCase>({
    file: casesFile,
    parse: parseCase,
    io,
    json,
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
        io,
        json,
        label: "agencies",
        onValid: (a) => {
          agencies.push(a);
        },
      })
    : undefined;
  const summary = summarizeOperation(op, cases, agencies, asOf === undefined ? {} : { asOf });
  const invalid = caseCounts.invalid + (agencyCounts?.invalid ?? 0);
  io.stdout.write(
    json
      ? `${JSON.stringify({ summary, cases: countsJson(caseCounts), ...(agencyCounts ? { agencies: countsJson(agencyCounts) } : {}) })}\n`
      : `Operation summary${asOf ? ` as of ${asOf}` : ""}\n\n${operationText(op, summary)}\n\n  ${formatCount(cases.length)} of ${formatCount(wanted.size)} worked cases found in ${casesFile}\n`,
  );
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

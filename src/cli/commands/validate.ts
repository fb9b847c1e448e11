/**
 * `missing-child-cases validate <file|-> [--type case|child|agency|operation] [--json] [--max-errors <n>]`
 * @module
 */
import { parseAgency, parseCase, parseChild, parseOperation } from "../../parse/parse.js";
import { oneOf, parseCommand, READING_ARGS, reportOptions } from "../args.js";
import { type CheckCounts, checkRecords } from "../check.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { printable, safeJson } from "../escape.js";
import { pairs, table } from "../format.js";
import { type CommandHelp, READING_OPTIONS } from "../help.js";
import { createReporter } from "../report.js";
import type { Style } from "../style.js";

const PARSERS = {
  case: parseCase,
  child: parseChild,
  agency: parseAgency,
  operation: parseOperation,
};
const TYPES = Object.keys(PARSERS) as (keyof typeof PARSERS)[];

/** The help of `validate`. @internal */
export const VALIDATE_HELP: CommandHelp = {
  usage:
    "missing-child-cases validate <file|-> [--type case|child|agency|operation] [--json] [--max-errors <n>]",
  summary: "check every record; bad ones on stderr",
  description: [
    "Checks every record of a file with the library's parse functions. Bad records go to",
    "stderr, one line per issue: where (line, or index in an array), issue code and path,",
    "never a value. The summary on stdout counts records, valid, invalid and invalid by code.",
    "The file is NDJSON (streamed), a JSON array or one JSON object; `-` reads stdin.",
    "Exit 0 when every record is valid, 1 when some are not, 2 on a usage or I/O error.",
  ].join("\n"),
  options: [["--type <type>", "case (default), child, agency or operation"], ...READING_OPTIONS],
  examples: [
    ["check a file of cases", "missing-child-cases validate cases.ndjson"],
    [
      "children from stdin, counts for a script",
      "zcat children.ndjson.gz | missing-child-cases validate - --type child --json | jq .invalid",
    ],
  ],
};

/** The summary of a run as JSON (for scripts). @internal */
export function countsJson(counts: CheckCounts): Record<string, unknown> {
  return {
    records: counts.records,
    valid: counts.valid,
    invalid: counts.invalid,
    invalidByCode: Object.fromEntries([...counts.byCode].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The summary of a run as text, coloured by `style`. @internal */
export function countsText(counts: CheckCounts, style: Style): string {
  const rows = [
    ["records", counts.records],
    ["valid", counts.valid],
    ["invalid", counts.invalid],
  ] as const;
  const tint = [undefined, style.good, counts.invalid > 0 ? style.bad : style.good] as const;
  const lines = [pairs(rows, "  ", 100, (line, i) => tint[i]?.(line) ?? line)];
  if (counts.byCode.size > 0) {
    const codes = [...counts.byCode].sort(([a], [b]) => a.localeCompare(b));
    lines.push(
      "",
      table(["issue code", "records"], codes, "  ", (cell, col) =>
        col === 0 ? style.code(cell) : cell,
      ),
    );
  }
  return lines.join("\n");
}

/**
 * Validates every record of a file; bad records go to stderr with their line (or array
 * index), issue codes and paths. Exit 0 when all are valid, 1 otherwise.
 * @internal
 */
export async function validateCommand(args: readonly string[], ctx: Context): Promise<number> {
  const p = parseCommand(args, { type: { type: "string" }, ...READING_ARGS }, ["file"]);
  const type = oneOf(p, "type", TYPES, "case");
  const options = reportOptions(p);
  const report = createReporter(ctx, options);
  const file = p.positionals[0] as string;
  const counts = await checkRecords<unknown>({
    file,
    parse: PARSERS[type],
    ctx,
    report,
    label: "validate",
  });
  report.end();
  const s = ctx.outStyle;
  ctx.out.write(
    options.json
      ? `${safeJson({ type, ...countsJson(counts), errorLinesNotShown: report.notShown })}\n`
      : `${s.strong(`${type} records in ${file === "-" ? "stdin" : printable(file, 1000)}`)}\n${countsText(counts, s)}\n`,
  );
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

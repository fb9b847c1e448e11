/**
 * `missing-child-cases validate <file|-> [--type case|child|agency|operation] [--json]`
 * @module
 */
import { parseAgency, parseCase, parseChild, parseOperation } from "../../parse/parse.js";
import { oneOf, parseCommand } from "../args.js";
import { type CheckCounts, checkRecords } from "../check.js";
import { EXIT } from "../errors.js";
import { pairs, table } from "../format.js";
import type { Io } from "../io.js";

const PARSERS = {
  case: parseCase,
  child: parseChild,
  agency: parseAgency,
  operation: parseOperation,
};
const TYPES = Object.keys(PARSERS) as (keyof typeof PARSERS)[];

/** The usage line of `validate`. @internal */
export const VALIDATE_USAGE =
  "missing-child-cases validate <file|-> [--type case|child|agency|operation] [--json]";

/** The summary of a run as JSON (for scripts). @internal */
export function countsJson(counts: CheckCounts): Record<string, unknown> {
  return {
    records: counts.records,
    valid: counts.valid,
    invalid: counts.invalid,
    invalidByCode: Object.fromEntries([...counts.byCode].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The summary of a run as text. @internal */
export function countsText(counts: CheckCounts): string {
  const lines = [
    pairs([
      ["records", counts.records],
      ["valid", counts.valid],
      ["invalid", counts.invalid],
    ]),
  ];
  if (counts.byCode.size > 0) {
    const rows = [...counts.byCode].sort(([a], [b]) => a.localeCompare(b));
    lines.push("", table(["issue code", "records"], rows));
  }
  return lines.join("\n");
}

/**
 * Validates every record of a file; bad records go to stderr with their line (or array
 * index), issue codes and paths. Exit 0 when all are valid, 1 otherwise.
 * @internal
 */
export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const p = parseCommand(args, { type: { type: "string" }, json: { type: "boolean" } }, ["file"]);
  const type = oneOf(p, "type", TYPES, "case");
  const json = p.values.json === true;
  const file = p.positionals[0] as string;
  const counts = await checkRecords<unknown>({
    file,
    parse: PARSERS[type],
    io,
    json,
    label: "validate",
  });
  io.stdout.write(
    json
      ? `${JSON.stringify({ type, ...countsJson(counts) })}\n`
      : `${type} records in ${file === "-" ? "stdin" : file}\n${countsText(counts)}\n`,
  );
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

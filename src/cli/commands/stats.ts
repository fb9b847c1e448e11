/**
 * `missing-child-cases stats <file|-> --year <yyyy> [--state <id>] [--age-limit <n>] [--json] [--max-errors <n>]`
 * @module
 */
import type { Jurisdiction } from "../../jurisdictions/types.js";
import type { MissingCase } from "../../models/case.js";
import { parseCase } from "../../parse/parse.js";
import { type AnnualStatistics, createAnnualAccumulator } from "../../statistics/index.js";
import { integer, parseCommand, READING_ARGS, reportOptions } from "../args.js";
import { checkRecords } from "../check.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { safeJson } from "../escape.js";
import { barChart, formatCount, formatShare, pairs, table } from "../format.js";
import { type CommandHelp, READING_OPTIONS } from "../help.js";
import { createReporter } from "../report.js";
import { definitionsLine, stateOption } from "../state.js";
import { countsJson } from "./validate.js";

/** The help of `stats`. @internal */
export const STATS_HELP: CommandHelp = {
  usage:
    "missing-child-cases stats <file|-> --year <yyyy> [--state <id>] [--age-limit <n>] [--json] [--max-errors <n>]",
  summary: "annual statistics of a file of cases",
  description: [
    "Annual statistics of the valid cases of a file (createAnnualAccumulator): reports in the",
    "year under the age limit, how many were recorded as runaways, cases closed in the year",
    "and still open at its end, by month, by age at report and by circumstance. Bad records",
    "are reported on stderr and left out (exit 1). --state counts under that jurisdiction's",
    "age line (Michigan: under 17); the output says whose definitions it applied.",
  ].join("\n"),
  options: [
    ["--year <yyyy>", "the year to count (required)"],
    ["--state <id>", "apply a jurisdiction's age line: US, US-NY, US-CA, … or MI, CA, …"],
    ["--age-limit <n>", "count children under n at report (default 18, or the --state line)"],
    ...READING_OPTIONS,
  ],
  examples: [
    ["a year's statistics", "missing-child-cases stats cases.ndjson --year 2024"],
    [
      "under Michigan's definition (under 17)",
      "missing-child-cases stats cases.ndjson --year 2024 --state US-MI",
    ],
    [
      "the same as JSON, for a script",
      "missing-child-cases stats cases.ndjson --year 2024 --json | jq .statistics.reported",
    ],
  ],
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Annual statistics as text: the headline counts (ST-1…ST-4), a bar chart of
 * reports by month, and the counts by age at report and by circumstance.
 * @internal
 */
export function statsText(s: AnnualStatistics, ageLimit: number): string {
  // Ages with no report are left out: the chart shows the spread, not empty rows.
  const ages = Object.entries(s.byAgeAtReport)
    .map(([age, n]) => [Number(age), n] as const)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a - b);
  const reportedAs = Object.entries(s.byReportedAs)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
  return [
    pairs([
      [`Reports in ${s.year} (under ${ageLimit} at report)`, s.reported],
      [
        "  recorded as runaway",
        `${formatCount(s.reportedAsRunaway)} (${formatShare(s.runawayShare)})`,
      ],
      [`Cases closed in ${s.year} (any report year)`, s.closed],
      [`Still open at the end of ${s.year}`, s.activeAtYearEnd],
    ]),
    "",
    "  Reports by month",
    barChart(s.byMonth.map((n, i) => [MONTHS[i] ?? String(i + 1), n] as const)),
    "",
    "  Reports by age at report",
    barChart(
      ages.map(([a, n]) => [String(a).padStart(2), n] as const),
      30,
    ),
    "",
    table(
      ["recorded as", "reports", "share"],
      reportedAs.map(([k, n]) => [k, n, formatShare(s.reported > 0 ? n / s.reported : 0)]),
    ),
  ].join("\n");
}

/** Whose definitions `stats` applied, in words and as JSON. */
function definitionsOf(j: Jurisdiction | undefined, ageLimit: number) {
  const line = j === undefined ? "no jurisdiction chosen (--state)" : definitionsLine(j);
  const limit =
    j !== undefined && ageLimit === j.missingChild.below
      ? ""
      : `; counted under ${ageLimit} (--age-limit)`;
  return {
    text: j === undefined ? `children under ${ageLimit} at report; ${line}` : `${line}${limit}`,
    json: {
      jurisdiction: j?.id ?? null,
      ageLimit,
      ruleId: j !== undefined && ageLimit === j.missingChild.below ? j.missingChild.ruleId : null,
    },
  };
}

/**
 * Annual statistics of the valid cases of a file (`annualStatistics`, ST-1…ST-6); bad
 * records are reported on stderr and left out. Exit 0 when all were valid, 1 otherwise.
 * @internal
 */
export async function statsCommand(args: readonly string[], ctx: Context): Promise<number> {
  const p = parseCommand(
    args,
    {
      year: { type: "string" },
      state: { type: "string" },
      "age-limit": { type: "string" },
      ...READING_ARGS,
    },
    ["file"],
  );
  const year = integer(p, "year", 1900, 9998);
  const jurisdiction = stateOption(p);
  const ageLimit = integer(p, "age-limit", 1, 150, jurisdiction?.missingChild.below ?? 18);
  const definitions = definitionsOf(jurisdiction, ageLimit);
  const options = reportOptions(p);
  const report = createReporter(ctx, options);
  const acc = createAnnualAccumulator({ year, ageLimit });
  const counts = await checkRecords<MissingCase>({
    file: p.positionals[0] as string,
    parse: parseCase,
    ctx,
    report,
    label: "stats",
    onValid: (c) => acc.add(c),
  });
  report.end();
  const stats = acc.result();
  const s = ctx.outStyle;
  const left = formatCount(counts.invalid);
  ctx.out.write(
    options.json
      ? `${safeJson({ definitions: definitions.json, statistics: stats, input: countsJson(counts), errorLinesNotShown: report.notShown })}\n`
      : `${s.strong(`Annual statistics ${year}`)}\n  Definitions: ${definitions.text}\n\n${statsText(stats, ageLimit)}\n\n  ${s.good(formatCount(counts.valid))} valid records read, ${counts.invalid > 0 ? s.bad(left) : left} invalid left out\n`,
  );
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

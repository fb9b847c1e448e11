/**
 * `missing-child-cases stats <file|-> --year <yyyy> [--age-limit <n>] [--json]`
 * @module
 */
import type { MissingCase } from "../../models/case.js";
import { parseCase } from "../../parse/parse.js";
import { type AnnualStatistics, createAnnualAccumulator } from "../../statistics/index.js";
import { integer, parseCommand } from "../args.js";
import { checkRecords } from "../check.js";
import { EXIT } from "../errors.js";
import { barChart, formatCount, formatShare, pairs, table } from "../format.js";
import type { Io } from "../io.js";
import { countsJson } from "./validate.js";

/** The usage line of `stats`. @internal */
export const STATS_USAGE =
  "missing-child-cases stats <file|-> --year <yyyy> [--age-limit <n>] [--json]";

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

/**
 * Annual statistics of the valid cases of a file (`annualStatistics`, ST-1…ST-6); bad
 * records are reported on stderr and left out. Exit 0 when all were valid, 1 otherwise.
 * @internal
 */
export async function statsCommand(args: readonly string[], io: Io): Promise<number> {
  const p = parseCommand(
    args,
    { year: { type: "string" }, "age-limit": { type: "string" }, json: { type: "boolean" } },
    ["file"],
  );
  const year = integer(p, "year", 1900, 9998);
  const ageLimit = integer(p, "age-limit", 1, 150, 18);
  const json = p.values.json === true;
  const acc = createAnnualAccumulator({ year, ageLimit });
  const counts = await checkRecords<MissingCase>({
    file: p.positionals[0] as string,
    parse: parseCase,
    io,
    json,
    label: "stats",
    onValid: (c) => acc.add(c),
  });
  const stats = acc.result();
  io.stdout.write(
    json
      ? `${JSON.stringify({ statistics: stats, input: countsJson(counts) })}\n`
      : `Annual statistics ${year}\n\n${statsText(stats, ageLimit)}\n\n  ${formatCount(counts.valid)} valid records read, ${formatCount(counts.invalid)} invalid left out\n`,
  );
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}

/**
 * `missing-child-cases link <file|-> [--threshold <bits>] [--json] [--max-errors <n>]`
 * @module
 */
import { addCase, createTable } from "../../linking/features.js";
import { DEFAULT_LINK_THRESHOLD, type LinkResult, linkTable } from "../../linking/link.js";
import type { MissingCase } from "../../models/case.js";
import { parseCase } from "../../parse/parse.js";
import { localDate } from "../../time/local-date.js";
import { parseCommand, READING_ARGS, reportOptions, text } from "../args.js";
import { type CheckCounts, checkRecords } from "../check.js";
import type { Context } from "../context.js";
import { EXIT, UsageError } from "../errors.js";
import { cutKey, printable, safeJson } from "../escape.js";
import { formatCount } from "../format.js";
import { type CommandHelp, READING_OPTIONS } from "../help.js";
import { createReporter } from "../report.js";
import { countsJson } from "./validate.js";

/** The help of `link`. @internal */
export const LINK_HELP: CommandHelp = {
  usage: "missing-child-cases link <file|-> [--threshold <bits>] [--json] [--max-errors <n>]",
  summary: "children with two or more reports",
  description: [
    "Links the valid cases of a file into children (linkCases: names, birth date, sex, race,",
    "agency, ids and timing, see docs/linking.md) and prints each child with two or more",
    "reports: case ids, local report dates, agencies and the weakest link, never a name or",
    "a birth date. The input is streamed; what linking reads of each report is kept (about",
    "200 bytes a report), not the record. Bad records and records repeating an earlier case",
    "id are reported on stderr and left out (exit 1).",
  ].join("\n"),
  options: [
    ["--threshold <bits>", `link pairs scoring at least this (default ${DEFAULT_LINK_THRESHOLD})`],
    ...READING_OPTIONS,
  ],
  examples: [
    ["children with repeat reports in a year's file", "missing-child-cases link cases.ndjson"],
    [
      "stricter links, as JSON, from a pipe",
      "missing-child-cases generate --year 2024 --reports 5000 --seed 1 --repeat-share 0.3 | missing-child-cases link - --threshold 20 --json",
    ],
  ],
};

/** What the command keeps of a report to print it: never a name or a birth date. */
type Shown = {
  readonly id: string;
  readonly date: string;
  readonly agency: string;
  readonly reportedAs: string;
};

/** A child of two or more reports, as printed. */
type Repeat = {
  readonly key: string;
  readonly reports: readonly Shown[];
  readonly agencies: readonly string[];
  readonly weakestLink: number;
};

function threshold(p: Parameters<typeof text>[0]): number {
  const v = text(p, "threshold");
  if (v === undefined) return DEFAULT_LINK_THRESHOLD;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n)) throw new UsageError("--threshold must be a number");
  return n;
}

/** Children with two or more reports, most reports first, with the weakest link inside each. */
function repeats(result: LinkResult, shown: ReadonlyMap<string, Shown>): Repeat[] {
  const childOf = new Map<string, string>();
  for (const child of result.children) for (const id of child.caseIds) childOf.set(id, child.key);
  const weakest = new Map<string, number>();
  for (const l of result.links) {
    const key = childOf.get(l.a);
    if (key !== undefined && key === childOf.get(l.b)) {
      weakest.set(key, Math.min(weakest.get(key) ?? Number.POSITIVE_INFINITY, l.score));
    }
  }
  return result.children
    .filter((c) => c.caseIds.length > 1)
    .map((c) => {
      const reports = c.caseIds.map((id) => shown.get(id) as Shown);
      return {
        key: c.key,
        reports,
        agencies: [...new Set(reports.map((r) => r.agency))].sort(),
        weakestLink: weakest.get(c.key) ?? Number.NaN,
      };
    })
    .sort((a, b) => b.reports.length - a.reports.length);
}

function linkText(
  repeat: readonly Repeat[],
  childCount: number,
  counts: CheckCounts,
  bits: number,
): string {
  const lines = [
    `${formatCount(counts.valid)} valid reports are ${formatCount(childCount)} children; ` +
      `${formatCount(repeat.length)} of them have two or more reports (threshold ${bits} bits).`,
    "Reports are shown by case id, local report date, agency and circumstance: never a name or",
    "a birth date. Look the cases up in your own records; a link is evidence, not a finding.",
  ];
  for (const r of repeat) {
    lines.push(
      "",
      `  ${printable(r.key)}  ${r.reports.length} reports, ${r.agencies.length} ${r.agencies.length === 1 ? "agency" : "agencies"} (${r.agencies.map((a) => printable(a)).join(", ")}), weakest link ${r.weakestLink.toFixed(2)}`,
    );
    const idWidth = Math.max(...r.reports.map((x) => printable(x.id).length));
    const agencyWidth = Math.max(...r.reports.map((x) => printable(x.agency).length));
    for (const x of r.reports) {
      lines.push(
        `    ${x.date}  ${printable(x.id).padEnd(idWidth)}  ${printable(x.agency).padEnd(agencyWidth)}  ${x.reportedAs}`,
      );
    }
  }
  return lines.join("\n");
}

/**
 * Links the valid cases of a file into children (`linkCases`) and prints those with two or
 * more reports: case ids, agencies, report dates and the weakest link, never names or birth
 * dates. The input is streamed; only what linking reads of each report is kept (not the
 * record). Records that repeat an earlier case id are left out and counted on stderr. Exit 0
 * when all records were valid and ids distinct, 1 otherwise.
 * @internal
 */
export async function linkCommand(args: readonly string[], ctx: Context): Promise<number> {
  const p = parseCommand(args, { threshold: { type: "string" }, ...READING_ARGS }, ["file"]);
  const bits = threshold(p);
  const options = reportOptions(p);
  const report = createReporter(ctx, options);
  const table = createTable();
  const shown = new Map<string, Shown>();
  let repeated = 0;
  const counts = await checkRecords<MissingCase>({
    file: p.positionals[0] as string,
    parse: parseCase,
    ctx,
    report,
    label: "link",
    onValid: (c) => {
      if (shown.has(c.id)) {
        repeated++;
        return;
      }
      addCase(table, c, table.size);
      // Cut now (escaped when printed): memory stays bounded whatever the ids' length.
      shown.set(c.id, {
        id: cutKey(c.id),
        date: localDate(c.reportedAt, c.timeZone),
        agency: cutKey(c.reportingAgencyId),
        reportedAs: c.reportedAs,
      });
    },
  });
  report.end();
  if (repeated > 0) {
    ctx.err.write(
      `${formatCount(repeated)} valid records repeat the case id of an earlier one: left out\n`,
    );
  }
  const { result } = linkTable(table, bits);
  const repeat = repeats(result, shown);
  ctx.out.write(
    options.json
      ? `${safeJson({
          threshold: bits,
          reports: table.size,
          children: result.children.length,
          childrenWithRepeats: repeat,
          input: countsJson(counts),
          errorLinesNotShown: report.notShown,
        })}\n`
      : `${linkText(repeat, result.children.length, counts, bits)}\n`,
  );
  return counts.invalid > 0 || repeated > 0 ? EXIT.invalid : EXIT.ok;
}

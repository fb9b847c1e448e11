/**
 * `missing-child-cases demo`: the guided tour of the README's `npm run demo`. With no
 * arguments and no files it generates a New York-like year and a Capital Region-like
 * operation with the testing kit, then shows what the library computes from them.
 * @module
 */
import { ageAtLastContact, ageAtReport } from "../../age/index.js";
import { amberAlertEligibility } from "../../alerts/index.js";
import {
  classifyCase,
  endangermentIndicators,
  episodeTypeOf,
  isMissingChild,
  ncmecCaseType,
  suggestNcicCategory,
  traffickingRiskFlags,
} from "../../classification/index.js";
import { complianceDeadlines, type Deadline } from "../../deadlines/index.js";
import { lifecycleDiagram } from "../../lifecycle/diagram.js";
import { childHistory, compareCases, linkCases } from "../../linking/index.js";
import { closedAt } from "../../lifecycle/status.js";
import { allowedEvents } from "../../lifecycle/table.js";
import type { MissingCase } from "../../models/case.js";
import { CASE_STATUSES } from "../../models/case-status.js";
import { summarizeOperation } from "../../operations/index.js";
import { parseCase } from "../../parse/parse.js";
import { redactCase } from "../../privacy/index.js";
import { annualStatistics, createAnnualAccumulator } from "../../statistics/index.js";
import { formatInstant } from "../../testing/clock.js";
import { syntheticOperation } from "../../testing/operation.js";
import { syntheticYear } from "../../testing/year.js";
import { parseCommand } from "../args.js";
import { EXIT } from "../errors.js";
import { formatCount, formatPath, pairs, table } from "../format.js";
import type { Io } from "../io.js";
import { operationText } from "./operation.js";
import { statsText } from "./stats.js";

/** The usage line of `demo`. @internal */
export const DEMO_USAGE = "missing-child-cases demo";

const YEAR = 2024;
const REPORTS = 12_114; // New York 2024 (DOMAIN.md §9, [P])
const SEED = 2024;
const DAY = 86_400_000;

const heading = (n: number, title: string) => `\n${n}. ${title}\n${"=".repeat(title.length + 3)}\n`;
const tri = (t: boolean | "unknown") => (t === "unknown" ? "unknown" : t ? "yes" : "no");
const local = (at: string, zone: string) =>
  formatInstant(Date.parse(at), zone).slice(0, 16).replace("T", " ");

/**
 * An example worth explaining: a repeat runaway from a group home, entered in NCIC, with
 * the facts that make it a NISMART runaway, risk indicators recorded, found after nights
 * away and closed.
 */
function isExample(c: MissingCase): boolean {
  const has = (t: string) => c.events.some((e) => e.type === t);
  return (
    c.reportedAs === "runaway" &&
    c.missingFrom === "group-home" &&
    (c.priorEpisodes ?? 0) >= 2 &&
    c.status === "closed" &&
    has("enter") &&
    has("notify") &&
    c.facts?.leftWithoutPermission === true &&
    (c.facts.nightsAway ?? 0) >= 2 &&
    (c.riskIndicators ?? []).length >= 2
  );
}

function yearSection(): { text: string; example: MissingCase | undefined; valid: MissingCase[] } {
  const acc = createAnnualAccumulator({ year: YEAR });
  let example: MissingCase | undefined;
  const valid: MissingCase[] = [];
  for (const c of syntheticYear({ year: YEAR, reports: REPORTS, seed: SEED })) {
    const r = parseCase(c);
    if (!r.ok) continue;
    valid.push(r.value);
    acc.add(r.value);
    if (!example && isExample(r.value)) example = r.value;
  }
  const text = [
    heading(1, `A New York-like year: annual statistics (${YEAR})`),
    `  syntheticYear({ year: ${YEAR}, reports: ${formatCount(REPORTS)}, seed: ${SEED} }) streamed ${formatCount(REPORTS)} synthetic`,
    `  reports; parseCase accepted ${formatCount(valid.length)}. createAnnualAccumulator counted them as New York's`,
    "  DCJS does: reports of children under 18, duplicates and entries in error left out,",
    "  everything as of local midnight at the year's end (DOMAIN.md §9).",
    "",
    statsText(acc.result(), 18),
  ].join("\n");
  return { text, example, valid };
}

/** Children, not reports: the year's reports linked into children, and the busiest child. */
function childrenSection(cases: readonly MissingCase[]): string {
  const s = annualStatistics(cases, { year: YEAR, children: true });
  const { children } = linkCases(cases);
  const byCount = new Map<number, number>();
  for (const c of children) {
    const k = Math.min(c.caseIds.length, 4);
    byCount.set(k, (byCount.get(k) ?? 0) + 1);
  }
  const byId = new Map(cases.map((c) => [c.id, c]));
  const busiest = [...children].sort((a, b) => b.caseIds.length - a.caseIds.length)[0];
  const reports = (busiest?.caseIds ?? []).map((id) => byId.get(id) as MissingCase);
  const h = reports.length > 0 ? childHistory(reports, { asOf: `${YEAR}-12-31T23:59:59-05:00` }) : undefined;
  const pair = reports.length > 1 ? compareCases(reports[0] as MissingCase, reports[1] as MissingCase) : undefined;
  return [
    heading(7, "Children, not reports"),
    "  The same child runs again and again, and each report counts. linkCases groups reports",
    "  into children by a Fellegi–Sunter score over names, birth date, sex, race, agency, ids",
    "  and timing (docs/linking.md); annualStatistics(…, { children: true }) counts them.",
    "",
    pairs([
      [`Reports in ${YEAR} (under 18 at report)`, s.reported],
      ["  distinct children", s.distinctChildren],
      ["  children reported twice or more", s.childrenWithRepeatEpisodes],
    ]),
    "",
    table(
      ["reports in the data", "children"],
      [1, 2, 3, 4].map((k) => [k === 4 ? "4 or more" : String(k), byCount.get(k) ?? 0]),
    ),
    ...(h && busiest
      ? [
          "",
          `  The child with the most reports (key ${busiest.key}), childHistory as of the year's end:`,
          pairs([
            ["episodes", h.episodes],
            ["  in the last 12 months", h.episodesInLast12Months],
            ["nights away in all", h.nightsAwayTotal === undefined ? "unknown" : String(h.nightsAwayTotal)],
            ["reported as", Object.entries(h.reportedAs).map(([k, n]) => `${k} ${n}`).join(", ")],
            ["risk indicators (flags, not findings)", h.riskIndicators.join(", ") || "none"],
          ]),
        ]
      : []),
    ...(pair
      ? [
          "",
          `  Why its first two reports are one child (compareCases: ${pair.score} bits; names and dates are never shown):`,
          table(
            ["field", "agreement", "weight"],
            pair.evidence.map((e) => [e.field, e.agreement, e.weight.toFixed(2)]),
          ),
        ]
      : []),
  ].join("\n");
}

function operationSection(): string {
  const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });
  const endMs = Date.parse(operation.endsAt);
  const at = (ms: number) => new Date(ms).toISOString();
  const atEnd = summarizeOperation(operation, cases, agencies, { asOf: operation.endsAt });
  const later = summarizeOperation(operation, cases, agencies, { asOf: at(endMs + 8 * DAY) });
  return [
    heading(2, "A Capital Region-like rescue operation"),
    "  syntheticOperation({ seed: 2025 }) made an operation, the cases it worked (each still owned",
    "  by its police department) and its participants. summarizeOperation counts a case as",
    "  located by the operation when its locate event names the operation, even after the",
    "  window, and computes every count as of an instant, never a stored headline (OP-1…OP-4).",
    "",
    `  Located as of the window's end: ${atEnd.located}; eight days later: ${later.located}.`,
    "",
    operationText(operation, later),
  ].join("\n");
}

function describeCase(c: MissingCase): string {
  const z = c.timeZone;
  return [
    pairs([
      ["case", `${c.id} (owned by ${c.reportingAgencyId}, ${c.state ?? "–"}, ${z})`],
      ["reported", local(c.reportedAt, z)],
      ["last contact", local(c.lastContactAt, z)],
      [
        "age at report / at last contact",
        `${ageAtReport(c) ?? "?"} / ${ageAtLastContact(c) ?? "?"}`,
      ],
      [
        "recorded as",
        `${c.reportedAs}, missing from ${c.missingFrom ?? "–"}, ${c.priorEpisodes ?? 0} earlier episodes`,
      ],
      ["risk indicators recorded", (c.riskIndicators ?? []).join(", ") || "none"],
    ]),
    "",
    table(
      ["event", "when (local)", "detail"],
      c.events.map((e) => [e.type, local(e.at, z), eventDetail(e)]),
    ),
  ].join("\n");
}

function eventDetail(e: MissingCase["events"][number]): string {
  switch (e.type) {
    case "enter":
      return `NCIC category ${e.category}`;
    case "notify":
      return `to ${e.recipient}`;
    case "locate":
      return `condition ${e.condition}`;
    case "clear":
      return e.disposition;
    case "cancel":
      return e.reason;
    default:
      return "";
  }
}

function unknownFacts(facts: readonly string[]): string {
  if (facts.length === 0) return "none";
  const shown = facts.slice(0, 4).join(", ");
  return `${facts.length} (${shown}${facts.length > 4 ? ", …" : ""}): knowing them could add types`;
}

/** Whether a deadline was met, missed, is moot (the case closed first) or still open. */
function onTime(d: Deadline, closed: string | undefined): string {
  if (d.satisfiedAt) return Date.parse(d.satisfiedAt) <= Date.parse(d.dueAt) ? "yes" : "late";
  if (d.rule === "long-term-missing") return "milestone";
  return closed !== undefined && Date.parse(closed) <= Date.parse(d.dueAt)
    ? "closed first"
    : "open";
}

function classifySection(c: MissingCase): string {
  const k = classifyCase(c);
  const ncic = suggestNcicCategory(c);
  const deadlines = complianceDeadlines(c);
  const closed = closedAt(c);
  return [
    heading(3, "One case, classified, with its deadlines"),
    "  A repeat runaway from a group home, picked from the year above.",
    "",
    describeCase(c),
    "",
    pairs([
      [
        "NISMART-2 episode type (classifyCase)",
        `${k.primary}${k.types.length > 1 ? ` (also ${k.types.slice(1).join(", ")})` : ""}`,
      ],
      ["  facts still unknown", unknownFacts(k.missingFacts)],
      ["episodeTypeOf", episodeTypeOf(c)],
      ["NCMEC case type", ncmecCaseType(c) ?? "none (not a child case)"],
      ["NCIC category suggested", `${ncic.category}: ${ncic.reasons.join("; ")}`],
      ["endangerment indicators", endangermentIndicators(c).join(", ") || "none"],
      ["trafficking red flags (flags, not findings)", traffickingRiskFlags(c).join(", ") || "none"],
      [
        "missing child: federal / NY / NCMEC",
        (["federal", "ny", "ncmec"] as const).map((d) => tri(isMissingChild(c, d))).join(" / "),
      ],
      [
        "AMBER Alert: DOJ / NY",
        (["doj", "ny"] as const)
          .map((s) => tri(amberAlertEligibility(c, { standard: s }).eligible))
          .join(" / "),
      ],
    ]),
    "",
    "  complianceDeadlines (due and satisfied times in the case's zone)",
    table(
      ["rule", "due", "satisfied", "on time"],
      deadlines.map((d) => [
        d.rule,
        local(d.dueAt, c.timeZone),
        d.satisfiedAt ? local(d.satisfiedAt, c.timeZone) : "–",
        onTime(d, closed),
      ]),
    ),
  ].join("\n");
}

function privacySection(c: MissingCase): string {
  const now = `${YEAR + 1}-01-01T00:00:00Z`;
  const poster = JSON.stringify(redactCase(c, "public", { now }), null, 2);
  return [
    heading(4, "Privacy: what a public poster may show"),
    "  redactCase(c, 'public', { now }) keeps only what helps find the child: no birth date,",
    "  child id, facts, risk indicators, placement, prior episodes, NCIC data, events or times",
    "  of day (PRIV-2, PRIV-4). 'partner' keeps the whole case less the NIC.",
    "",
    poster
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n"),
  ].join("\n");
}

function issuesTable(record: unknown): string {
  const r = parseCase(record);
  const issues = r.ok ? [] : r.issues;
  return table(
    ["code", "path", "message"],
    issues.map((i) => [i.code, formatPath(i.path), i.message]),
  );
}

function parseSection(c: MissingCase): string {
  const hourLater = formatInstant(Date.parse(c.reportedAt) + 3_600_000, c.timeZone);
  return [
    heading(5, "Parsing: issues, never values"),
    "  parseCase never throws and never quotes the input (it may be a child's name or birth",
    "  date). The example case with last contact moved after the report and a status its",
    "  events do not lead to:",
    "",
    issuesTable({ ...c, lastContactAt: hourLater, status: "active" }),
    "",
    "  …and with an unknown field and a zone Intl does not know (fields are checked first;",
    "  the cross-field rules run once every field is valid):",
    "",
    issuesTable({ ...c, nickname: "x", timeZone: "Eastern Time" }),
  ].join("\n");
}

function lifecycleSection(): string {
  return [
    heading(6, "The case lifecycle"),
    "  One table drives transition, deriveStatus, the case schema and this diagram",
    "  (lifecycleDiagram(), Mermaid stateDiagram-v2):",
    "",
    lifecycleDiagram()
      .trimEnd()
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n"),
    "",
    table(
      ["status", "events allowed"],
      CASE_STATUSES.map((s) => [s, allowedEvents(s).join(", ") || "none (final)"]),
    ),
  ].join("\n");
}

/**
 * Prints the tour: annual statistics with a bar chart by month, an operation summary, a
 * classified example case with its deadlines, parse issues and the lifecycle diagram.
 * All data are synthetic (the testing kit); no real person appears.
 * @internal
 */
export async function demoCommand(args: readonly string[], io: Io): Promise<number> {
  parseCommand(args, {}, []);
  const { text, example, valid } = yearSection();
  const parts = [
    "missing-child-cases demo: every record below is synthetic (missing-child-cases/testing).",
    text,
    operationSection(),
    ...(example ? [classifySection(example), privacySection(example), parseSection(example)] : []),
    lifecycleSection(),
    childrenSection(valid),
    "",
    "Next: missing-child-cases --help, docs/cli.md, docs/testing.md.",
  ];
  io.stdout.write(`${parts.join("\n")}\n`);
  return EXIT.ok;
}

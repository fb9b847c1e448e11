/**
 * `missing-child-cases demo`: the guided tour of the README's `npm run demo`. With no
 * arguments and no files it generates a New York-like year and a Capital Region-like
 * operation with the testing kit, then shows what the library computes from them.
 * @module
 */
import { ageAtFound, ageAtLastContact, ageAtReport } from "../../age/index.js";
import { amberAlertEligibility } from "../../classification/amber.js";
import {
  classifyCase,
  endangermentIndicators,
  episodeTypeOf,
  isMissingChild,
  ncmecCaseType,
  suggestNcicCategory,
  traffickingRiskFlags,
} from "../../classification/index.js";
import { deadlinesAsOf } from "../../deadlines/compliance.js";
import {
  complianceDeadlines,
  DEADLINE_RULES,
  type Deadline,
  type DeadlineOptions,
  type DeadlineRule,
  overdueDeadlines,
} from "../../deadlines/index.js";
import { DEADLINE_JURISDICTIONS, DEADLINE_RULE_OF } from "../../deadlines/rules.js";
import type { JurisdictionId } from "../../jurisdictions/ids.js";
import { JURISDICTIONS, jurisdictionsFor } from "../../jurisdictions/index.js";
import type { Jurisdiction } from "../../jurisdictions/types.js";
import { lifecycleDiagram } from "../../lifecycle/diagram.js";
import { statusAt } from "../../lifecycle/status.js";
import { allowedEvents } from "../../lifecycle/table.js";
import { childHistory, compareCases, linkCases } from "../../linking/index.js";
import type { Agency } from "../../models/agency.js";
import type { MissingCase } from "../../models/case.js";
import { CASE_STATUSES } from "../../models/case-status.js";
import { summarizeOperation } from "../../operations/index.js";
import { parseCase } from "../../parse/parse.js";
import { redactCase } from "../../privacy/index.js";
import { createAnnualAccumulator } from "../../statistics/index.js";
import { formatInstant } from "../../testing/clock.js";
import { syntheticOperation } from "../../testing/operation.js";
import { syntheticYear } from "../../testing/year.js";
import { parseCommand } from "../args.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { formatCount, formatPath, pairs, table } from "../format.js";
import type { CommandHelp } from "../help.js";
import { definitionsLine, stateOption } from "../state.js";
import { statsText } from "./stats.js";

/** The help of `demo`. @internal */
export const DEMO_HELP: CommandHelp = {
  usage: "missing-child-cases demo [--state <id>]",
  summary: "a guided tour on synthetic data",
  description: [
    "A guided tour of what the library computes, with no arguments and no files: a synthetic",
    "New York-like year and its statistics, the Capital Region rescue operation reproduced, a",
    "dashboard of overdue deadlines, one case classified with its deadlines, what a public",
    "poster may show, parse issues and the case lifecycle. --state reads the year as if it",
    "were in another jurisdiction (its deadlines, its age line); the tour says whose",
    "definitions it applied.",
  ].join("\n"),
  options: [["--state <id>", "US, US-NY (default), US-CA, … or NY, CA, …"]],
  examples: [
    ["the tour, one page at a time", "missing-child-cases demo | less"],
    ["the same year under California's rules", "missing-child-cases demo --state US-CA"],
  ],
};

const YEAR = 2024;
const REPORTS = 12_114; // New York 2024, as relayed in the news (ST-1)
const SEED = 2024;
/** The demo's synthetic year. @internal */
export const DEMO_YEAR = Object.freeze({ year: YEAR, reports: REPORTS, seed: SEED });
/** The year's end in New York, where the synthetic year is: its snapshot instant. @internal */
export const YEAR_END = `${YEAR + 1}-01-01T00:00:00-05:00`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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

/** Overdue deadlines over many cases as of an instant, counted by rule (DL-3). @internal */
export type OverdueDashboard = {
  readonly asOf: string;
  /** Overdue deadlines by rule, in the order of `DEADLINE_RULES`. */
  readonly byRule: Readonly<Record<DeadlineRule, number>>;
  /** The jurisdictions whose deadlines the cases were read against (`jurisdictionsFor`). */
  readonly jurisdictions: readonly JurisdictionId[];
  /** The cases with at least one overdue deadline. */
  readonly caseIds: readonly string[];
  /** Deadlines that lapsed at or before `asOf`: the child was found first (DL-2). */
  readonly lapsed: number;
  /** Deadlines missed before the child was found, on cases located or closed at `asOf`. */
  readonly missedThenFound: number;
};

/**
 * A dashboard of overdue deadlines fed one case at a time: `overdueDeadlines` for the list,
 * and the case's deadlines as of `asOf` for what the list leaves out.
 * @internal
 */
export function createOverdueDashboard(asOf: string, options?: DeadlineOptions) {
  const asOfMs = Date.parse(asOf);
  const byRule = Object.fromEntries(DEADLINE_RULES.map((r) => [r, 0])) as Record<
    DeadlineRule,
    number
  >;
  const caseIds: string[] = [];
  const jurisdictions = new Set<JurisdictionId>();
  let lapsed = 0;
  let missedThenFound = 0;
  return {
    add(c: MissingCase): void {
      const read = options?.jurisdictions ?? jurisdictionsFor(c).map((j) => j.id);
      for (const id of read) jurisdictions.add(id);
      const overdue = overdueDeadlines(c, asOf, options);
      for (const d of overdue) byRule[d.rule]++;
      if (overdue.length > 0) caseIds.push(c.id);
      const status = statusAt(c, asOf);
      const found = status === "located" || status === "closed";
      for (const d of deadlinesAsOf(c, asOfMs, options)) {
        if (d.lapsedAt !== undefined) lapsed++;
        else if (found && d.satisfiedAt === undefined && Date.parse(d.dueAt) < asOfMs)
          missedThenFound++;
      }
    },
    result(): OverdueDashboard {
      return {
        asOf,
        byRule: { ...byRule },
        jurisdictions: [...jurisdictions],
        caseIds: [...caseIds],
        lapsed,
        missedThenFound,
      };
    },
  };
}

/** What the demo computes from its synthetic year. @internal */
export type DemoYear = {
  readonly valid: number;
  /** The valid cases, for the children section. */
  readonly cases: readonly MissingCase[];
  readonly stats: ReturnType<ReturnType<typeof createAnnualAccumulator>["result"]>;
  readonly dashboard: OverdueDashboard;
  readonly example: MissingCase | undefined;
};

/** The profile the demo applies by default: the synthetic year is New York-like. */
const NEW_YORK = JURISDICTIONS.find((j) => j.id === "US-NY") as Jurisdiction;

/**
 * Where the year's cases are: the state of `j` (New York for the federal profile), in the
 * testing kit's zone for that state.
 */
function yearPlace(j: Jurisdiction): { state: string } {
  return { state: j.id === "US" ? "NY" : j.id.slice(3) };
}

/** The profiles the year is read against: the federal one and `j`'s. */
function readAgainst(j: Jurisdiction): JurisdictionId[] {
  return j.id === "US" ? ["US"] : ["US", j.id];
}

/** The demo's year: statistics, the overdue dashboard at the year's end and an example. @internal */
export function demoYear(j: Jurisdiction = NEW_YORK): DemoYear {
  const acc = createAnnualAccumulator({ year: YEAR, ageLimit: j.missingChild.below });
  const dashboard = createOverdueDashboard(YEAR_END, { jurisdictions: readAgainst(j) });
  const cases: MissingCase[] = [];
  let example: MissingCase | undefined;
  for (const c of syntheticYear({ ...DEMO_YEAR, ...yearPlace(j) })) {
    const r = parseCase(c);
    if (!r.ok) continue;
    cases.push(r.value);
    acc.add(r.value);
    dashboard.add(r.value);
    if (!example && isExample(r.value)) example = r.value;
  }
  return {
    valid: cases.length,
    cases,
    stats: acc.result(),
    dashboard: dashboard.result(),
    example,
  };
}

function yearSection(y: DemoYear, j: Jurisdiction): string {
  const { state } = yearPlace(j);
  const where = state === "NY" ? "" : `, state: "${state}"`;
  return [
    heading(1, `A New York-like year: annual statistics (${YEAR})`),
    `  Definitions applied: ${definitionsLine(j)};`,
    `  deadlines of ${readAgainst(j).join(" and ")}.`,
    "",
    `  syntheticYear({ year: ${YEAR}, reports: ${formatCount(REPORTS)}, seed: ${SEED}${where} }) streamed ${formatCount(REPORTS)} synthetic`,
    `  reports; parseCase accepted ${formatCount(y.valid)}. createAnnualAccumulator counted them as New York's`,
    "  DCJS does: reports of children under 18, duplicates and entries in error left out,",
    "  everything as of local midnight at the year's end (rules ST-1 to ST-6).",
    "",
    statsText(y.stats, j.missingChild.below),
  ].join("\n");
}

/** Children, not reports: the year's reports linked into children, and the busiest child. */
function childrenSection(cases: readonly MissingCase[]): string {
  const { children } = linkCases(cases);
  const byCount = new Map<number, number>();
  for (const c of children) {
    const k = Math.min(c.caseIds.length, 4);
    byCount.set(k, (byCount.get(k) ?? 0) + 1);
  }
  const byId = new Map(cases.map((c) => [c.id, c]));
  const busiest = [...children].sort((a, b) => b.caseIds.length - a.caseIds.length)[0];
  const reports = (busiest?.caseIds ?? []).map((id) => byId.get(id) as MissingCase);
  const h =
    reports.length > 0
      ? childHistory(reports, { asOf: `${YEAR}-12-31T23:59:59-05:00` })
      : undefined;
  const pair =
    reports.length > 1
      ? compareCases(reports[0] as MissingCase, reports[1] as MissingCase)
      : undefined;
  return [
    heading(8, "Children, not reports"),
    "  The same child runs again and again, and each report counts. linkCases groups the valid",
    "  reports above into children by a Fellegi–Sunter score over names, birth date, sex, race,",
    "  agency, ids and timing (docs/linking.md; rules LINK-1 to LINK-8);",
    "  annualStatistics(…, { children: true }) adds the same counts to the year's statistics.",
    "",
    pairs([
      ["Valid reports", cases.length],
      ["  distinct children", children.length],
      ["  children reported twice or more", children.filter((c) => c.caseIds.length > 1).length],
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
            [
              "nights away in all",
              h.nightsAwayTotal === undefined ? "unknown" : String(h.nightsAwayTotal),
            ],
            [
              "reported as",
              Object.entries(h.reportedAs)
                .map(([k, n]) => `${k} ${n}`)
                .join(", "),
            ],
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

function dashboardSection(d: OverdueDashboard): string {
  const total = DEADLINE_RULES.reduce((n, r) => n + d.byRule[r], 0);
  // The deadlines of the jurisdictions the cases were read against (federal and New York).
  const shown = DEADLINE_RULES.filter((r) => d.jurisdictions.includes(DEADLINE_JURISDICTIONS[r]));
  return [
    heading(3, `Overdue dashboard: what is still to do at the end of ${YEAR}`),
    `  overdueDeadlines(c, "${d.asOf}") over every case of the year above. It lists`,
    "  what can still be done: deadlines due and neither met nor lapsed, on cases still open",
    "  (reported or active) at that instant (DL-3). A deadline lapses when the child is found",
    "  before it is due (DL-2), and a located or closed case has nothing overdue. Each case is",
    `  read against these profiles' deadlines: ${d.jurisdictions.join(", ")}.`,
    "",
    table(
      ["deadline", "jurisdiction", "rule", "overdue"],
      [
        ...shown.map(
          (r) => [r, DEADLINE_JURISDICTIONS[r], DEADLINE_RULE_OF[r].id, d.byRule[r]] as const,
        ),
        ["total", "", "", total] as const,
      ],
    ),
    "",
    `  ${formatCount(total)} overdue deadlines on ${formatCount(d.caseIds.length)} open cases. Not on the dashboard: ${formatCount(d.lapsed)} deadlines`,
    `  that lapsed because the child was found first, and ${formatCount(d.missedThenFound)} missed before the child was`,
    "  found (complianceDeadlines keeps those as missed: no satisfiedAt, no lapsedAt).",
  ].join("\n");
}

/** The located cases of an operation as of an instant: a locate naming it at or before. */
function locatedBy(cases: readonly MissingCase[], opId: string, asOf: string) {
  const at = Date.parse(asOf);
  return cases.filter((c) =>
    c.events.some((e) => e.type === "locate" && e.operationId === opId && Date.parse(e.at) <= at),
  );
}

const span = (r: { min: number; max: number } | null) =>
  r === null ? "–" : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;

/** Participants by kind, police by level. */
function participantsTable(agencies: readonly Agency[], ids: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const a of agencies) {
    if (!ids.has(a.id)) continue;
    const key = a.kind === "law-enforcement" ? `law-enforcement (${a.level ?? "–"})` : a.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts].sort(([, a], [, b]) => b - a);
  return table(["participants by kind", "agencies"], rows);
}

function operationSection(): string {
  const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });
  const z = operation.timeZone;
  const asOf = operation.endsAt;
  // 11:00 local on 21 March: the window ended at 17:00 on the 13th, 7 days 18 hours before.
  const later = new Date(Date.parse(asOf) + 7 * DAY + 18 * HOUR).toISOString();
  const kids = summarizeOperation(operation, cases, agencies, { asOf, minorsOnly: true });
  const kidsLater = summarizeOperation(operation, cases, agencies, {
    asOf: later,
    minorsOnly: true,
  });
  const found = locatedBy(cases, operation.id, asOf);
  const minors = found.filter((c) => (ageAtReport(c) ?? 0) < 18);
  const adults = found.filter((c) => (ageAtReport(c) ?? 0) >= 18);
  const youngest = [...minors].sort((a, b) => (ageAtReport(a) ?? 0) - (ageAtReport(b) ?? 0))[0];
  const count = (pred: (c: MissingCase) => boolean) => minors.filter(pred).length;
  const romance = ["romance-recruitment", "controlling-older-partner", "online-enticement"];
  return [
    heading(2, "The Capital Region rescue operation of March 2025, reproduced"),
    "  syntheticOperation({ seed: 2025 }) rebuilds the operation on synthetic records (each case",
    "  still owned by its police department, every age computed from a birth date); below,",
    "  summarizeOperation computes its published figures from them, as of the window's end,",
    "  with minorsOnly: true for the children's ages (OP-1…OP-5).",
    "",
    `  ${operation.name}`,
    pairs([
      [
        "window (local)",
        `${local(operation.startsAt, z)} to ${local(operation.endsAt, z)}: ${kids.days} days`,
      ],
      ["participating agencies", `${kids.agencies.total}`],
      ["children and teens located (minors at report)", `${kids.locatedMinors}`],
      ["  age when reported / when found", `${span(kids.ageAtReport)} / ${span(kids.ageAtFound)}`],
      [
        "  the youngest",
        youngest
          ? `${ageAtReport(youngest)} when reported, ${ageAtFound(youngest)} when found: episodeTypeOf ${episodeTypeOf(youngest)} (taken by a non-custodial parent)`
          : "–",
      ],
      [
        "  recorded as runaways / from group homes",
        `${count((c) => c.reportedAs === "runaway")} / ${count((c) => c.missingFrom === "group-home")}`,
      ],
      [
        "  with a 'romance' trafficking indicator",
        `${count((c) => (c.riskIndicators ?? []).some((i) => romance.includes(i)))}`,
      ],
      [
        "also located, reported separately",
        adults
          .map((c) => `an adult aged ${ageAtReport(c)} at report (${c.reportingAgencyId})`)
          .join("; ") || "none",
      ],
      [
        `children located by ${local(later, z)}`,
        `${kidsLater.locatedMinors} (${kidsLater.locatedAfterWindow} after the window)`,
      ],
    ]),
    "",
    participantsTable(agencies, new Set(operation.participantAgencyIds)),
    "",
    table(
      ["located in the window, by case owner", "cases"],
      Object.entries(kids.locatedByAgency).sort(([, a], [, b]) => b - a),
    ),
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

/** What became of a deadline by `nowMs`: met, late, lapsed (with its instant), missed or running. */
function outcome(d: Deadline, zone: string, nowMs: number): string {
  if (d.lapsedAt) return `lapsed ${local(d.lapsedAt, zone)}`;
  if (d.satisfiedAt) return Date.parse(d.satisfiedAt) <= Date.parse(d.dueAt) ? "on time" : "late";
  if (d.rule === "long-term-missing") return "milestone";
  return Date.parse(d.dueAt) < nowMs ? "missed" : "running";
}

function classifySection(c: MissingCase, j: Jurisdiction): string {
  const k = classifyCase(c);
  const ncic = suggestNcicCategory(c);
  const deadlines = complianceDeadlines(c, { jurisdictions: readAgainst(j) });
  return [
    heading(4, "One case, classified, with its deadlines"),
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
    "  complianceDeadlines (due and satisfied times in the case's zone; a deadline lapses when",
    "  the child is found before it is due, DL-2)",
    table(
      ["rule", "due", "satisfied", "outcome"],
      deadlines.map((d) => [
        d.rule,
        local(d.dueAt, c.timeZone),
        d.satisfiedAt ? local(d.satisfiedAt, c.timeZone) : "–",
        outcome(d, c.timeZone, Date.parse(YEAR_END)),
      ]),
    ),
  ].join("\n");
}

function privacySection(c: MissingCase): string {
  const now = `${YEAR + 1}-01-01T00:00:00Z`;
  const poster = JSON.stringify(redactCase(c, "public", { now }), null, 2);
  return [
    heading(5, "Privacy: what a public poster may show"),
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
    heading(6, "Parsing: issues, never values"),
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
    heading(7, "The case lifecycle"),
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
 * Prints the tour: annual statistics with a bar chart by month, the Capital Region operation
 * reproduced, an overdue dashboard, a classified example case with its deadlines, parse
 * issues and the lifecycle diagram.
 * All data are synthetic (the testing kit); no real person appears.
 * @internal
 */
export async function demoCommand(args: readonly string[], ctx: Context): Promise<number> {
  const j = stateOption(parseCommand(args, { state: { type: "string" } }, [])) ?? NEW_YORK;
  const year = demoYear(j);
  const example = year.example;
  const parts = [
    "missing-child-cases demo: every record below is synthetic (missing-child-cases/testing).",
    yearSection(year, j),
    operationSection(),
    dashboardSection(year.dashboard),
    ...(example
      ? [classifySection(example, j), privacySection(example), parseSection(example)]
      : []),
    lifecycleSection(),
    childrenSection(year.cases),
    "",
    "Next: missing-child-cases --help, docs/cli.md, docs/testing.md.",
  ];
  ctx.out.write(`${parts.join("\n")}\n`);
  return EXIT.ok;
}

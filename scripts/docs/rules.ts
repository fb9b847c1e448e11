/**
 * Renders `docs/rules.md`, the rule book, from `RULES`.
 * @module
 */
import { RULES } from "../../src/rules/index.js";
import type { Rule, RuleSource, RuleStatus } from "../../src/rules/types.js";
import { anchor, cell, generatedBy, linkRuleIds, page } from "./markdown.js";

/**
 * The section of each id prefix. Sections appear in the order of their first rule in
 * `RULES`, each with all its rules, so that rules of one prefix kept in several modules
 * (a state's statutes and its alert plans) still read as one section.
 */
const SECTIONS: Readonly<Record<string, string>> = {
  VOC: "Vocabulary",
  LC: "Lifecycle invariants",
  AGE: "Ages and dates",
  EP: "NISMART-2 episode types",
  END: "Endangerment indicators",
  TRF: "Trafficking-risk flags",
  NC: "NCMEC case types",
  NCIC: "NCIC Missing Person File",
  FED: "Federal duties",
  DL: "Deadline arithmetic",
  AMB: "AMBER and other alerts: the DOJ criteria and this library's readings",
  NY: "New York",
  CA: "California",
  TX: "Texas",
  FL: "Florida",
  PA: "Pennsylvania",
  IL: "Illinois",
  OH: "Ohio",
  GA: "Georgia",
  NCS: "North Carolina",
  MI: "Michigan",
  ST: "Annual statistics",
  OP: "Rescue operations",
  PRIV: "Privacy",
  LINK: "Record linkage",
};

/** What each status means, for the legend. */
export const STATUS_MEANING: Readonly<Record<RuleStatus, string>> = {
  verified: "read in the cited source (a statute, an official page or the publication itself)",
  unverified:
    "seen only in a secondary source, only in part, or not confirmed at all: kept easy to change, never presented as law",
  choice: "a decision of this library; its sources are what the decision builds on",
};

function prefix(id: string): string {
  const p = id.split("-")[0] ?? id;
  if (SECTIONS[p] === undefined) throw new Error(`no section for rule ${id}`);
  return p;
}

function source(s: RuleSource): string {
  const title = s.url === undefined ? s.title : `[${s.title}](${s.url})`;
  return `- ${title}${s.cite === undefined ? "" : ` — ${s.cite}`}`;
}

function renderRule(r: Rule): string {
  return [
    `<a id="${anchor(r.id)}"></a>`,
    "",
    `### ${r.id} — ${r.title}`,
    "",
    linkRuleIds(r.statement, "", r.id),
    "",
    `Status: **${r.status}**.`,
    "",
    "Sources:",
    "",
    ...r.sources.map(source),
  ].join("\n");
}

/** The rules section by section: each prefix's rules together, where its first rule stands. */
function bookOrder(): Rule[] {
  const byPrefix = new Map<string, Rule[]>();
  for (const r of RULES) {
    const p = prefix(r.id);
    const list = byPrefix.get(p);
    if (list) list.push(r);
    else byPrefix.set(p, [r]);
  }
  return [...byPrefix.values()].flat();
}

function summary(): string {
  const rows = bookOrder().map(
    (r) => `| [${r.id}](#${anchor(r.id)}) | ${cell(r.title)} | ${r.status} |`,
  );
  return ["| id | title | status |", "|---|---|---|", ...rows].join("\n");
}

function sections(): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const r of bookOrder()) {
    const p = prefix(r.id);
    if (p !== current) {
      out.push(`## ${SECTIONS[p]}`);
      current = p;
    }
    out.push(renderRule(r));
  }
  return out;
}

/** The text of `docs/rules.md`. */
export function renderRules(): string {
  const counts = (s: RuleStatus) => RULES.filter((r) => r.status === s).length;
  return page([
    generatedBy("src/rules"),
    "# Rule book",
    `Every rule this library applies, in one place: ${RULES.length} rules (${counts("verified")} verified, ${counts("unverified")} unverified, ${counts("choice")} choices of this library). Functions, criteria (\`Criterion.ruleId\`) and deadlines (\`Deadline.ruleId\`) name their rules by these ids, and the same entries are exported as \`RULES\` (\`ruleById(id)\` finds one).`,
    [
      "Status:",
      "",
      ...Object.entries(STATUS_MEANING).map(([s, m]) => `- **${s}**: ${m}.`),
      "",
      "Where only part of a rule is confirmed, its statement says which part.",
    ].join("\n"),
    "## Summary",
    summary(),
    ...sections(),
  ]);
}

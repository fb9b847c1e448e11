/**
 * Renders the generated parts of `docs/jurisdictions.md` from the jurisdiction profiles: the
 * comparison of the eleven profiles, each cell with its status and rules, and what each
 * profile leaves unencoded. The rest of the page (the guide, "Adding a state") is written by
 * hand between the markers.
 * @module
 */
import { JURISDICTIONS } from "../../src/jurisdictions/index.js";
import { profileSummary, type SummaryColumn } from "../../src/jurisdictions/summary.js";
import type { SummaryCell } from "../../src/jurisdictions/types.js";
import { cell, renderParts, ruleLink } from "./markdown.js";

const COLUMNS: readonly (readonly [SummaryColumn, string])[] = [
  ["age-line", "age line"],
  ["entry", "entry deadline"],
  ["clearinghouse", "clearinghouse notice"],
  ["records", "school / birth-record flags"],
  ["foster-care", "foster-care clock"],
  ["amber", "AMBER plan and age"],
  ["second-tier", "second-tier alert"],
];

const MARK: Readonly<Record<SummaryCell["status"], string>> = {
  verified: "V",
  unverified: "U",
  choice: "C",
  "not-encoded": "N",
};

function cellText(c: SummaryCell): string {
  const rules = c.ruleIds.map((id) => ruleLink(id)).join(", ");
  return `${cell(c.text)} **${MARK[c.status]}**${rules === "" ? "" : ` ${rules}`}`;
}

function cells(list: readonly SummaryCell[]): string {
  return list.length === 0 ? "–" : list.map(cellText).join("<br>");
}

/** The comparison of every profile, one row a jurisdiction. */
export function comparisonTable(): string {
  const rows = JURISDICTIONS.map((j) => {
    const s = profileSummary(j);
    return `| ${j.id} ${cell(j.name)} | ${COLUMNS.map(([k]) => cells(s[k])).join(" | ")} |`;
  });
  return [
    `| jurisdiction | ${COLUMNS.map(([, title]) => title).join(" | ")} |`,
    `|---|${COLUMNS.map(() => "---").join("|")}|`,
    ...rows,
  ].join("\n");
}

/** What each profile's sources did not settle, in plain words. */
export function notEncodedList(): string {
  return JURISDICTIONS.map(
    (j) =>
      `**${j.id} (${j.name})**\n\n${j.notEncoded.map((t) => `- ${t.replaceAll("\n", " ")}`).join("\n")}`,
  ).join("\n\n");
}

const PARTS: Readonly<Record<string, () => string>> = {
  "jurisdictions-table": comparisonTable,
  "jurisdictions-not-encoded": notEncodedList,
};

/** `current` with its generated parts rendered again. */
export function renderJurisdictions(current: string): string {
  return renderParts(current, "docs/jurisdictions.md", PARTS);
}

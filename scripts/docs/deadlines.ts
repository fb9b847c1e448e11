/**
 * Renders the deadline and notice tables of `docs/lifecycle.md` from the jurisdiction
 * profiles, so that the guide lists exactly what `complianceDeadlines` and
 * `requiredNotices` apply.
 * @module
 */
import { JURISDICTIONS } from "../../src/jurisdictions/index.js";
import { conditionText, durationText } from "../../src/jurisdictions/summary.js";
import type { DeadlineDefinition } from "../../src/jurisdictions/types.js";
import { cell, ruleLink } from "./markdown.js";

const FROM: Readonly<Record<DeadlineDefinition["from"], string>> = {
  report: "`reportedAt`",
  "first-enter": "the first `enter`",
  locate: "the locate in force",
};

function metBy(d: DeadlineDefinition): string {
  const by = d.satisfiedBy;
  if (by === undefined) return "never (a milestone)";
  const to = by.recipient === undefined ? "" : ` to \`${by.recipient}\``;
  return `the first \`${by.event}\`${to}${d.from === "locate" ? " after it" : ""}`;
}

function when(text: string): string {
  return text === "" ? "always" : cell(text);
}

/** Every deadline of every profile, one row per definition. */
export function deadlinesTable(): string {
  const rows = JURISDICTIONS.flatMap((j) =>
    j.deadlines.map(
      (d) =>
        `| \`${d.rule}\` | ${j.id} | ${when(conditionText(d.appliesWhen))} | ${FROM[d.from]} + ${durationText(d.after)} | ${metBy(d)} | ${ruleLink(d.ruleId)} |`,
    ),
  );
  return [
    "| deadline | profile | applies when | due | met by | rule |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** Every notice with no clock of every profile. */
export function noticesTable(): string {
  const rows = JURISDICTIONS.flatMap((j) =>
    j.notices.map(
      (n) =>
        `| \`${n.rule}\` | ${j.id} | ${when(conditionText(n.appliesWhen))} | \`${n.recipient}\` | ${ruleLink(n.ruleId)} |`,
    ),
  );
  return ["| notice | profile | applies when | to | rule |", "|---|---|---|---|---|", ...rows].join(
    "\n",
  );
}

/**
 * Renders the generated parts of `docs/lifecycle.md`: from `LIFECYCLE_TABLE`, the Mermaid
 * diagram and the same table as text; from the jurisdiction profiles, the deadlines and the
 * notices with no clock. The rest of the page is written by hand; each part stands between
 * its own markers.
 * @module
 */
import { lifecycleDiagram } from "../../src/lifecycle/diagram.js";
import { LIFECYCLE_TABLE } from "../../src/lifecycle/table.js";
import { CASE_EVENT_TYPES, CASE_STATUSES } from "../../src/models/lists.js";
import { deadlinesTable, noticesTable } from "./deadlines.js";
import { renderParts } from "./markdown.js";

/** The lifecycle table as a Markdown table; `–` is refused. */
export function lifecycleTextTable(): string {
  const header = `| from | ${CASE_EVENT_TYPES.join(" | ")} |`;
  const rule = `|---|${CASE_EVENT_TYPES.map(() => "---").join("|")}|`;
  const rows = CASE_STATUSES.map((from) => {
    const cells = CASE_EVENT_TYPES.map((e) => LIFECYCLE_TABLE[from][e] ?? "–");
    return `| ${from} | ${cells.join(" | ")} |`;
  });
  return [header, rule, ...rows].join("\n");
}

const PARTS: Readonly<Record<string, () => string>> = {
  "lifecycle-diagram": () => `\`\`\`mermaid\n${lifecycleDiagram()}\`\`\``,
  "lifecycle-table": lifecycleTextTable,
  "deadlines-table": deadlinesTable,
  "notices-table": noticesTable,
};

/** `current` with the text between each pair of markers replaced by its rendering. */
export function renderLifecycle(current: string): string {
  return renderParts(current, "docs/lifecycle.md", PARTS);
}

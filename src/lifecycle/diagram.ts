/**
 * The lifecycle table drawn as a Mermaid state diagram, generated from `LIFECYCLE_TABLE`
 * so the picture in `docs/lifecycle.md` cannot drift from the rules.
 * @module
 */
import type { CaseEventType } from "../models/case-event.js";
import { CASE_EVENT_TYPES, CASE_STATUSES } from "../models/lists.js";
import { INITIAL_STATUS, LIFECYCLE_TABLE } from "./table.js";

/** The events of one status that lead to each next status, in the table's column order. */
function edges(from: (typeof CASE_STATUSES)[number]): Map<string, CaseEventType[]> {
  const byTarget = new Map<string, CaseEventType[]>();
  for (const type of CASE_EVENT_TYPES) {
    const to = LIFECYCLE_TABLE[from][type];
    if (to === undefined) continue;
    const list = byTarget.get(to);
    if (list) list.push(type);
    else byTarget.set(to, [type]);
  }
  return byTarget;
}

/**
 * The lifecycle table as a Mermaid `stateDiagram-v2`: one arrow per
 * (status, next status) pair labelled with the events that take it, in the table's row and
 * column order; `[*]` enters at `'reported'` and leaves from every status with no allowed
 * event (`'cancelled'`). Deterministic, so the copy in `docs/lifecycle.md` is generated
 * from it and checked. The NCIC message each event stands for is unverified (VOC-6).
 *
 * @example
 * ```ts
 * lifecycleDiagram().split("\n").slice(0, 3);
 * // ["stateDiagram-v2", "  [*] --> reported", "  reported --> active: enter"]
 * ```
 * @see `docs/rules.md#voc-6`
 */
export function lifecycleDiagram(): string {
  const lines = ["stateDiagram-v2", `  [*] --> ${INITIAL_STATUS}`];
  for (const from of CASE_STATUSES) {
    const out = edges(from);
    for (const [to, types] of out) lines.push(`  ${from} --> ${to}: ${types.join(", ")}`);
    if (out.size === 0) lines.push(`  ${from} --> [*]`);
  }
  return `${lines.join("\n")}\n`;
}

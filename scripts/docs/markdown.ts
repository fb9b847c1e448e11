/**
 * Markdown helpers shared by the doc renderers.
 * @module
 */
import { RULES, ruleById } from "../../src/rules/index.js";
import type { Rule } from "../../src/rules/types.js";

/** The anchor of a rule in `docs/rules.md`: its id in lower case (`EP-3b` → `ep-3b`). */
export function anchor(id: string): string {
  return id.toLowerCase();
}

/** The rule with this id; throws when there is none, so a renderer never links nowhere. */
export function ruleOf(id: string): Rule {
  const r = ruleById(id);
  if (r === undefined) throw new Error(`no rule ${id} in RULES`);
  return r;
}

/** A link to a rule from a page in `docs/` (`rules.md#<id>`, or `#<id>` on the rule book itself). */
export function ruleLink(id: string, page = "rules.md"): string {
  return `[${ruleOf(id).id}](${page}#${anchor(id)})`;
}

/** Text safe inside a table cell. */
export function cell(s: string): string {
  return s.replaceAll("|", "\\|").replaceAll("\n", " ");
}

// Longest ids first, so that `EP-3b` is not read as `EP-3` followed by `b`.
let idPattern: RegExp | undefined;

/**
 * `text` with every rule id that is not inside backticks turned into a link (`page` as in
 * {@link ruleLink}); `except` is left as plain text (a rule does not link to itself).
 */
export function linkRuleIds(text: string, page = "rules.md", except?: string): string {
  idPattern ??= new RegExp(
    `(?<![\\w-])(${RULES.map((r) => r.id)
      .sort((a, b) => b.length - a.length)
      .map((id) => id.replace(/[-]/g, "\\-"))
      .join("|")})(?![\\w-])`,
    "g",
  );
  const pattern = idPattern;
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(pattern, (id) => (id === except ? id : ruleLink(id, page))),
    )
    .join("");
}

/** Joins rendered parts with blank lines, collapsing runs of them, and ends with one newline. */
export function page(parts: readonly string[]): string {
  return parts
    .join("\n\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()
    .concat("\n");
}

/** The first line of every generated file. */
export function generatedBy(from: string): string {
  return `<!-- Generated from ${from} by scripts/docs.mjs: do not edit. Run \`npm run docs:gen\` after changing the source. -->`;
}

/**
 * `current` with the text between each pair of markers
 * `<!-- generated:<name> (scripts/docs.mjs; do not edit) -->` … `<!-- /generated:<name> -->`
 * replaced by the rendering of that part, for pages written by hand around generated parts.
 * Throws, naming `page` and the part, when a pair of markers is missing.
 */
export function renderParts(
  current: string,
  page: string,
  parts: Readonly<Record<string, () => string>>,
): string {
  let out = current;
  for (const [name, render] of Object.entries(parts)) {
    const start = `<!-- generated:${name} (scripts/docs.mjs; do not edit) -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${page}: markers of ${name} not found`);
    out = `${out.slice(0, from + start.length)}\n\n${render()}\n\n${out.slice(to)}`;
  }
  return out;
}

/**
 * A rule cited in one line of text, for outputs that carry their source as a string.
 * @module
 */
import type { Rule } from "./types.js";

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/**
 * `"<id>: <citations or titles> — <addresses>"`, marked `(unverified)` after the id when the
 * rule is not confirmed.
 *
 * @example
 * ```ts
 * citation(FED_4);
 * // "FED-4: 34 U.S.C. 41308(3); Pub. L. 117-327 — https://usc-cdn.house.gov/…"
 * ```
 * @internal
 */
export function citation(rule: Rule): string {
  const mark = rule.status === "unverified" ? " (unverified)" : "";
  const cites = unique(rule.sources.map((s) => s.cite ?? s.title));
  const urls = unique(rule.sources.flatMap((s) => (s.url === undefined ? [] : [s.url])));
  const where = urls.length === 0 ? "" : ` — ${urls.join(" ")}`;
  return `${rule.id}${mark}: ${cites.join("; ")}${where}`;
}

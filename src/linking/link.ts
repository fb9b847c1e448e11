/**
 * `linkCases`: reports grouped into children.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { type BlockingStats, candidatePairs, sortByKey } from "./blocking.js";
import { byStrength, cluster, type Groups, type ScoredPair } from "./cluster.js";
import { compareInto } from "./compare.js";
import { addCase, type CaseTable, createTable, idHashOf, reportedOf } from "./features.js";
import type { LinkWeight } from "./weights.js";

/**
 * The score at or above which two reports are linked, by default: chosen on synthetic years
 * (docs/linking.md, "Choosing a threshold") for pairwise precision ≥ 0.99 with recall
 * ≥ 0.95.
 *
 * @example
 * ```ts
 * import { DEFAULT_LINK_THRESHOLD, linkCases } from "missing-child-cases";
 * linkCases([], { threshold: DEFAULT_LINK_THRESHOLD + 2 }); // stricter: fewer, surer links
 * ```
 * @see `docs/rules.md#link-6`
 */
export const DEFAULT_LINK_THRESHOLD = 14;

/**
 * Options of {@link linkCases}: `threshold` (a finite number of bits, default
 * {@link DEFAULT_LINK_THRESHOLD}) is the score at or above which two reports are linked.
 *
 * @example
 * ```ts
 * const options: LinkOptions = { threshold: 16 };
 * ```
 */
export type LinkOptions = { readonly threshold?: number | undefined };

/**
 * A child: the reports linked into one person. `key` names the child stably (the same cases
 * give the same key in any input order): the id of its earliest report (by `reportedAt`, then
 * id).
 * `caseIds` are its reports, oldest `reportedAt` first (ties by id).
 *
 * @example
 * ```ts
 * const child: LinkedChild = { key: "NY-2024-000017", caseIds: ["NY-2024-000017", "NY-2024-004410"] };
 * ```
 */
export type LinkedChild = { readonly key: string; readonly caseIds: readonly string[] };

/**
 * A pair of reports scored at or above the threshold: ids `a` < `b` (code-unit order) and
 * the score of {@link compareCases}.
 *
 * @example
 * ```ts
 * const link: CaseLink = { a: "NY-2024-000017", b: "NY-2024-004410", score: 27.3 };
 * ```
 */
export type CaseLink = { readonly a: string; readonly b: string; readonly score: number };

/**
 * What {@link linkCases} returns: every case in exactly one child, and the links found.
 *
 * @example
 * ```ts
 * const { children, links } = linkCases(cases);
 * children.filter((c) => c.caseIds.length > 1).length; // children with repeat reports
 * ```
 */
export type LinkResult = {
  readonly children: readonly LinkedChild[];
  readonly links: readonly CaseLink[];
};

/**
 * The threshold of `options`; throws a `RangeError` naming `options.threshold`.
 * @example `resolveThreshold({}); // 14`
 * @internal
 */
export function resolveThreshold(options: LinkOptions | undefined): number {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError("options must be an object");
  }
  const t = options?.threshold ?? DEFAULT_LINK_THRESHOLD;
  if (typeof t !== "number" || !Number.isFinite(t)) {
    throw new RangeError("options.threshold must be a finite number");
  }
  return t;
}

/**
 * Throws a `RangeError` naming (by `name(row)`) the later of two rows with the same case id.
 * Ids are hashed and sorted: no set of a million strings.
 * @example `checkIds(table, (row) => \`cases[${row}]\`);`
 * @internal
 */
export function checkIds(t: CaseTable, name: (row: number) => string): void {
  const ids = t.ids;
  const hashes = new Uint32Array(t.size);
  for (let i = 0; i < t.size; i++) hashes[i] = idHashOf(t, i);
  const sorted = sortByKey(hashes);
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && hashes[sorted[end] as number] === hashes[sorted[start] as number])
      end++;
    for (let x = start; x < end; x++) {
      for (let y = x + 1; y < end; y++) {
        const i = sorted[x] as number;
        const j = sorted[y] as number;
        if (ids[i] === ids[j]) {
          throw new RangeError(`${name(Math.max(i, j))}.id repeats the id of an earlier case`);
        }
      }
    }
    start = end;
  }
}

/**
 * Every case read into one table, each case once. Throws naming `cases[i]` and the field for
 * a malformed case, and `cases[i].id` for an id an earlier case has.
 * @example `readCases(syntheticYear({ year: 2024, reports: 10, seed: 1 })).ids.length; // 10`
 * @internal
 */
export function readCases(cases: Iterable<MissingCase>): CaseTable {
  if (cases === null || typeof cases !== "object" || !(Symbol.iterator in cases)) {
    throw new TypeError("cases must be an iterable of MissingCase");
  }
  // An array says how many rows are coming: no growing then.
  const t = createTable(Array.isArray(cases) ? Math.max(1, cases.length) : 1024);
  let i = 0;
  for (const c of cases) addCase(t, c, i++);
  checkIds(t, (row) => `cases[${row}]`);
  return t;
}

/**
 * Links the cases of a table: the result of {@link linkCases} and the blocking counts.
 * @example `linkTable(readCases(cases), 14).stats.comparisons;`
 * @internal
 */
export function linkTable(
  t: CaseTable,
  threshold: number,
): { result: LinkResult; stats: BlockingStats } {
  const rows: LinkWeight[] = [];
  const links: ScoredPair[] = [];
  const ids = t.ids;
  const stats = candidatePairs(t, (i, j) => {
    const score = compareInto(t, i, j, rows);
    if (score >= threshold) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      links.push(a < b ? { i, j, a, b, score } : { i, j, a: b, b: a, score });
    }
  });
  links.sort(byStrength);
  const groups = cluster(t, links, threshold);
  return { result: { children: children(t, groups), links: caseLinks(links) }, stats };
}

/** Rows in report order (ties by id): the identity when they already are, as most inputs. */
function reportOrder(t: CaseTable): Int32Array {
  const n = t.size;
  const before = (x: number, y: number): number => {
    const d = reportedOf(t, x) - reportedOf(t, y);
    if (d !== 0) return d;
    const a = t.ids[x] as string;
    const b = t.ids[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && before(i - 1, i) > 0) sorted = false;
  }
  return sorted ? order : Int32Array.from(Array.from(order).sort(before));
}

/** The children in order of their first report, each with its reports in order. */
function children(t: CaseTable, groups: Groups): LinkedChild[] {
  const order = reportOrder(t);
  const n = t.size;
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) rank[order[k] as number] = k;
  // As many children as rows, less those merged into another's group: no growing.
  // Groups of several rows marked by their row: most rows are alone, and need no lookup.
  const several = new Uint8Array(n);
  let count = n;
  for (const [g, members] of groups.members) {
    several[g] = 1;
    count -= members.length - 1;
  }
  const out = new Array<LinkedChild>(count);
  let c = 0;
  const written = new Uint8Array(n);
  const group = groups.group;
  const ids = t.ids;
  for (let k = 0; k < n; k++) {
    const row = order[k] as number;
    const g = group[row] as number;
    if (several[g] === 0) {
      const id = ids[row] as string;
      out[c++] = { key: id, caseIds: [id] };
    } else if (written[g] === 0) {
      const members = groups.members.get(g) as readonly number[];
      // Rows come in report order: the first of a group met is its first report.
      written[g] = 1;
      const caseIds = [...members]
        .sort((a, b) => (rank[a] as number) - (rank[b] as number))
        .map((i) => ids[i] as string);
      out[c++] = { key: caseIds[0] as string, caseIds };
    }
  }
  return out;
}

function caseLinks(links: readonly ScoredPair[]): CaseLink[] {
  return links.map(({ a, b, score }) => ({ a, b, score }));
}

/**
 * Groups case records into children: the reports of one child, whatever agency made them and
 * however its name and birth date were typed, become one {@link LinkedChild}.
 *
 * 1. **Blocking.** Only reports that share a key are compared: family name + birth date;
 *    phonetic given and family names (either order) + birth year; phonetic given name + birth
 *    month and day; child id within the reporting agency; family name + birth year; birth
 *    date. A block of more than 64 reports (a common name at a million reports) is sorted and
 *    compared through a window of 16 neighbours, so work and memory grow about linearly.
 * 2. **Scoring.** Each candidate pair gets the score of {@link compareCases}; pairs at or
 *    above `options.threshold` (default {@link DEFAULT_LINK_THRESHOLD}) are the `links`.
 * 3. **Clustering.** Links are applied strongest first (union-find). Two groups are not
 *    merged when a report of one and a report of the other score below the threshold and
 *    contradict each other (unrelated given names, birth years apart, another sex): one weak
 *    link does not chain two children together. Such a link is still listed in `links`.
 *
 * Every case is in exactly one child; a child's `caseIds` run by `reportedAt` (ties by id);
 * children run by their first report. Deterministic: the same cases in any order give the
 * same children, keys and links. Pure; the cases are read once and not kept.
 *
 * Throws a `TypeError` when `cases` is not iterable, a `RangeError` naming
 * `options.threshold` when it is not a finite number, and a `TypeError`/`RangeError`
 * naming `cases[i]` and the field for a case without the fields compared, or whose id
 * repeats an earlier case's (ids name the reports in the result).
 *
 * @example
 * ```ts
 * import { linkCases } from "missing-child-cases";
 * import { syntheticYear } from "missing-child-cases/testing";
 *
 * const cases = [...syntheticYear({ year: 2024, reports: 2_000, seed: 7, repeatShare: 0.3 })];
 * const { children, links } = linkCases(cases);
 * const repeat = children.filter((c) => c.caseIds.length > 1);
 * // repeat.length children with two or more reports; links: the pairs scored ≥ 14
 * ```
 * @see `docs/rules.md#link-6`
 * @see `docs/rules.md#link-7`
 * @see `docs/rules.md#link-8`
 */
export function linkCases(cases: Iterable<MissingCase>, options?: LinkOptions): LinkResult {
  const threshold = resolveThreshold(options);
  return linkTable(readCases(cases), threshold).result;
}

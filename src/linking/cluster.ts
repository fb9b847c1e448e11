/**
 * Children from links: union-find over the pairs at or above the threshold, strongest first,
 * with a guard against chaining two children through one weak link.
 * @module
 */
import { compareInto } from "./compare.js";
import type { CaseTable } from "./features.js";
import type { LinkWeight } from "./weights.js";

/** Cross pairs checked in full when two clusters merge; beyond it, a bounded sample. */
const FULL_CHECK = 4096;
/** In a bounded check, each case of the smaller cluster meets this many of the larger. */
const SAMPLE = 64;

/**
 * A scored pair: rows of the case table, the case ids in code-unit order (`a` < `b`)
 * and the score.
 * @internal
 */
export type ScoredPair = {
  readonly i: number;
  readonly j: number;
  readonly a: string;
  readonly b: string;
  readonly score: number;
};

/**
 * The order links are applied in: score descending, then the two case ids, so that the
 * result does not depend on the order of the input.
 * @example `links.sort(byStrength);`
 * @internal
 */
export function byStrength(p: ScoredPair, q: ScoredPair): number {
  if (p.score !== q.score) return q.score - p.score;
  if (p.a !== q.a) return p.a < q.a ? -1 : 1;
  return p.b < q.b ? -1 : p.b > q.b ? 1 : 0;
}

/**
 * Whether two clusters may become one child: not when a case of one and a case of the other
 * score below the threshold *and* contradict each other on a field that says "two people"
 * (unrelated given names, birth years apart, another sex). Clusters whose cross pairs exceed
 * {@link FULL_CHECK} are checked on each case of the smaller against the first {@link SAMPLE}
 * of the larger (in merge order, which is deterministic).
 */
function compatible(
  a: readonly number[],
  b: readonly number[],
  t: CaseTable,
  threshold: number,
  rows: LinkWeight[],
): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const limit = small.length * large.length <= FULL_CHECK ? large.length : SAMPLE;
  for (const x of small) {
    for (let k = 0; k < Math.min(limit, large.length); k++) {
      const score = compareInto(t, x, large[k] as number, rows);
      if (score < threshold && rows.some((r) => r.contradicts)) return false;
    }
  }
  return true;
}

/**
 * The groups of rows after clustering: `group[i]` is the group of row `i` (a row of the
 * group); `members` lists the rows of each group of two or more (other rows are alone).
 * @internal
 */
export type Groups = {
  readonly group: Int32Array;
  readonly members: ReadonlyMap<number, readonly number[]>;
};

/**
 * The groups of the rows of `t` after applying `links` (sorted by {@link byStrength}) with
 * the chaining guard; every row is in exactly one group. Two lone rows joined by a link never
 * need the guard (their only cross pair is the link itself).
 *
 * @example
 * ```ts
 * const { group, members } = cluster(table, links, 14);
 * group[0] === group[5]; // rows 0 and 5 are one child
 * ```
 * @internal
 */
export function cluster(t: CaseTable, links: readonly ScoredPair[], threshold: number): Groups {
  const n = t.size;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const members = new Map<number, number[]>();
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    for (let x = i; parent[x] !== r; ) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const membersOf = (r: number) => members.get(r) ?? [r];
  const rows: LinkWeight[] = [];
  for (const link of links) {
    // The case with the smaller id leads, so member lists grow in an order set by the ids.
    const first = t.ids[link.i] === link.a;
    const i = first ? link.i : link.j;
    const j = first ? link.j : link.i;
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const mi = membersOf(ri);
    const mj = membersOf(rj);
    const both = mi.length > 1 || mj.length > 1;
    if (both && !compatible(mi, mj, t, threshold, rows)) continue;
    parent[rj] = ri;
    members.delete(rj);
    members.set(ri, mi.concat(mj));
  }
  for (let i = 0; i < n; i++) parent[i] = find(i);
  return { group: parent, members };
}

/**
 * Blocking: which pairs of cases are compared at all. Cases that share a key (a family name
 * and a birth year, say) form a block; only pairs within a block are candidates.
 * @module
 */
import {
  agencyOf,
  birthOf,
  type CaseTable,
  childIdHashOf,
  familyHashOf,
  familyInitialOf,
  familyPhonOf,
  givenPhonOf,
  precisionOf,
  reportedOf,
} from "./features.js";
import { finish, mixInt } from "./hash.js";

/** A block larger than this is not compared all-pairs but through a sliding window. */
export const MAX_BLOCK = 64;
/** In a large block sorted by a second key, each case meets the next `WINDOW` cases. */
export const WINDOW = 16;

// The seed of each kind of key, mixed once rather than at every row.
const SEEDS = [0, 1, 2, 3, 4, 5].map((kind) => mixInt(0x811c9dc5, kind));
const seed = (kind: number) => SEEDS[kind] as number;

/** A blocking key: its 32-bit hash for row `i` (0: none) and a sort key within large blocks. */
type KeyKind = {
  readonly name: string;
  readonly key: (t: CaseTable, i: number) => number;
  readonly order: (t: CaseTable, i: number) => number;
};

const full = (t: CaseTable, i: number) => precisionOf(t, i) === 3;
const year = (t: CaseTable, i: number) => Math.floor(birthOf(t, i) / 10000);
const monthDay = (t: CaseTable, i: number) => birthOf(t, i) % 10000;

/** Phonetic codes of the given and family names in either order: swapped names meet. */
function phoneticPair(t: CaseTable, i: number): number {
  const g = givenPhonOf(t, i);
  const f = familyPhonOf(t, i);
  if (g === 0 && f === 0) return 0;
  return finish(mixInt(mixInt(mixInt(seed(2), Math.min(g, f)), Math.max(g, f)), year(t, i)));
}

/**
 * The blocking keys (a pair met in an earlier key's whole block is not compared again).
 * Together they find a child whose records differ in any one of: given name (nickname,
 * typo), family name (typo, spelling, a changed name), birth date (a digit, day and month
 * swapped, partial), name order, or agency; and most pairs with two of these. Chosen on
 * synthetic years for recall at a bounded cost: at a million reports they propose about two
 * comparisons a report (docs/linking.md, "Blocking"). Keys read only the numbers of a row.
 * @internal
 */
export const KEY_KINDS: readonly KeyKind[] = [
  {
    name: "family name + birth date",
    key: (t, i) =>
      familyHashOf(t, i) !== 0 && full(t, i)
        ? finish(mixInt(mixInt(seed(1), familyHashOf(t, i)), birthOf(t, i)))
        : 0,
    // Within: the given names differ; sounding alike, they sort together.
    order: givenPhonOf,
  },
  {
    name: "phonetic given and family names (either order) + birth year",
    key: phoneticPair,
    // Within: the birth dates differ; near dates (a digit off) sort together.
    order: (t, i) => monthDay(t, i),
  },
  {
    name: "phonetic given name + birth month and day + first letter of the family name",
    key: (t, i) =>
      givenPhonOf(t, i) !== 0 && full(t, i)
        ? finish(
            mixInt(
              mixInt(seed(3), givenPhonOf(t, i)),
              monthDay(t, i) * 64 + (familyInitialOf(t, i) & 63),
            ),
          )
        : 0,
    // Within: the years or family names differ; alike-sounding family names sort together.
    order: familyPhonOf,
  },
  {
    name: "child id within the reporting agency",
    key: (t, i) => finish(mixInt(mixInt(seed(4), agencyOf(t, i)), childIdHashOf(t, i, 0))),
    order: reportedOf,
  },
  {
    name: "phonetic given name + birth date",
    key: (t, i) =>
      givenPhonOf(t, i) !== 0 && full(t, i)
        ? finish(mixInt(mixInt(seed(5), givenPhonOf(t, i)), birthOf(t, i)))
        : 0,
    order: familyPhonOf,
  },
];

/** Counts of one blocking run, for tests and the benchmark. @internal */
export type BlockingStats = {
  /** Pairs scored (each candidate pair once). */
  comparisons: number;
  /** Blocks of two or more cases, over all keys. */
  blocks: number;
  /** Blocks larger than {@link MAX_BLOCK}, compared through the window. */
  windowedBlocks: number;
  /** Cases in the largest block of any key. */
  largestBlock: number;
  /** Pairs scored, by key (in the order of {@link KEY_KINDS}). */
  readonly byKey: number[];
};

/** The arrays a radix sort of `n` keys works in, allocated once for several sorts. */
type RadixWork = {
  readonly a: Uint32Array;
  readonly b: Uint32Array;
  readonly scratch: Uint32Array;
  readonly count: Uint32Array;
};

const radixWork = (n: number): RadixWork => ({
  a: new Uint32Array(n),
  b: new Uint32Array(n),
  scratch: new Uint32Array(n),
  count: new Uint32Array(65_537),
});

/**
 * Indices 0…n−1 sorted by `keys` (radix sort, two 16-bit passes: linear, stable). With
 * `sortedKeys` (of length n), the keys in that order too, so that a scan of the blocks reads
 * them in sequence rather than all over memory. With `work` (for n keys), the sort works in
 * its arrays and returns one of them, good until the next sort in the same `work`.
 * @example `sortByKey(Uint32Array.of(7, 3, 7)); // [1, 0, 2]`
 * @internal
 */
export function sortByKey(
  keys: Uint32Array,
  sortedKeys?: Uint32Array,
  work: RadixWork = radixWork(keys.length),
): Uint32Array {
  const n = keys.length;
  let from = work.a;
  let to = work.b;
  // The keys travel with the indices (the low pass into a scratch array, the high pass into
  // `sortedKeys`): each pass reads both in sequence.
  const scratch = work.scratch;
  const out: Uint32Array = sortedKeys ?? new Uint32Array(n);
  const count = work.count;
  for (let i = 0; i < n; i++) from[i] = i;
  for (const shift of [0, 16]) {
    const fromKeys: Uint32Array = shift === 0 ? keys : scratch;
    const toKeys: Uint32Array = shift === 0 ? scratch : out;
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const b = ((fromKeys[i] as number) >>> shift) & 0xffff;
      count[b] = (count[b] as number) + 1;
    }
    let sum = 0;
    for (let b = 0; b < 65_536; b++) {
      const c = count[b] as number;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = fromKeys[i] as number;
      const b = (k >>> shift) & 0xffff;
      const at = count[b] as number;
      to[at] = from[i] as number;
      toKeys[at] = k;
      count[b] = at + 1;
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * Calls `visit(i, j)` once for every candidate pair of the rows of `t` (any order of the
 * two): the pairs that share a blocking key. A block of up to {@link MAX_BLOCK} cases is
 * compared all-pairs; a larger one (a common name, or many records of one child) is sorted
 * by a second key and the case ids, and each case meets the next {@link WINDOW} cases
 * (sorted neighbourhood: Hernández, M. A. and Stolfo, S. J., 1995, "The merge/purge problem
 * for large databases", SIGMOD '95, https://doi.org/10.1145/223784.223807), so work grows
 * linearly however large the block. A pair already met in an earlier key's whole block is
 * skipped. Independent of the order of the rows: blocks are sets, and windows follow
 * sort keys with the case id last.
 *
 * @example
 * ```ts
 * const stats = candidatePairs(table, (i, j) => scores.push(score(i, j)));
 * stats.comparisons; // far fewer than n(n−1)/2
 * ```
 * @internal
 */
export function candidatePairs(t: CaseTable, visit: (i: number, j: number) => void): BlockingStats {
  const n = t.size;
  const stats: BlockingStats = {
    comparisons: 0,
    blocks: 0,
    windowedBlocks: 0,
    largestBlock: 0,
    byKey: KEY_KINDS.map(() => 0),
  };
  // The keys of the whole blocks each row was in, the kinds side by side (one cache line
  // holds the row's): a pair shares a whole block of an earlier kind when both rows hold the
  // same key there. Read for every pair, so kept together rather than one array a kind.
  const kinds = KEY_KINDS.length - 1;
  const met = new Uint32Array(n * kinds);
  // One set of sorting arrays for all the kinds of key.
  const work = radixWork(n);
  const key = new Uint32Array(n);
  const inOrder = new Uint32Array(n);
  const seenBefore = (k: number, i: number, j: number): boolean => {
    const a = i * kinds;
    const b = j * kinds;
    for (let e = 0; e < k; e++) {
      const h = met[a + e] as number;
      if (h !== 0 && h === met[b + e]) return true;
    }
    return false;
  };
  const pair = (k: number, i: number, j: number) => {
    if (seenBefore(k, i, j)) return;
    stats.comparisons++;
    (stats.byKey as number[])[k] = (stats.byKey[k] as number) + 1;
    visit(i, j);
  };
  KEY_KINDS.forEach((kind, k) => {
    for (let i = 0; i < n; i++) key[i] = kind.key(t, i);
    const sorted = sortByKey(key, inOrder, work);
    for (let start = 0; start < n; ) {
      const h = inOrder[start] as number;
      let end = start + 1;
      while (end < n && inOrder[end] === h) end++;
      const size = end - start;
      if (h !== 0 && size > 1) {
        stats.blocks++;
        if (size > stats.largestBlock) stats.largestBlock = size;
        if (size <= MAX_BLOCK) {
          if (k < kinds)
            for (let x = start; x < end; x++) met[(sorted[x] as number) * kinds + k] = h;
          for (let x = start; x < end; x++) {
            for (let y = x + 1; y < end; y++) pair(k, sorted[x] as number, sorted[y] as number);
          }
        } else {
          stats.windowedBlocks++;
          const block = Array.from(sorted.subarray(start, end));
          windowed(block, t, kind, (i, j) => pair(k, i, j));
        }
      }
      start = end;
    }
  });
  return stats;
}

function windowed(
  block: number[],
  t: CaseTable,
  kind: KeyKind,
  pair: (i: number, j: number) => void,
): void {
  const order = block.map((i) => kind.order(t, i));
  const pos = block.map((_, p) => p);
  pos.sort((p, q) => {
    const d = (order[p] as number) - (order[q] as number);
    if (d !== 0) return d;
    const a = t.ids[block[p] as number] as string;
    const b = t.ids[block[q] as number] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  for (let x = 0; x < pos.length; x++) {
    const last = Math.min(pos.length, x + 1 + WINDOW);
    for (let y = x + 1; y < last; y++) {
      pair(block[pos[x] as number] as number, block[pos[y] as number] as number);
    }
  }
}

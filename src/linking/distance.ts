/**
 * Bounded edit distance for typing errors in names.
 * @module
 */

// Three rows of the dynamic programme, reused between calls (names are at most 100 letters).
let rowA = new Int32Array(0);
let rowB = new Int32Array(0);
let rowC = new Int32Array(0);

/**
 * The optimal string alignment distance between `a` and `b` (Damerau–Levenshtein without
 * edits to a transposed pair): the fewest insertions, deletions, substitutions and swaps of
 * two adjacent letters that turn one into the other, the four commonest typing errors
 * (Damerau, F. J., 1964, "A technique for computer detection and correction of spelling
 * errors", Communications of the ACM 7(3), https://doi.org/10.1145/363958.363994).
 *
 * Bounded: when the distance is more than `max` it returns `max + 1` as soon as that is sure
 * (lengths too far apart, or a whole row above `max`), so a comparison costs
 * O(length × (max + 1)) at worst and usually far less. Symmetric in `a` and `b`.
 *
 * @example
 * ```ts
 * osaDistance("jasmine", "jasmien", 2); // 1 (two letters swapped)
 * osaDistance("smith", "smyth", 2);     // 1
 * osaDistance("garcia", "lopez", 2);    // 3 (more than 2)
 * ```
 * @internal
 */
export function osaDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length < n + 1) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  // before: row i−2, prev: row i−1, cur: row i; rotated without allocating.
  let before = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1);
      d = Math.min(d, (prev[j - 1] as number) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return Math.min(prev[n] as number, max + 1);
}

/** Whether `a` from `at` on equals `b` from `bt` on, to the end of both. */
function sameRest(a: string, at: number, b: string, bt: number): boolean {
  if (a.length - at !== b.length - bt) return false;
  for (let k = 0; at + k < a.length; k++) {
    if (a.charCodeAt(at + k) !== b.charCodeAt(bt + k)) return false;
  }
  return true;
}

/**
 * Whether `a` and `b` are at most one edit apart: `osaDistance(a, b, 1) <= 1`, in one pass
 * and no table (the bound of most names compared, those of 4 to 7 letters). Past the first
 * difference the rest must be equal: after one substitution, one swap of two adjacent
 * letters, or one letter more in the longer string.
 *
 * @example
 * ```ts
 * withinOneEdit("jasmine", "jasmien"); // true (two letters swapped)
 * withinOneEdit("smith", "smythe");    // false (two edits)
 * ```
 * @internal
 */
export function withinOneEdit(a: string, b: string): boolean {
  // The shorter and the longer, without an array a call.
  const s = a.length <= b.length ? a : b;
  const l = a.length <= b.length ? b : a;
  if (l.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  if (i === s.length) return true;
  if (s.length !== l.length) return sameRest(s, i, l, i + 1);
  const swapped =
    s.charCodeAt(i) === l.charCodeAt(i + 1) && s.charCodeAt(i + 1) === l.charCodeAt(i);
  return sameRest(s, i + (swapped ? 2 : 1), l, i + (swapped ? 2 : 1));
}

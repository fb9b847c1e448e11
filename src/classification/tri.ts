/**
 * Three-valued (Kleene) logic: a rule that needs a fact nobody knows is `'unknown'`, never
 * `false`, and the result says which facts were missing.
 * @module
 */

/**
 * A three-valued truth value: `true`, `false` or `'unknown'` (unknown is not false).
 *
 * @example
 * ```ts
 * const met: Tri = isMissingChild(c, "ny"); // true, false or "unknown"
 * if (met === "unknown") askForMoreFacts();
 * ```
 */
export type Tri = boolean | "unknown";

/**
 * Kleene AND: `false` if any operand is `false`, else `'unknown'` if any is `'unknown'`, else
 * `true`. No operands give `true`.
 *
 * @example
 * ```ts
 * triAnd(true, "unknown"); // "unknown"
 * triAnd(false, "unknown"); // false
 * ```
 */
export function triAnd(...operands: readonly Tri[]): Tri {
  let result: Tri = true;
  for (const x of operands) {
    if (x === false) return false;
    if (x === "unknown") result = "unknown";
  }
  return result;
}

/**
 * Kleene OR: `true` if any operand is `true`, else `'unknown'` if any is `'unknown'`, else
 * `false`. No operands give `false`.
 *
 * @example
 * ```ts
 * triOr(false, "unknown"); // "unknown"
 * triOr(true, "unknown"); // true
 * ```
 */
export function triOr(...operands: readonly Tri[]): Tri {
  let result: Tri = false;
  for (const x of operands) {
    if (x === true) return true;
    if (x === "unknown") result = "unknown";
  }
  return result;
}

/**
 * Kleene NOT: swaps `true` and `false`; `'unknown'` stays `'unknown'`.
 *
 * @example
 * ```ts
 * triNot(true); // false
 * triNot("unknown"); // "unknown"
 * ```
 */
export function triNot(x: Tri): Tri {
  return x === "unknown" ? x : !x;
}

/**
 * A `Tri` from a value that may be absent: `'unknown'` when `value` is `undefined`, else
 * `test(value)`.
 *
 * @example
 * ```ts
 * triOf(undefined, (n: number) => n >= 1); // "unknown"
 * triOf(0, (n: number) => n >= 1); // false
 * ```
 */
export function triOf<T>(value: T | undefined, test: (value: T) => boolean): Tri {
  return value === undefined ? "unknown" : test(value);
}

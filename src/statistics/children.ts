/**
 * Distinct children among a year's reports (`annualStatistics` with `children: true`).
 * @module
 */
import { addCase, createTable } from "../linking/features.js";
import { checkIds, DEFAULT_LINK_THRESHOLD, linkTable } from "../linking/link.js";
import type { MissingCase } from "../models/case.js";
import type { ChildCounts } from "./types.js";

/**
 * Collects the reports counted in `reported` (only what linking reads of each, not the case)
 * and links them on demand with `linkCases`' defaults.
 * @internal
 */
export type ChildCounter = {
  /** Adds a report; `index` is its place in the input, for error messages. */
  add(c: MissingCase, index: number | undefined): void;
  /** Children among the reports added so far. */
  counts(): ChildCounts;
};

/**
 * A counter of distinct children. Errors name `cases[index]` (or `c` from the accumulator)
 * and the field, as `linkCases` does, including a case id that repeats an earlier one.
 *
 * @example
 * ```ts
 * const counter = createChildCounter();
 * cases.forEach((c, i) => counter.add(c, i));
 * counter.counts(); // { distinctChildren: 9, childrenWithRepeatEpisodes: 2 }
 * ```
 * @internal
 */
export function createChildCounter(): ChildCounter {
  const table = createTable();
  const indices: number[] = [];
  const name = (index: number | undefined) => (index === undefined ? "c" : `cases[${index}]`);
  return {
    add(c, index) {
      addCase(table, c, index ?? "c");
      indices.push(index ?? -1);
    },
    counts() {
      checkIds(table, (row) => name((indices[row] ?? -1) < 0 ? undefined : indices[row]));
      const { children } = linkTable(table, DEFAULT_LINK_THRESHOLD).result;
      let repeat = 0;
      for (const child of children) if (child.caseIds.length > 1) repeat++;
      return { distinctChildren: children.length, childrenWithRepeatEpisodes: repeat };
    },
  };
}

/**
 * `compareCases`: the score of two reports being the same child, with its evidence.
 * @module
 */
import type { MissingCase } from "../models/case.js";
import { compareInto } from "./compare.js";
import { addCase, createTable } from "./features.js";
import type { LinkField, LinkWeight } from "./weights.js";

/**
 * One field's part of a comparison: the field, how the two reports agree on it, and the
 * weight that agreement adds to the score (bits; negative when it speaks against the same
 * child, 0 when it says nothing).
 *
 * @example
 * ```ts
 * const e: Evidence = { field: "birthDate", agreement: "day-month-swapped", weight: 6.64 };
 * ```
 */
export type Evidence = {
  readonly field: LinkField;
  readonly agreement: string;
  readonly weight: number;
};

/**
 * The result of {@link compareCases}: the score and the evidence it sums.
 *
 * @example
 * ```ts
 * const r: CaseComparison = compareCases(a, b);
 * r.score === r.evidence.reduce((s, e) => s + e.weight, 0); // true, to 0.01
 * ```
 */
export type CaseComparison = {
  readonly score: number;
  readonly evidence: readonly Evidence[];
};

/**
 * How strongly two case records speak for being episodes of the same child: a
 * Fellegi–Sunter log-likelihood ratio (Fellegi, I. P. and Sunter, A. B., 1969, "A Theory for
 * Record Linkage", JASA 64(328), https://doi.org/10.1080/01621459.1969.10501049) in **bits**:
 * the sum over fields of log2(m/u), where m is how often that agreement is seen between two
 * reports of one child and u between reports of different children (`LINK_WEIGHTS`, one
 * table; docs/linking.md explains every number). A score of 10 means the records are
 * 2^10 ≈ 1,000 times likelier to agree this way if they are one child than if they are two.
 *
 * `evidence` has one row a field, always in this order: `givenName`, `familyName`,
 * `middleName`, `nameOrder` (as recorded, swapped, or through an alias), `birthDate`, `sex`,
 * `race`, `reportingAgency`, `state`, `childId` (compared within one agency only: ids of
 * different agencies are unrelated), `episodes` (an episode cannot overlap another of the
 * same child). `score` is the sum of the weights, rounded to 0.01.
 *
 * Names are normalised (case, accents, spacing, hyphens, apostrophes) and compared through
 * nicknames (an Apache-2.0 dataset, see NOTICE), NYSIIS phonetic codes and a bounded
 * Damerau (OSA) edit distance; given and family names swapped and aliases are tried too.
 * Common names agree for less (`equal-common`). A shared family name with unrelated given
 * names (twins, siblings) counts for nothing. Symmetric: `compareCases(a, b).score ===
 * compareCases(b, a).score`. Pure; the cases are not changed or kept.
 *
 * Throws a `TypeError`/`RangeError` naming `a` or `b` and the field when a case lacks an id,
 * the name parts, a readable birth date, `reportedAt`, `lastContactAt` or `events`.
 *
 * @example
 * ```ts
 * import { compareCases } from "missing-child-cases";
 * import { makeCase } from "missing-child-cases/testing";
 *
 * const first = makeCase({ reportingAgencyId: "albany-pd" }, { seed: 1 });
 * const again = makeCase({ reportingAgencyId: "troy-pd" }, { seed: 2 });
 * const child = { ...first.child, id: "troy-77", name: { given: "Liz", family: first.child.name.family } };
 * compareCases({ ...first, child: { ...first.child, name: { ...first.child.name, given: "Elizabeth" } } },
 *   { ...again, child });
 * // { score: 2x.xx, evidence: [{ field: "givenName", agreement: "nickname", weight: 4.06 }, …] }
 * ```
 * @see `docs/rules.md#link-1`
 * @see `docs/rules.md#link-2`
 * @see `docs/rules.md#link-3`
 * @see `docs/rules.md#link-4`
 * @see `docs/rules.md#link-5`
 */
export function compareCases(a: MissingCase, b: MissingCase): CaseComparison {
  const t = createTable();
  addCase(t, a, "a");
  addCase(t, b, "b");
  const rows: LinkWeight[] = [];
  const score = compareInto(t, 0, 1, rows);
  return {
    score,
    evidence: rows.map((r) => ({ field: r.field, agreement: r.agreement, weight: r.weight })),
  };
}

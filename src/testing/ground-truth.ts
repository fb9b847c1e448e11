/**
 * The ground truth of a synthetic year: which reports are of the same person.
 * @module
 */
import { peopleYear } from "./people.js";
import { type SyntheticYearOptions, syntheticYear } from "./year.js";

/**
 * One synthetic person and the reports about them.
 *
 * @example
 * ```ts
 * const p: SyntheticPerson = { id: "person-2024-17", caseIds: ["NY-2024-000031", "NY-2024-002950"] };
 * ```
 */
export type SyntheticPerson = { readonly id: string; readonly caseIds: readonly string[] };

/**
 * The ground truth of {@link syntheticYear}: for the same options, which case ids are reports
 * of the same person, so a test can measure how well records are linked (pairwise precision
 * and recall). Every case of the year is in exactly one person; people are listed by their
 * first report, and their `caseIds` in report order.
 *
 * With `repeatShare`, people are the synthetic people behind the noisy records (their
 * `child.id`s are the reporting agencies' own ids and say little). Without it, a person is a
 * `child.id` (the year without `repeatShare` reuses one child record per person, as it always
 * has).
 *
 * Throws like `syntheticYear` on options out of range. Deterministic for the options.
 *
 * @example
 * ```ts
 * import { syntheticPeople, syntheticYear } from "missing-child-cases/testing";
 * const options = { year: 2024, reports: 5_000, seed: 3, repeatShare: 0.3 };
 * const cases = [...syntheticYear(options)];
 * const people = syntheticPeople(options);
 * people.reduce((n, p) => n + p.caseIds.length, 0) === cases.length; // true
 * people.filter((p) => p.caseIds.length > 1).length; // people with repeat episodes
 * ```
 */
export function syntheticPeople(options: SyntheticYearOptions): SyntheticPerson[] {
  const groups = new Map<string, string[]>();
  const add = (personId: string, caseId: string) => {
    const list = groups.get(personId);
    if (list) list.push(caseId);
    else groups.set(personId, [caseId]);
  };
  const cases = syntheticYear(options); // checks the options
  if (options.repeatShare === undefined) for (const c of cases) add(c.child.id, c.id);
  else for (const { c, personId } of peopleYear(options)) add(personId, c.id);
  return [...groups].map(([id, caseIds]) => ({ id, caseIds }));
}

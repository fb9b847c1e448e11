/** Cases for the linking tests: one child as several agencies might record it. */
import type { Child, MissingCase } from "../../src/index.js";
import { makeCase } from "../../src/testing/index.js";

/** The child of the first report: a rare family name, so equal names weigh fully. */
export const LIZ: Child = {
  id: "albany-17",
  name: { given: "Elizabeth", family: "Kowalczyk" },
  birthDate: "2009-03-14",
  sex: "F",
  race: ["W"],
};

let seed = 100;

/**
 * A valid closed case of `child` reported at `reportedAt` by `agency` (defaults: the Albany
 * police, 1 March 2024). Each call has its own id and seed.
 */
export function report(
  child: Partial<Child> & Pick<Child, "name">,
  options: { agency?: string; reportedAt?: string; id?: string; extra?: Partial<MissingCase> } = {},
): MissingCase {
  seed++;
  const full: Child = { ...LIZ, ...child };
  return makeCase(
    {
      id: options.id ?? `case-${seed}`,
      child: full,
      reportingAgencyId: options.agency ?? "albany-pd",
      reportedAt: options.reportedAt ?? "2024-03-01T20:00:00-05:00",
      status: "closed",
      state: "NY",
      ...options.extra,
    },
    { seed },
  );
}

/** The second report of LIZ's child, by another agency three months later, with `child` changes. */
export function again(child: Partial<Child>, options: Parameters<typeof report>[1] = {}) {
  return report(
    { ...LIZ, id: "troy-903", ...child },
    { agency: "troy-pd", reportedAt: "2024-06-01T20:00:00-04:00", ...options },
  );
}

import { describe, expect, it } from "vitest";
import {
  annualStatistics,
  createAnnualAccumulator,
  linkCases,
  type MissingCase,
} from "../../src/index.js";
import { syntheticYear } from "../../src/testing/index.js";
import { again, LIZ, report } from "../linking/support.js";

describe("annualStatistics with children: true", () => {
  // One child reported three times in 2024 (twice as Liz), another once; and a report of the
  // first child in 2023, which is not in the year's population.
  const liz2023 = report({ ...LIZ }, { id: "old", reportedAt: "2023-11-01T20:00:00-04:00" });
  const liz1 = report({ ...LIZ }, { id: "l1" });
  const liz2 = again({ name: { given: "Liz", family: "Kowalczyk" } }, { id: "l2" });
  const liz3 = again(
    { name: { given: "Liz", family: "Kowalczyk" }, birthDate: "2009-03" },
    { id: "l3", reportedAt: "2024-09-01T20:00:00-04:00" },
  );
  const other = again(
    { name: { given: "Tomasz", family: "Nowak" }, birthDate: "2010-07-01", sex: "M" },
    { id: "t1" },
  );
  const cases = [liz2023, liz1, other, liz2, liz3];

  it("counts distinct children among the reports of the year and those reported twice or more", () => {
    const s = annualStatistics(cases, { year: 2024, children: true });
    expect(s.reported).toBe(4);
    expect(s.distinctChildren).toBe(2);
    expect(s.childrenWithRepeatEpisodes).toBe(1);
  });

  it("counts what linkCases finds over the same reports", () => {
    const year = [...syntheticYear({ year: 2024, reports: 600, seed: 4, repeatShare: 0.3 })];
    const s = annualStatistics(year, { year: 2024, children: true });
    const counted = year.filter((c) => c.reportedAt.startsWith("2024") && !isVoid(c));
    const linked = linkCases(counted.filter((c) => ageAtReport(c) < 18));
    expect(s.distinctChildren).toBe(linked.children.length);
    expect(s.childrenWithRepeatEpisodes).toBe(
      linked.children.filter((c) => c.caseIds.length > 1).length,
    );
    expect(s.distinctChildren).toBeLessThan(s.reported);
  });

  it("changes nothing without children: true", () => {
    const plain = annualStatistics(cases, { year: 2024 });
    expect(plain).not.toHaveProperty("distinctChildren");
    expect(plain).not.toHaveProperty("childrenWithRepeatEpisodes");
    const {
      distinctChildren: _d,
      childrenWithRepeatEpisodes: _r,
      ...rest
    } = annualStatistics(cases, {
      year: 2024,
      children: true,
    });
    expect(rest).toEqual(plain);
    expect(annualStatistics(cases, { year: 2024, children: false })).toEqual(plain);
  });

  it("gives the same counts through the accumulator, one case at a time", () => {
    const acc = createAnnualAccumulator({ year: 2024, children: true });
    for (const c of cases) acc.add(c);
    const first = acc.result();
    expect(first).toEqual(annualStatistics(cases, { year: 2024, children: true }));
    acc.add(
      again({ name: { given: "Ana", family: "Lis" }, birthDate: "2011-01-01" }, { id: "a1" }),
    );
    expect(acc.result().distinctChildren).toBe(3);
    expect(first.distinctChildren).toBe(2);
  });

  it("throws on a bad option, and names a repeated case id", () => {
    expect(() =>
      annualStatistics(cases, { year: 2024, children: "yes" as unknown as boolean }),
    ).toThrow(new TypeError("options.children must be a boolean"));
    const twice: MissingCase[] = [liz1, other, liz1];
    expect(() => annualStatistics(twice, { year: 2024, children: true })).toThrow(
      new RangeError("cases[2].id repeats the id of an earlier case"),
    );
    const acc = createAnnualAccumulator({ year: 2024, children: true });
    acc.add(liz1);
    acc.add(liz1);
    expect(() => acc.result()).toThrow(new RangeError("c.id repeats the id of an earlier case"));
  });
});

function isVoid(c: MissingCase): boolean {
  const last = c.events.at(-1);
  return (
    last?.type === "cancel" && (last.reason === "duplicate" || last.reason === "entered-in-error")
  );
}

function ageAtReport(c: MissingCase): number {
  const born = c.child.birthDate;
  const on = c.reportedAt.slice(0, 10);
  const y = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  // Partial birth dates count by the lower bound of the age (the latest possible birthday).
  const md =
    born.length === 10 ? born.slice(5) : born.length === 7 ? `${born.slice(5)}-31` : "12-31";
  return on.slice(5) < md ? y - 1 : y;
}

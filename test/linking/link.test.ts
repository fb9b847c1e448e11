import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareCases,
  DEFAULT_LINK_THRESHOLD,
  linkCases,
  type MissingCase,
} from "../../src/index.js";
import { MAX_BLOCK, WINDOW } from "../../src/linking/blocking.js";
import { linkTable, readCases } from "../../src/linking/link.js";
import { syntheticPeople, syntheticYear } from "../../src/testing/index.js";
import { again, LIZ, report } from "./support.js";

const year = { year: 2024, reports: 400, seed: 11, repeatShare: 0.4 };
const cases = [...syntheticYear(year)];

describe("linkCases", () => {
  it("puts every case in exactly one child, its reports in report order", () => {
    const { children } = linkCases(cases);
    const ids = children.flatMap((c) => c.caseIds);
    expect(ids).toHaveLength(cases.length);
    expect(new Set(ids)).toEqual(new Set(cases.map((c) => c.id)));
    const at = new Map(cases.map((c) => [c.id, Date.parse(c.reportedAt)]));
    for (const child of children) {
      const times = child.caseIds.map((id) => at.get(id) as number);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(child.key).toBe(child.caseIds[0]);
    }
    const firsts = children.map((c) => at.get(c.caseIds[0] as string) as number);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("lists as links exactly the scored pairs at or above the threshold, with their scores", () => {
    const { links } = linkCases(cases);
    const byId = new Map(cases.map((c) => [c.id, c]));
    expect(links.length).toBeGreaterThan(50);
    for (const link of links) {
      expect(link.a < link.b).toBe(true);
      expect(link.score).toBeGreaterThanOrEqual(DEFAULT_LINK_THRESHOLD);
      const a = byId.get(link.a) as MissingCase;
      const b = byId.get(link.b) as MissingCase;
      expect(compareCases(a, b).score).toBe(link.score);
    }
    const strict = linkCases(cases, { threshold: 25 });
    expect(strict.links.every((l) => l.score >= 25)).toBe(true);
    expect(strict.links.length).toBeLessThan(links.length);
  });

  it("finds the synthetic people's repeat episodes", () => {
    const { children } = linkCases(cases);
    const people = syntheticPeople(year);
    const personOf = new Map(people.flatMap((p) => p.caseIds.map((id) => [id, p.id] as const)));
    let linked = 0;
    let right = 0;
    for (const child of children) {
      for (let i = 0; i < child.caseIds.length; i++) {
        for (let j = i + 1; j < child.caseIds.length; j++) {
          linked++;
          if (personOf.get(child.caseIds[i] as string) === personOf.get(child.caseIds[j] as string))
            right++;
        }
      }
    }
    const truePairs = people.reduce(
      (n, p) => n + (p.caseIds.length * (p.caseIds.length - 1)) / 2,
      0,
    );
    expect(truePairs).toBeGreaterThan(50);
    expect(right / linked).toBeGreaterThan(0.97);
    expect(right / truePairs).toBeGreaterThan(0.9);
  });

  it("gives the same children, keys and links for the cases in any order", () => {
    const expected = linkCases(cases);
    fc.assert(
      fc.property(fc.shuffledSubarray(cases, { minLength: cases.length }), (shuffled) => {
        expect(linkCases(shuffled)).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });

  it("takes any iterable and does not change the cases", () => {
    const copy = structuredClone(cases.slice(0, 50));
    const fromGenerator = linkCases(
      (function* () {
        yield* copy;
      })(),
    );
    expect(fromGenerator).toEqual(linkCases(cases.slice(0, 50)));
    expect(copy).toEqual(cases.slice(0, 50));
    expect(linkCases([])).toEqual({ children: [], links: [] });
  });

  it("throws on misuse, naming what is wrong", () => {
    expect(() => linkCases(null as unknown as MissingCase[])).toThrow(TypeError);
    expect(() => linkCases(cases, { threshold: Number.NaN })).toThrow(
      new RangeError("options.threshold must be a finite number"),
    );
    const twice = [cases[0], cases[1], cases[0]] as MissingCase[];
    expect(() => linkCases(twice)).toThrow(
      new RangeError("cases[2].id repeats the id of an earlier case"),
    );
    const bad = { ...cases[1], child: { ...cases[1]?.child, birthDate: "soon" } } as MissingCase;
    expect(() => linkCases([cases[0] as MissingCase, bad])).toThrow(
      "cases[1].child.birthDate must be YYYY-MM-DD, YYYY-MM or YYYY",
    );
  });
});

describe("the chaining guard", () => {
  // Twins born the same day; a third report names one twin and gives the other's name as an
  // alias, so it links to both.
  const ava = report(
    { ...LIZ, id: "a-1", name: { given: "Ava", family: "Kowalczyk" } },
    { id: "twin-a" },
  );
  const mia = again({ id: "b-1", name: { given: "Mia", family: "Kowalczyk" } }, { id: "twin-b" });
  const both = again(
    { id: "c-1", name: { given: "Ava", family: "Kowalczyk" }, aliases: ["Mia"] },
    { id: "either", agency: "nypd", reportedAt: "2024-09-01T20:00:00-04:00" },
  );

  it("does not chain two children through one report that links to both", () => {
    expect(compareCases(both, ava).score).toBeGreaterThanOrEqual(DEFAULT_LINK_THRESHOLD);
    expect(compareCases(both, mia).score).toBeGreaterThanOrEqual(DEFAULT_LINK_THRESHOLD);
    const twins = compareCases(ava, mia);
    expect(twins.score).toBeLessThan(DEFAULT_LINK_THRESHOLD);
    expect(twins.evidence[0]?.agreement).toBe("different");
    const { children, links } = linkCases([mia, both, ava]);
    expect(children.map((c) => c.caseIds)).toEqual([["twin-a", "either"], ["twin-b"]]);
    // Both links are listed: the guard keeps them apart, the evidence stays visible.
    expect(links.map((l) => [l.a, l.b])).toEqual(
      expect.arrayContaining([
        ["either", "twin-a"],
        ["either", "twin-b"],
      ]),
    );
  });

  it("joins groups when nothing contradicts", () => {
    const liz = again({ name: { given: "Liz", family: "Kowalczyk" } }, { id: "liz" });
    const lizzy = again(
      { name: { given: "Elizabeth", family: "Kowalcyzk" } },
      { id: "lizzy", agency: "nypd", reportedAt: "2024-09-01T20:00:00-04:00" },
    );
    const eliz = report({ ...LIZ }, { id: "eliz" });
    const { children } = linkCases([lizzy, eliz, liz]);
    expect(children.map((c) => c.caseIds)).toEqual([["eliz", "liz", "lizzy"]]);
  });
});

describe("blocking", () => {
  it("compares a small share of all pairs", () => {
    const { stats } = linkTable(readCases(cases), DEFAULT_LINK_THRESHOLD);
    const allPairs = (cases.length * (cases.length - 1)) / 2;
    expect(stats.comparisons).toBeLessThan(allPairs / 100);
    expect(stats.comparisons).toBe(stats.byKey.reduce((a, b) => a + b, 0));
    expect(stats.windowedBlocks).toBe(0);
  });

  it("compares a huge block through a window, so work stays linear, and still finds one child", () => {
    const n = 300;
    const same = Array.from({ length: n }, (_, i) =>
      again(
        { id: `troy-${i}` },
        {
          id: `copy-${String(i).padStart(3, "0")}`,
          reportedAt: `2024-06-01T20:${String(i % 60).padStart(2, "0")}:00-04:00`,
        },
      ),
    );
    const { result, stats } = linkTable(readCases(same), DEFAULT_LINK_THRESHOLD);
    expect(stats.largestBlock).toBe(n);
    expect(stats.windowedBlocks).toBeGreaterThan(0);
    expect(n).toBeGreaterThan(MAX_BLOCK);
    expect(stats.comparisons).toBeLessThanOrEqual(stats.byKey.length * n * WINDOW);
    expect(result.children).toHaveLength(1);
  });
});

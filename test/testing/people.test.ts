import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compareCases, type MissingCase, parseCase } from "../../src/index.js";
import { normalizeName } from "../../src/linking/normalize.js";
import { syntheticPeople, syntheticYear } from "../../src/testing/index.js";

const options = { year: 2024, reports: 3000, seed: 21, repeatShare: 0.3 };
const cases = [...syntheticYear(options)];
const people = syntheticPeople(options);
const byId = new Map(cases.map((c) => [c.id, c]));

/** Pairs of reports of one person. */
function samePersonPairs(): [MissingCase, MissingCase][] {
  return people.flatMap((p) =>
    p.caseIds
      .slice(1)
      .map((id) => [byId.get(p.caseIds[0] as string), byId.get(id)] as [MissingCase, MissingCase]),
  );
}

describe("syntheticYear with repeatShare", () => {
  it("makes only records that pass parseCase, over several seeds", () => {
    for (const seed of [1, 2, 99]) {
      for (const c of syntheticYear({ year: 2023, reports: 800, seed, repeatShare: 0.5 })) {
        const r = parseCase(c);
        expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([]);
      }
    }
    for (const c of cases) expect(parseCase(c).ok).toBe(true);
  }, 60_000);

  it("records the city and county of a New York agency, as without repeats", () => {
    const year = [...syntheticYear({ year: 2024, reports: 300, seed: 5, repeatShare: 0.3 })];
    const nypd = year.filter((c) => c.reportingAgencyId === "nypd");
    expect(nypd.length).toBeGreaterThan(0);
    for (const c of nypd)
      expect(c.lastContactPlace).toEqual({ city: "New York", county: "New York", state: "NY" });
    const ca = [
      ...syntheticYear({ year: 2024, reports: 50, seed: 5, repeatShare: 0.3, state: "CA" }),
    ];
    for (const c of ca) expect(c.lastContactPlace).toEqual({ state: "CA" });
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const sha = (it: Iterable<MissingCase>) => {
      const h = createHash("sha256");
      for (const c of it) h.update(JSON.stringify(c));
      return h.digest("hex");
    };
    const small = { year: 2024, reports: 300, seed: 5, repeatShare: 0.3 };
    expect(sha(syntheticYear(small))).toBe(sha(syntheticYear(small)));
    expect(sha(syntheticYear(small))).not.toBe(sha(syntheticYear({ ...small, seed: 6 })));
    expect(sha(syntheticYear(small))).not.toBe(
      sha(syntheticYear({ year: 2024, reports: 300, seed: 5 })),
    );
  });

  it("makes about the share of repeat reports asked for", () => {
    const repeats = cases.length - people.length;
    expect(repeats / cases.length).toBeGreaterThan(0.2);
    expect(repeats / cases.length).toBeLessThan(0.32);
    const none = syntheticPeople({ ...options, reports: 1000, repeatShare: 0 });
    expect(none).toHaveLength(1000);
  });

  it("records the same person with the noise of hand-typed records", () => {
    const pairs = samePersonPairs();
    const levels = new Set(
      pairs.flatMap(([a, b]) =>
        compareCases(a, b).evidence.map((e) => `${e.field}:${e.agreement}`),
      ),
    );
    for (const seen of [
      "givenName:nickname",
      "givenName:typo",
      "familyName:typo",
      "birthDate:day-month-swapped",
      "birthDate:one-digit-off",
      "birthDate:partial-month",
      "birthDate:partial-year",
      "childId:same-in-agency",
      "childId:different-in-agency",
      "childId:other-agency",
      "reportingAgency:different",
    ]) {
      expect(levels, seen).toContain(seen);
    }
    const hasAccent = cases.some((c) =>
      /[áéíóúñÁÉÍÓÚ]/.test(c.child.name.given + c.child.name.family),
    );
    const hasHyphen = cases.some((c) => c.child.name.family.includes("-"));
    const hasCaps = cases.some(
      (c) =>
        c.child.name.given === c.child.name.given.toUpperCase() && c.child.name.given.length > 2,
    );
    expect([hasAccent, hasHyphen, hasCaps]).toEqual([true, true, true]);
    // Noise is the exception: most repeat reports agree on the name as written.
    const sameName = pairs.filter(
      ([a, b]) =>
        normalizeName(a.child.name.given).joined === normalizeName(b.child.name.given).joined,
    );
    expect(sameName.length / pairs.length).toBeGreaterThan(0.75);
  });

  it("numbers a person per agency, sometimes with another agency's id: ids are not the truth", () => {
    const ids = new Set(cases.map((c) => c.child.id));
    expect(ids.size).toBeGreaterThan(people.length);
    const own = cases.filter((c) => c.child.id.startsWith(`${c.reportingAgencyId}-`));
    expect(own.length / cases.length).toBeGreaterThan(0.95);
    expect(own.length).toBeLessThan(cases.length);
  });

  it("has siblings and twins: one family name and birth date, two people", () => {
    const first = new Map(
      people.map((p) => [p.id, byId.get(p.caseIds[0] as string) as MissingCase]),
    );
    const keyOf = (c: MissingCase) =>
      `${normalizeName(c.child.name.family).joined}|${c.child.birthDate}`;
    const seen = new Map<string, number>();
    for (const c of first.values()) seen.set(keyOf(c), (seen.get(keyOf(c)) ?? 0) + 1);
    expect([...seen.values()].some((n) => n > 1)).toBe(true);
  });
});

describe("syntheticPeople", () => {
  it("puts every case in exactly one person, people by first report, cases in report order", () => {
    const ids = people.flatMap((p) => p.caseIds);
    expect(ids).toHaveLength(cases.length);
    expect(new Set(ids)).toEqual(new Set(cases.map((c) => c.id)));
    const order = new Map(cases.map((c, i) => [c.id, i]));
    for (const p of people) {
      const at = p.caseIds.map((id) => order.get(id) as number);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
    const firsts = people.map((p) => order.get(p.caseIds[0] as string) as number);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("without repeatShare, groups the year's cases by child id, as that year always has", () => {
    const plain = { year: 2024, reports: 500, seed: 3 };
    const byChild = new Map<string, string[]>();
    for (const c of syntheticYear(plain))
      byChild.set(c.child.id, [...(byChild.get(c.child.id) ?? []), c.id]);
    expect(syntheticPeople(plain).map((p) => p.caseIds)).toEqual([...byChild.values()]);
  });

  it("throws like syntheticYear on options out of range", () => {
    expect(() => syntheticPeople({ ...options, repeatShare: 1.5 })).toThrow(
      new RangeError("options.repeatShare must be in [0, 1]"),
    );
    expect(() => syntheticYear({ ...options, repeatShare: Number.NaN })).toThrow(
      "options.repeatShare",
    );
  });
});

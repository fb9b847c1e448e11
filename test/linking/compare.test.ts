import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArbitrary } from "../../src/arbitraries/index.js";
import { compareCases, type Evidence, type MissingCase } from "../../src/index.js";
import { again, LIZ, report } from "./support.js";

const first = report({ ...LIZ });
const evidence = (a: MissingCase, b: MissingCase, field: Evidence["field"]) =>
  compareCases(a, b).evidence.find((e) => e.field === field);
const level = (a: MissingCase, b: MissingCase, field: Evidence["field"]) =>
  evidence(a, b, field)?.agreement;

describe("compareCases: the score and its evidence", () => {
  it("gives one row a field, in a fixed order, and a score that is their sum", () => {
    const r = compareCases(first, again({}));
    expect(r.evidence.map((e) => e.field)).toEqual([
      "givenName",
      "familyName",
      "middleName",
      "nameOrder",
      "birthDate",
      "sex",
      "race",
      "reportingAgency",
      "state",
      "childId",
      "episodes",
    ]);
    const sum = r.evidence.reduce((s, e) => s + e.weight, 0);
    expect(r.score).toBeCloseTo(sum, 6);
    expect(r.evidence).toEqual([
      { field: "givenName", agreement: "equal-common", weight: 6.46 },
      { field: "familyName", agreement: "equal", weight: 11.81 },
      { field: "middleName", agreement: "unknown", weight: 0 },
      { field: "nameOrder", agreement: "as-recorded", weight: 0 },
      { field: "birthDate", agreement: "equal", weight: 10.78 },
      { field: "sex", agreement: "equal", weight: 0.96 },
      { field: "race", agreement: "shared", weight: 1.36 },
      { field: "reportingAgency", agreement: "different", weight: -1.3 },
      { field: "state", agreement: "same", weight: 0.09 },
      { field: "childId", agreement: "other-agency", weight: 0 },
      { field: "episodes", agreement: "sequential", weight: 0.19 },
    ]);
    expect(r.score).toBe(30.35);
  });

  it("is symmetric on any two valid cases", () => {
    fc.assert(
      fc.property(caseArbitrary(), caseArbitrary(), (a, b) => {
        expect(compareCases(a, b).score).toBe(compareCases(b, a).score);
      }),
      { numRuns: 150 },
    );
  });

  it("is symmetric on a child recorded twice with noise", () => {
    type Variant = {
      given: string;
      family: string;
      middle: string | undefined;
      birthDate: string;
      sex: "F" | "M" | "U";
      alias: string | undefined;
    };
    const variants: fc.Arbitrary<Variant> = fc.record({
      given: fc.constantFrom("Elizabeth", "Liz", "ELIZABETH", "Elisabeth", "E", "Kowalczyk"),
      family: fc.constantFrom("Kowalczyk", "Kowalcyzk", "Kowalczyk-Nowak", "Elizabeth", "K"),
      middle: fc.option(fc.constantFrom("Ann", "A", "Marie"), { nil: undefined }),
      birthDate: fc.constantFrom("2009-03-14", "2009-03", "2009", "2008-03-14", "2009-04-03"),
      sex: fc.constantFrom("F" as const, "M" as const, "U" as const),
      alias: fc.option(fc.constantFrom("Lizzy", "Beth Nowak"), { nil: undefined }),
    });
    const make = (v: Variant) =>
      again({
        name: { given: v.given, family: v.family, ...(v.middle ? { middle: v.middle } : {}) },
        birthDate: v.birthDate,
        sex: v.sex,
        ...(v.alias ? { aliases: [v.alias] } : {}),
      });
    fc.assert(
      fc.property(variants, variants, (x, y) => {
        const a = make(x);
        const b = make(y);
        expect(compareCases(a, b).score).toBe(compareCases(b, a).score);
      }),
      { numRuns: 200 },
    );
  });

  it("throws naming the case and the field on a malformed case", () => {
    const broken = { ...first, child: { ...first.child, birthDate: "14/03/2009" } };
    expect(() => compareCases(first, broken)).toThrow(
      new RangeError("b.child.birthDate must be YYYY-MM-DD, YYYY-MM or YYYY"),
    );
    expect(() => compareCases(null as unknown as MissingCase, first)).toThrow(TypeError);
    expect(() => compareCases({ ...first, reportedAt: "yesterday" }, first)).toThrow(
      "a.reportedAt must be an RFC 3339 date-time with Z or an offset",
    );
  });

  it("does not change the cases", () => {
    const a = structuredClone(first);
    const b = again({ name: { given: "Liz", family: "Kowalczyk" } });
    const copy = structuredClone(b);
    compareCases(a, b);
    expect(a).toEqual(first);
    expect(b).toEqual(copy);
  });
});

describe("names", () => {
  const named = (given: string, family = "Kowalczyk", extra = {}) =>
    again({ name: { given, family }, ...extra });

  it("normalises case, accents, spacing, hyphens and apostrophes", () => {
    expect(level(first, named("ELIZABETH"), "givenName")).toBe("equal-common");
    expect(level(first, named("  élizabeth "), "givenName")).toBe("equal-common");
    const obrien = report({ name: { given: "Ana", family: "O'Brien" } });
    expect(level(obrien, again({ name: { given: "Ana", family: "OBrien" } }), "familyName")).toBe(
      "equal",
    );
    expect(level(obrien, again({ name: { given: "Ana", family: "O Brien" } }), "familyName")).toBe(
      "equal",
    );
    const garcia = report({ name: { given: "Ana", family: "García-Lopez" } });
    expect(
      level(garcia, again({ name: { given: "Ana", family: "GARCIA LOPEZ" } }), "familyName"),
    ).toBe("equal");
    expect(level(garcia, again({ name: { given: "Ana", family: "Garcia" } }), "familyName")).toBe(
      "compound-part",
    );
  });

  it("reads Liz as Elizabeth (the nickname dataset)", () => {
    expect(evidence(first, named("Liz"), "givenName")).toEqual({
      field: "givenName",
      agreement: "nickname",
      weight: 4.06,
    });
    expect(compareCases(first, named("Liz")).score).toBe(27.95);
    expect(level(named("Beth"), named("Liz"), "givenName")).toBe("nickname");
  });

  it("grades typos, sound-alikes, initials and middle names", () => {
    expect(evidence(first, named("Elizabteh"), "givenName")).toMatchObject({
      agreement: "typo",
      weight: 2.91,
    });
    expect(evidence(first, named("Elizabeth", "Kowalcyzk"), "familyName")).toMatchObject({
      agreement: "typo",
      weight: 3.32,
    });
    const brianna = report({ name: { given: "Brianna", family: "Kowalczyk" } });
    expect(evidence(brianna, named("Breanna"), "givenName")).toMatchObject({ agreement: "typo" });
    const katelyn = report({ name: { given: "Katelyn", family: "Kowalczyk" } });
    expect(evidence(katelyn, named("Catelyn"), "givenName")).toMatchObject({
      agreement: "phonetic",
      weight: 1.32,
    });
    expect(evidence(first, named("E."), "givenName")).toMatchObject({
      agreement: "initial",
      weight: 3.81,
    });
    expect(evidence(first, named("J"), "givenName")).toMatchObject({ agreement: "different" });
    const middle = report({ name: { given: "Rose", family: "Kowalczyk", middle: "Elizabeth" } });
    expect(evidence(middle, named("Elizabeth"), "givenName")).toMatchObject({
      agreement: "middle-name",
      weight: 2.32,
    });
    const withMiddle = (m: string) =>
      again({ name: { given: "Elizabeth", family: "Kowalczyk", middle: m } });
    expect(level(withMiddle("Ann"), withMiddle("ann"), "middleName")).toBe("equal");
    expect(level(withMiddle("Ann"), withMiddle("A"), "middleName")).toBe("initial");
    expect(level(withMiddle("Ann"), withMiddle("Marie"), "middleName")).toBe("different");
    expect(level(withMiddle("Ann"), first, "middleName")).toBe("unknown");
  });

  it("finds given and family names swapped, at a cost of one bit", () => {
    const swapped = again({ name: { given: "Kowalczyk", family: "Elizabeth" } });
    const r = compareCases(first, swapped);
    expect(r.evidence.slice(0, 4)).toEqual([
      { field: "givenName", agreement: "equal-common", weight: 6.46 },
      { field: "familyName", agreement: "equal", weight: 11.81 },
      { field: "middleName", agreement: "unknown", weight: 0 },
      { field: "nameOrder", agreement: "swapped", weight: -1 },
    ]);
    expect(r.score).toBe(compareCases(first, again({})).score - 1);
  });

  it("reads aliases, alone or with a family name", () => {
    const alias = report({ name: { given: "Lila", family: "Kowalczyk" }, aliases: ["Elizabeth"] });
    const r = compareCases(alias, again({}));
    expect(r.evidence[0]).toMatchObject({ agreement: "equal-common" });
    expect(r.evidence[3]).toEqual({ field: "nameOrder", agreement: "alias", weight: -1 });
    const street = report({ name: { given: "Lila", family: "Nowak" }, aliases: ["Liz Kowalczyk"] });
    expect(compareCases(street, again({})).evidence.slice(0, 2)).toMatchObject([
      { agreement: "nickname" },
      { agreement: "equal" },
    ]);
  });

  it("weighs a common name less than a rare one", () => {
    const common = (g: string, f: string) => report({ name: { given: g, family: f } });
    const rare = compareCases(
      common("Zbigniewa", "Kowalczyk"),
      again({ name: { given: "Zbigniewa", family: "Kowalczyk" } }),
    );
    const usual = compareCases(
      common("Jose", "Rodriguez"),
      again({ name: { given: "José", family: "Rodríguez" } }),
    );
    expect(rare.evidence.slice(0, 2).map((e) => e.weight)).toEqual([8.78, 11.81]);
    expect(usual.evidence.slice(0, 2).map((e) => e.weight)).toEqual([6.46, 6.49]);
    expect(rare.score - usual.score).toBeCloseTo(8.78 + 11.81 - 6.46 - 6.49, 6);
  });

  it("keeps two Jose Rodriguez born years apart apart", () => {
    const jose = (birthDate: string) => ({
      name: { given: "Jose", family: "Rodriguez" },
      birthDate,
      sex: "M" as const,
    });
    const older = report(jose("2008-05-02"));
    const younger = again({ ...jose("2011-09-20"), name: { given: "José", family: "RODRIGUEZ" } });
    const r = compareCases(older, younger);
    expect(evidence(older, younger, "birthDate")).toMatchObject({
      agreement: "years-apart",
      weight: -7.05,
    });
    expect(r.score).toBe(7.2);
    expect(r.score).toBeLessThan(14);
    // The same Jose, birth date and all, is linked.
    expect(compareCases(older, again(jose("2008-05-02"))).score).toBe(25.03);
  });

  it("keeps twins apart: one family name and birth date, two given names", () => {
    const twin = again({ name: { given: "Margaret", family: "Kowalczyk" } });
    const r = compareCases(first, twin);
    expect(r.evidence.slice(0, 2)).toEqual([
      { field: "givenName", agreement: "different", weight: -7.34 },
      { field: "familyName", agreement: "shared-by-relatives", weight: 0 },
    ]);
    expect(evidence(first, twin, "birthDate")?.agreement).toBe("equal");
    expect(r.score).toBe(4.74);
  });

  it("says unknown for a name with no letter or digit", () => {
    expect(level(first, named("?"), "givenName")).toBe("unknown");
    expect(level(first, named("Elizabeth", "--"), "familyName")).toBe("unknown");
  });
});

describe("birth dates", () => {
  const born = (birthDate: string) => again({ birthDate });
  const at = (a: string, b: string) =>
    evidence(report({ ...LIZ, birthDate: a }), born(b), "birthDate");

  it.each([
    ["2009-03-14", "2009-03-14", "equal", 10.78],
    ["2009-03-04", "2009-04-03", "day-month-swapped", 6.64],
    ["2009-03-14", "2009-03-15", "one-digit-off", 2.1],
    ["2009-03-14", "2008-03-14", "one-digit-off", 2.1],
    ["2009-03-13", "2009-03-31", "digits-transposed", 1.74],
    ["2009-03-14", "2009-03", "partial-month", 6.11],
    ["2009-03", "2009-03-14", "partial-month", 6.11],
    ["2009-03-14", "2009", "partial-year", 2.51],
    ["2009", "2009-12", "partial-year", 2.51],
    ["2009-03-14", "2009-07-22", "same-year", -5.09],
    ["2009-03", "2009-07", "same-year", -5.09],
    ["2009-03-14", "2010-07-22", "one-year-apart", -5.64],
    ["2009", "2010-07", "one-year-apart", -5.64],
    ["2009-03-14", "2012-07-22", "years-apart", -7.05],
  ])("%s and %s: %s (%d)", (a, b, agreement, weight) => {
    expect(at(a, b)).toEqual({ field: "birthDate", agreement, weight });
    expect(at(b, a)).toEqual({ field: "birthDate", agreement, weight });
  });
});

describe("other fields", () => {
  it("compares sex codes, with U as unknown", () => {
    expect(evidence(first, again({ sex: "M" }), "sex")).toMatchObject({
      agreement: "different",
      weight: -5.06,
    });
    expect(level(first, again({ sex: "U" }), "sex")).toBe("unknown");
    expect(level(first, again({ sex: "X" }), "sex")).toBe("different");
  });

  it("compares race codes by overlap, with U or none as unknown", () => {
    expect(level(first, again({ race: ["W", "B"] }), "race")).toBe("shared");
    expect(evidence(first, again({ race: ["B"] }), "race")).toMatchObject({
      agreement: "different",
      weight: -2.7,
    });
    expect(level(first, again({ race: ["U"] }), "race")).toBe("unknown");
    expect(level(first, again({ race: [] }), "race")).toBe("unknown");
  });

  it("reads a child id only within one agency", () => {
    const sameAgency = (id: string) => again({ id }, { agency: "albany-pd" });
    expect(evidence(first, sameAgency("albany-17"), "childId")).toMatchObject({
      agreement: "same-in-agency",
      weight: 13.05,
    });
    expect(evidence(first, sameAgency("albany-99"), "childId")).toMatchObject({
      agreement: "different-in-agency",
      weight: -2.74,
    });
    // Another agency's "albany-17" says nothing: ids of different agencies are unrelated.
    expect(level(first, again({ id: "albany-17" }), "childId")).toBe("other-agency");
    expect(evidence(first, sameAgency("albany-17"), "reportingAgency")).toMatchObject({
      agreement: "same",
      weight: 1.43,
    });
  });

  it("compares states when both have one", () => {
    expect(level(first, again({}, { extra: { state: "NJ" } }), "state")).toBe("different");
    const { state: _s, ...noState } = again({});
    expect(level(first, noState, "state")).toBe("unknown");
  });

  it("marks episodes that overlap in time", () => {
    const open = report({ ...LIZ }, { extra: { status: "active" } });
    const later = again({});
    expect(evidence(open, later, "episodes")).toMatchObject({
      agreement: "concurrent",
      weight: -2.32,
    });
    expect(level(first, later, "episodes")).toBe("sequential");
  });
});

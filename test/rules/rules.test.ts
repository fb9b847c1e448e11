import { describe, expect, it } from "vitest";
import { citation } from "../../src/rules/citation.js";
import { RULES, ruleById, ruleOf } from "../../src/rules/index.js";

const STATUSES = ["verified", "unverified", "choice"];

describe("RULES", () => {
  it("has unique ids of the form PREFIX-N (or EP-3b, EP-P, AMB-DOJ)", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]+-(?:\d+[a-z]?|[A-Z]+)$/);
  });

  it("gives every rule a title, a statement, a valid status and at least one source", () => {
    for (const r of RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(0);
      expect(r.statement.length, r.id).toBeGreaterThan(20);
      expect(STATUSES, r.id).toContain(r.status);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.title.length, r.id).toBeGreaterThan(0);
        if (s.url !== undefined) expect(s.url, r.id).toMatch(/^https?:\/\/\S+$/);
        if (s.cite !== undefined) expect(s.cite.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it("brings in the whole rule book", () => {
    const ids = new Set(RULES.map((r) => r.id));
    const expected = [
      ...["AGE-1", "AGE-2", "AGE-3", "AGE-4", "AGE-5", "AGE-6", "AGE-7"],
      ...["VOC-1", "VOC-2", "EP-1", "EP-2", "EP-3", "EP-3b", "EP-4", "EP-4b", "EP-5", "EP-6"],
      ...["EP-P", "END-1", "NC-1", "NC-2", "NCIC-1", "NCIC-2", "NCIC-3", "AMB-DOJ", "AMB-1"],
      ...["DL-1", "DL-2", "DL-3"],
      ...Array.from({ length: 8 }, (_, i) => `TRF-${i}`),
      ...Array.from({ length: 9 }, (_, i) => `FED-${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `NY-${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `ST-${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `OP-${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `PRIV-${i + 1}`),
      ...Array.from({ length: 4 }, (_, i) => `LC-${i + 1}`),
    ];
    for (const id of expected) expect(ids.has(id), id).toBe(true);
  });

  it("marks the library's own readings as choices", () => {
    for (const id of ["DL-1", "DL-2", "DL-3", "AMB-1", "AGE-5", "OP-2", "OP-4"]) {
      expect(ruleById(id)?.status, id).toBe("choice");
    }
  });

  it("is frozen, sources included", () => {
    expect(Object.isFrozen(RULES)).toBe(true);
    for (const r of RULES) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.sources)).toBe(true);
      for (const s of r.sources) expect(Object.isFrozen(s)).toBe(true);
    }
  });

  it("says which part is unconfirmed when a verified rule has one", () => {
    // AGE-4's feb28 option and EP-4's extra limbs are the unconfirmed parts of verified rules.
    expect(ruleById("AGE-4")?.statement).toMatch(/feb28.*secondary/);
    expect(ruleById("EP-4")?.statement).toMatch(/not confirmed/);
  });
});

describe("ruleById", () => {
  it("finds a rule by its exact id", () => {
    expect(ruleById("FED-4")).toBe(RULES.find((r) => r.id === "FED-4"));
    expect(ruleById("FED-4")?.title).toBe("Entry within 2 hours");
    expect(ruleById("EP-3b")?.title).toBe("Custodial interference");
  });

  it("returns undefined for an unknown id or another spelling", () => {
    expect(ruleById("FED-99")).toBeUndefined();
    expect(ruleById("fed-4")).toBeUndefined();
    expect(ruleById("")).toBeUndefined();
  });

  it("throws a TypeError naming id when it is not a string", () => {
    expect(() => ruleById(4 as unknown as string)).toThrow(new TypeError("id must be a string"));
  });
});

describe("citation", () => {
  it("cites the id, the provisions and the addresses in one line", () => {
    expect(citation(ruleOf("FED-4"))).toBe(
      "FED-4: 34 U.S.C. 41308(3); Pub. L. 117-327 — https://usc-cdn.house.gov/view.xhtml?edition=prelim&num=0&req=granuleid%3AUSC-prelim-title34-section41307",
    );
  });

  it("marks an unverified rule and falls back to the source title", () => {
    expect(citation(ruleOf("NC-2"))).toBe(
      "NC-2 (unverified): NCMEC: other case types (critically missing young adults, long-term missing) — https://us.missingkids.org/theissues/othertypes",
    );
  });
});

describe("ruleOf", () => {
  it("is ruleById for a rule of the book, and throws naming an id it lacks", () => {
    expect(ruleOf("NY-3")).toBe(ruleById("NY-3"));
    expect(() => ruleOf("NY-99")).toThrow("no rule NY-99 in the rule book");
  });
});

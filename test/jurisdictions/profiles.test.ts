import { describe, expect, it } from "vitest";
import { JURISDICTIONS, jurisdictionsFor } from "../../src/jurisdictions/index.js";
import { profile } from "../../src/jurisdictions/profile.js";
import { profileSummary } from "../../src/jurisdictions/summary.js";
import type { MissingCase } from "../../src/models/case.js";
import { RULES, ruleById } from "../../src/rules/index.js";
import { caseWith } from "../lifecycle/fixtures.js";

const byId = (id: string) => {
  const j = JURISDICTIONS.find((x) => x.id === id);
  if (j === undefined) throw new Error(id);
  return j;
};

/** Every rule id a profile names. */
const named = (id: string) => {
  const j = byId(id);
  return [
    j.missingChild.ruleId,
    ...j.deadlines.map((d) => d.ruleId),
    ...j.notices.map((n) => n.ruleId),
    ...j.notes.flatMap((n) => (n.ruleId === undefined ? [] : [n.ruleId])),
  ];
};

describe("the profiles as data", () => {
  it("eleven, in the order of the ids, each deeply frozen", () => {
    expect(JURISDICTIONS.map((j) => j.id)).toEqual([
      "US",
      "US-NY",
      "US-CA",
      "US-TX",
      "US-FL",
      "US-PA",
      "US-IL",
      "US-OH",
      "US-GA",
      "US-NC",
      "US-MI",
    ]);
    for (const j of JURISDICTIONS) {
      expect(Object.isFrozen(j)).toBe(true);
      expect(Object.isFrozen(j.deadlines)).toBe(true);
      for (const d of j.deadlines) expect(Object.isFrozen(d.after)).toBe(true);
    }
  });
  it("every age line, deadline, notice and note is a rule with a source to cite", () => {
    for (const j of JURISDICTIONS) {
      for (const id of named(j.id)) {
        const rule = ruleById(id);
        expect(rule, `${j.id}: ${id}`).toBeDefined();
        expect(rule?.sources.length, id).toBeGreaterThan(0);
        expect(
          rule?.sources.some((s) => s.cite !== undefined || s.url !== undefined),
          id,
        ).toBe(true);
      }
    }
  });
  it("a state's deadline rules cite a statute or rule provision", () => {
    for (const j of JURISDICTIONS.filter((x) => x.id !== "US")) {
      for (const d of j.deadlines) {
        expect(
          ruleById(d.ruleId)?.sources.some((s) => s.cite !== undefined),
          d.rule,
        ).toBe(true);
      }
    }
  });
  it("the age lines: Michigan 17, Illinois and the federal baseline 21, the others 18", () => {
    expect(Object.fromEntries(JURISDICTIONS.map((j) => [j.id, j.missingChild.below]))).toEqual({
      US: 21,
      "US-NY": 18,
      "US-CA": 18,
      "US-TX": 18,
      "US-FL": 18,
      "US-PA": 18,
      "US-IL": 21,
      "US-OH": 18,
      "US-GA": 18,
      "US-NC": 18,
      "US-MI": 17,
    });
  });
  it("statuses follow the sources: read in the text, secondary only, or the library's choice", () => {
    const status = (id: string) => ruleById(id)?.status;
    for (const id of ["FED-10", "FED-11", "FED-15", "FED-16", "CA-5", "CA-7", "TX-2", "TX-7"])
      expect(status(id), id).toBe("verified");
    for (const id of ["FED-14", "TX-3", "TX-4", "FL-3", "NCS-5", "PA-7", "GA-5", "NCS-1"])
      expect(status(id), id).toBe("unverified");
    for (const id of ["FED-17", "PA-8", "GA-6", "DL-4", "DL-5"])
      expect(status(id), id).toBe("choice");
  });
  it("what the sources did not settle is not encoded, and said in plain words", () => {
    const ga = byId("US-GA");
    expect(ga.notEncoded.some((t) => /12 hours/.test(t))).toBe(true);
    expect(ga.deadlines.some((d) => d.rule.includes("entry"))).toBe(false);
    expect(byId("US-TX").notEncoded.some((t) => /NamUs/.test(t))).toBe(true);
    expect(byId("US-OH").notEncoded.some((t) => /entering/.test(t))).toBe(true);
    expect(byId("US").notEncoded.some((t) => /automatic transfer/.test(t))).toBe(true);
    for (const j of JURISDICTIONS) {
      expect(j.notEncoded.length, j.id).toBeGreaterThan(0);
      for (const t of j.notEncoded) expect(t).toMatch(/^[A-Z0-9].*\.$/);
    }
  });
  it("no rule the profiles name is missing from the rule book, and no id repeats", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("jurisdictionsFor (DL-5)", () => {
  const at = (state: string | undefined): string[] => {
    const { state: _, ...rest } = caseWith({});
    const c = (state === undefined ? rest : { ...rest, state }) as MissingCase;
    return jurisdictionsFor(c).map((j) => j.id);
  };
  it("the federal profile and the state's when there is one", () => {
    expect(at("CA")).toEqual(["US", "US-CA"]);
    expect(at("NY")).toEqual(["US", "US-NY"]);
    expect(at("MI")).toEqual(["US", "US-MI"]);
    expect(at("WY")).toEqual(["US"]);
    expect(at(undefined)).toEqual(["US"]);
  });
  it("throws a TypeError naming c when it is not an object", () => {
    expect(() => jurisdictionsFor(null as unknown as MissingCase)).toThrow(TypeError);
    expect(() => jurisdictionsFor(null as unknown as MissingCase)).toThrow(/\bc\b/);
  });
});

describe("profileSummary: the comparison's cells", () => {
  it("each cell carries the weakest status of its rule, or not-encoded", () => {
    for (const j of JURISDICTIONS) {
      for (const cells of Object.values(profileSummary(j))) {
        for (const cell of cells) {
          if (cell.status === "not-encoded") expect(cell.ruleIds).toEqual([]);
          else {
            const statuses = cell.ruleIds.map((id) => ruleById(id)?.status);
            const weakest = ["unverified", "choice", "verified"].find((s) =>
              statuses.includes(s as "verified"),
            );
            expect(cell.status, `${j.id} ${cell.text}`).toBe(weakest);
          }
        }
      }
    }
  });
  it("the alert columns: each profile's AMBER plan with its age, and its second tier", () => {
    const amber = (id: string) => profileSummary(byId(id)).amber.map((c) => c.text);
    expect(amber("US-CA")).toEqual([
      "California AMBER Alert",
      "age: 17 or younger, or any age with a proven mental or physical disability",
    ]);
    expect(profileSummary(byId("US-TX")).amber[0]).toMatchObject({
      status: "unverified",
      ruleIds: ["TX-9", "TX-10"],
    });
    for (const j of JURISDICTIONS) {
      expect(
        profileSummary(j).amber.some((c) => c.text.startsWith("age: ")),
        j.id,
      ).toBe(true);
    }
    const second = profileSummary(byId("US-GA"))["second-tier"];
    expect(second.map((c) => c.status)).toEqual(["not-encoded"]);
  });
  it("Michigan's age line, Texas's under-11 flags, Georgia's entry left to the federal rule", () => {
    expect(profileSummary(byId("US-MI"))["age-line"]).toEqual([
      { text: "under 17", status: "verified", ruleIds: ["MI-1"] },
    ]);
    expect(profileSummary(byId("US-TX")).records.map((c) => c.text)).toContain(
      "notice to the school, no time set (under 11)",
    );
    const entry = profileSummary(byId("US-GA")).entry;
    expect(entry.map((c) => c.status)).toEqual(["not-encoded", "verified"]);
    expect(entry.at(-1)?.ruleIds).toEqual(["FED-4", "FED-10"]);
  });
});

describe("profile()", () => {
  const rule = (id: string) => {
    const r = ruleById(id);
    if (r === undefined) throw new Error(id);
    return r;
  };

  it("builds a profile with no notices, notes or gaps given, deeply frozen", () => {
    const MI_1 = rule("MI-1");
    const p = profile({
      id: "US-MI",
      name: "Michigan",
      missingChild: { below: 17, rule: MI_1 },
      deadlines: [],
      rules: [MI_1],
    });
    expect(p.jurisdiction.missingChild).toEqual({ below: 17, ruleId: "MI-1" });
    expect(p.jurisdiction.notices).toEqual([]);
    expect(p.jurisdiction.notes).toEqual([]);
    expect(p.jurisdiction.notEncoded).toEqual([]);
    expect(Object.isFrozen(p.jurisdiction.notices)).toBe(true);
  });

  it("refuses a profile that names a rule it does not carry", () => {
    expect(() =>
      profile({
        id: "US-MI",
        name: "Michigan",
        missingChild: { below: 17, rule: rule("MI-1") },
        deadlines: [],
        rules: [],
        notes: [{ topic: "records", text: "y", ruleId: "NY-1" }],
      }),
    ).toThrow("profile US-MI: rule NY-1 is not in its rules");
  });
});

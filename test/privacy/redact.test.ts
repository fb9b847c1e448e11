import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type MissingCase,
  type PartnerCase,
  type PublicCase,
  redactCase,
} from "../../src/index.js";
import {
  activeCase,
  child,
  deceasedCase,
  deepFreeze,
  leapDayChild,
  minimalCase,
  reportedCase,
  validCases,
} from "../fixtures/valid.js";
import { arbCase } from "../statistics/make.js";

const now = "2025-06-20T12:00:00-04:00";

/** Every key anywhere in a value. */
function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  }
  return into;
}

const FORBIDDEN = [
  "birthDate",
  "facts",
  "riskIndicators",
  "missingFrom",
  "ncic",
  "nic",
  "priorEpisodes",
  "events",
  "disability",
  "medicalNeeds",
  "photoDate",
  "lastContactAt",
  "reportedAt",
  "timeZone",
  "county",
  "country",
];

describe("redactCase(c, 'public')", () => {
  it("keeps what a poster shows and nothing else", () => {
    const p: PublicCase = redactCase(activeCase, "public", { now });
    expect(p).toEqual({
      id: "ALB-2025-0142",
      reportingAgencyId: "albany-pd",
      status: "active",
      reportedAs: "runaway",
      child: {
        name: { given: "Jordan", family: "Rivera", middle: "Ann" },
        aliases: ["Jojo"],
        sex: "F",
        race: ["W", "B"],
        heightCm: 160,
        weightKg: 52.5,
        eyeColor: "BRO",
        hairColor: "BLK",
        marks: ["scar on left forearm"],
      },
      ageNow: 16, // born 2009-06-14
      ageAtLastContact: 15,
      lastContactDate: "2025-03-07",
      lastContactPlace: { city: "Albany", state: "NY" },
    });
  });

  it("takes ageNow on now's local date in the case's zone", () => {
    const c = deepFreeze({ ...reportedCase, child: { ...child, birthDate: "2009-06-21" } });
    // 23:30 on 20 June in New York is 21 June in UTC: still 15 locally.
    expect(redactCase(c, "public", { now: "2025-06-21T03:30:00Z" }).ageNow).toBe(15);
    expect(redactCase(c, "public", { now: "2025-06-21T04:00:00Z" }).ageNow).toBe(16);
  });

  it("applies the leap-day rule (29 February birthdays fall on 1 March in common years)", () => {
    const c = deepFreeze({ ...reportedCase, child: leapDayChild });
    expect(redactCase(c, "public", { now: "2025-02-28T12:00:00-05:00" }).ageNow).toBe(16);
    expect(redactCase(c, "public", { now: "2025-03-01T12:00:00-05:00" }).ageNow).toBe(17);
  });

  it("gives the local date of last contact, never its time", () => {
    const c = deepFreeze({
      ...reportedCase,
      lastContactAt: "2025-03-08T02:30:00Z", // 21:30 on 7 March in New York
      reportedAt: "2025-03-08T03:00:00Z",
    });
    const p = redactCase(c, "public", { now });
    expect(p.lastContactDate).toBe("2025-03-07");
    expect(JSON.stringify(p)).not.toMatch(/T\d\d:/);
  });

  it("omits ages a partial birth date leaves uncertain, and absent optional fields", () => {
    const p = redactCase(minimalCase, "public", { now: "2025-06-01T12:00:00Z" }); // born "2010"
    expect(p).toEqual({
      id: "TRY-2025-0007",
      reportingAgencyId: "troy-pd",
      status: "reported",
      reportedAs: "unknown",
      child: { name: { given: "Unknown", family: "Unknown" }, sex: "U" },
      lastContactDate: "2025-06-01",
    });
    expect(redactCase(deceasedCase, "public", { now }).ageNow).toBe(17); // born "2008-03"
  });

  it("shares no object with the input", () => {
    const p = redactCase(activeCase, "public", { now });
    expect(p.child.aliases).not.toBe(activeCase.child.aliases);
    expect(p.child.name).not.toBe(activeCase.child.name);
  });

  it("never contains the birth date, facts, risk indicators, placement or NIC keys (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(arbCase, fc.constantFrom(...validCases)),
        fc.integer({ min: Date.UTC(2025, 6, 1), max: Date.UTC(2040, 0, 1) }),
        (c, nowMs) => {
          const full = deepFreeze({ ...activeCase, ...c, child: { ...child, ...c.child } });
          const p = redactCase(full, "public", { now: new Date(nowMs).toISOString() });
          const keys = keysDeep(p);
          for (const k of FORBIDDEN) expect(keys.has(k), k).toBe(false);
          expect(Object.keys(p.child).sort()).toEqual(
            [
              "aliases",
              "eyeColor",
              "hairColor",
              "heightCm",
              "marks",
              "name",
              "race",
              "sex",
              "weightKg",
            ].filter((k) => k in p.child),
          );
          expect("id" in p.child).toBe(false);
        },
      ),
    );
  });

  it("drops unknown keys too (allow-list, never a deny-list)", () => {
    const extra = {
      ...activeCase,
      secretNote: "x",
      child: { ...child, ssn: "000" },
    } as MissingCase;
    const keys = keysDeep(redactCase(extra, "public", { now }));
    expect(keys.has("secretNote")).toBe(false);
    expect(keys.has("ssn")).toBe(false);
  });
});

describe("redactCase(c, 'partner')", () => {
  it("is the whole case less the NIC, in ncic and in enter events", () => {
    const p: PartnerCase = redactCase(activeCase, "partner", { now });
    expect(p.ncic).toEqual({ category: "EMJ", flags: [] });
    expect(keysDeep(p).has("nic")).toBe(false);
    expect(p.events[0]).toEqual({
      type: "enter",
      at: "2025-03-07T23:30:00-05:00",
      category: "EMJ",
      by: "albany-pd",
    });
    const { ncic: _a, events: _b, ...rest } = activeCase;
    expect(p).toMatchObject(rest);
    expect(p.events.slice(1)).toEqual(activeCase.events.slice(1));
  });

  it("keeps a case without NCIC data without one", () => {
    expect("ncic" in redactCase(minimalCase, "partner", { now })).toBe(false);
  });
});

describe("redactCase: misuse", () => {
  it("throws naming the parameter, never the value", () => {
    expect(() => redactCase(activeCase, "press" as never, { now })).toThrow(/^audience /);
    expect(() => redactCase(activeCase, "public", { now: "today" })).toThrow(/^options\.now /);
    expect(() => redactCase(activeCase, "public", null as never)).toThrow(/^options /);
    expect(() => redactCase(null as never, "public", { now })).toThrow(/^c /);
    expect(() => redactCase(activeCase, "public", { now: "2001-01-01T00:00:00Z" })).toThrow(
      /^options\.now must not be before/,
    );
    const secret = "2009-13-45";
    const bad = { ...activeCase, child: { ...child, birthDate: secret } };
    expect(() => redactCase(bad, "public", { now })).toThrow(/^c\.child\.birthDate /);
    try {
      redactCase(bad, "public", { now });
    } catch (e) {
      expect((e as Error).message).not.toContain(secret);
    }
  });
});

import { describe, expect, it } from "vitest";
import {
  type Agency,
  type MissingCase,
  type Operation,
  parseAgency,
  parseCase,
  parseOperation,
  summarizeOperation,
} from "../../src/index.js";
import {
  deepFreeze,
  agencies as fixtureAgencies,
  operation as fixtureOperation,
  locatedCase,
  reportedCase,
} from "../fixtures/valid.js";
import { ev, makeTestCase } from "../statistics/make.js";

const OP = "op-capital-2025";
const KINDS = [
  "law-enforcement",
  "child-welfare",
  "clearinghouse",
  "prosecutor",
  "nonprofit",
  "private-partner",
] as const;

/** 62 participants of every kind (> 60, as in the Capital Region operation). */
const agencies: Agency[] = deepFreeze(
  Array.from({ length: 62 }, (_, i) => ({
    id:
      i === 0
        ? "nys-dcjs"
        : i === 1
          ? "albany-pd"
          : i === 2
            ? "troy-pd"
            : i === 3
              ? "schenectady-pd"
              : `agency-${i}`,
    name: `Agency ${i}`,
    kind:
      i === 0
        ? "clearinghouse"
        : i < 4
          ? "law-enforcement"
          : (KINDS[i % KINDS.length] ?? "nonprofit"),
    timeZone: "America/New_York",
  })),
);

/** Three days, ending Thursday 13 March 2025 at 5 p.m. (after the 9 March DST change). */
const START = "2025-03-11T08:00:00-04:00";
const END = "2025-03-13T17:00:00-04:00";
const startMs = Date.parse(START);
const iso = (ms: number) => new Date(ms).toISOString();
const H = 3_600_000;

function located(
  i: number,
  agency: string,
  birthDate: string,
  reportedAt: string,
  foundAt: string,
) {
  return makeTestCase({
    id: `CR-${i}`,
    birthDate,
    reportedAt,
    reportingAgencyId: agency,
    events: [ev.enter(iso(Date.parse(reportedAt) + H)), ev.locate(foundAt, OP)],
  });
}

/**
 * 64 children located during the window: Albany 47, Troy 11, Schenectady 6; ages 2–17 at
 * report and 6–22 when found (a 2-year-old taken by a non-custodial parent in 2021, a
 * 17-year-old reported in 2020).
 */
function duringWindow(): MissingCase[] {
  const out: MissingCase[] = [];
  out.push(located(0, "albany-pd", "2019-01-10", "2021-05-01T12:00:00-04:00", iso(startMs + H))); // 2 → 6
  out.push(located(1, "troy-pd", "2002-09-01", "2020-02-01T12:00:00-05:00", iso(startMs + 2 * H))); // 17 → 22
  for (let i = 2; i < 64; i++) {
    const agency = i < 48 ? "albany-pd" : i < 58 ? "troy-pd" : "schenectady-pd";
    const reported = Date.UTC(2024, 6, 1) + i * 86_400_000; // July–September 2024
    out.push(
      located(i, agency, `${2008 + (i % 10)}-01-05`, iso(reported), iso(startMs + (i % 56) * H)),
    );
  }
  return out;
}

/** Located after the window: four children and a 25-year-old vulnerable adult (Colonie PD). */
function afterWindow(): MissingCase[] {
  const later = Date.parse("2025-03-18T10:00:00-04:00");
  const out = [0, 1, 2, 3].map((i) =>
    located(64 + i, "albany-pd", "2010-04-04", "2024-11-01T12:00:00-04:00", iso(later + i * H)),
  );
  out.push(
    located(68, "colonie-pd", "1999-06-01", "2024-12-01T12:00:00-05:00", iso(later + 5 * H)),
  );
  return out;
}

const worked = [...duringWindow(), ...afterWindow()];
const notFound = makeTestCase({
  id: "CR-99",
  birthDate: "2009-02-02",
  reportedAt: "2024-10-01T12:00:00-04:00",
});
/** Located during the window, but not through the operation (no operationId). */
const foundElsewhere = makeTestCase({
  id: "CR-98",
  birthDate: "2009-02-02",
  reportedAt: "2024-10-01T12:00:00-04:00",
  events: [ev.locate(iso(startMs + 3 * H))],
});
/** Names the operation, but the operation did not work it. */
const notWorked = makeTestCase({
  id: "XX-1",
  birthDate: "2009-02-02",
  reportedAt: "2024-10-01T12:00:00-04:00",
  events: [ev.locate(iso(startMs + 4 * H), OP)],
});

const op: Operation = deepFreeze({
  id: OP,
  name: "Capital Region Missing Child Rescue Operation",
  leadAgencyId: "nys-dcjs",
  participantAgencyIds: agencies.map((a) => a.id),
  startsAt: START,
  endsAt: END,
  timeZone: "America/New_York",
  caseIds: [...worked.map((c) => c.id), notFound.id, foundElsewhere.id, notFound.id],
});
const allCases = [...worked, notFound, foundElsewhere, notWorked];

describe("summarizeOperation: a Capital Region-like operation", () => {
  it("uses valid records", () => {
    expect(parseOperation(op).ok).toBe(true);
    expect(agencies.every((a) => parseAgency(a).ok)).toBe(true);
    expect(allCases.filter((c) => !parseCase(c).ok)).toEqual([]);
  });

  it("at the end of the window: 3 days, 62 agencies, 64 located aged 2–17 at report and 6–22 when found", () => {
    const s = summarizeOperation(op, allCases, agencies, { asOf: END });
    expect(s).toEqual({
      operationId: OP,
      days: 3,
      agencies: {
        total: 62,
        byKind: {
          clearinghouse: 1 + 9,
          "law-enforcement": 3 + 10,
          "child-welfare": 10,
          prosecutor: 9,
          nonprofit: 10,
          "private-partner": 10,
        },
      },
      casesWorked: 71,
      located: 64,
      locatedDuringWindow: 64,
      locatedAfterWindow: 0,
      locatedMinors: 64,
      ageAtReport: { min: 2, max: 17 },
      ageAtFound: { min: 6, max: 22 },
      locatedByAgency: { "albany-pd": 47, "troy-pd": 11, "schenectady-pd": 6 },
    });
  });

  it("keeps counting locates after the window (69 a week later), adults included (OP-2 … OP-4)", () => {
    const s = summarizeOperation(op, allCases, agencies, { asOf: "2025-03-21T11:00:00-04:00" });
    expect(s.located).toBe(69);
    expect(s.locatedDuringWindow).toBe(64);
    expect(s.locatedAfterWindow).toBe(5);
    expect(s.locatedMinors).toBe(68);
    expect(s.ageAtReport).toEqual({ min: 2, max: 25 });
    expect(s.locatedByAgency["colonie-pd"]).toBe(1);
    expect(summarizeOperation(op, allCases, agencies).located).toBe(69); // no asOf: all events
  });

  it("never counts a locate that does not name it, nor a case it did not work", () => {
    const s = summarizeOperation(op, [foundElsewhere, notWorked, notFound], agencies);
    expect(s.located).toBe(0);
    expect(s.ageAtReport).toBeNull();
    expect(s.ageAtFound).toBeNull();
    expect(s.locatedByAgency).toEqual({});
  });

  it("counts each case once even when listed twice", () => {
    const s = summarizeOperation(op, [worked[0], worked[0]] as MissingCase[]);
    expect(s.located).toBe(1);
  });

  it("counts only participants found in `agencies` by kind", () => {
    expect(summarizeOperation(op, []).agencies).toEqual({ total: 62, byKind: {} });
    const s = summarizeOperation(
      op,
      [],
      [...agencies.slice(0, 2), agencies[0] as Agency, fixtureAgencies[4] as Agency],
    );
    expect(s.agencies.byKind).toEqual({ clearinghouse: 1, "law-enforcement": 1 });
  });
});

describe("summarizeOperation: details", () => {
  it("counts calendar days in the operation's zone, across DST", () => {
    const base = { ...op, caseIds: [] };
    expect(
      summarizeOperation(
        { ...base, startsAt: "2025-03-08T23:00:00-05:00", endsAt: "2025-03-09T04:00:00-04:00" },
        [],
      ).days,
    ).toBe(2);
    expect(summarizeOperation({ ...base, startsAt: END, endsAt: END }, []).days).toBe(1);
    // 23:30 in New York is the next day in UTC: still one local day.
    expect(
      summarizeOperation(
        { ...base, startsAt: "2025-03-11T08:00:00-04:00", endsAt: "2025-03-11T23:30:00-04:00" },
        [],
      ).days,
    ).toBe(1);
  });

  it("uses the first locate naming the operation, even if the case was reopened since", () => {
    const c = makeTestCase({
      id: "R-1",
      birthDate: "2009-03-12",
      reportedAt: "2024-10-01T12:00:00-04:00",
      events: [
        ev.locate(iso(startMs + H), OP), // 15 on 11 March 2025
        ev.reopen(iso(startMs + 3 * H)),
        ev.locate("2025-03-20T10:00:00-04:00", OP), // 16 by then
      ],
    });
    const s = summarizeOperation({ ...op, caseIds: ["R-1"] }, [c]);
    expect(s).toMatchObject({
      located: 1,
      locatedDuringWindow: 1,
      ageAtFound: { min: 15, max: 15 },
    });
  });

  it("widens ranges for a partial birth date and counts minors by the lower bound", () => {
    const c = makeTestCase({
      id: "P-1",
      birthDate: "2006",
      reportedAt: "2024-07-01T12:00:00-04:00", // 17 or 18
      events: [ev.locate(iso(startMs + H), OP)],
    });
    const s = summarizeOperation({ ...op, caseIds: ["P-1"] }, [c]);
    expect(s).toMatchObject({
      locatedMinors: 1,
      ageAtReport: { min: 17, max: 18 },
      ageAtFound: { min: 18, max: 19 },
    });
  });

  it("works on the shared fixtures without mutating them", () => {
    const s = summarizeOperation(fixtureOperation, [locatedCase, reportedCase], fixtureAgencies);
    expect(s).toMatchObject({
      days: 4,
      casesWorked: 2,
      located: 1,
      locatedDuringWindow: 1,
      locatedMinors: 1,
    });
    expect(s.agencies).toEqual({
      total: 5,
      byKind: { "law-enforcement": 2, clearinghouse: 1, "child-welfare": 1, nonprofit: 1 },
    });
  });

  it("throws naming the parameter, never the value", () => {
    expect(() => summarizeOperation(op, [], undefined, { asOf: "tomorrow" })).toThrow(
      /^options\.asOf /,
    );
    expect(() => summarizeOperation({ ...op, endsAt: "x" }, [])).toThrow(/^op\.endsAt /);
    expect(() => summarizeOperation({ ...op, timeZone: "Nowhere/City" }, [])).toThrow(
      /^op\.timeZone /,
    );
    expect(() => summarizeOperation({ ...op, endsAt: "2025-03-10T00:00:00Z" }, [])).toThrow(
      RangeError,
    );
    expect(() => summarizeOperation(null as never, [])).toThrow(/^op /);
    expect(() => summarizeOperation(op, [null as never])).toThrow(/^cases\[0\] /);
    const secret = "2009-02-02x";
    const bad = {
      ...(worked[0] as MissingCase),
      child: { ...(worked[0] as MissingCase).child, birthDate: secret },
    };
    expect(() => summarizeOperation(op, [bad])).toThrow(/^cases\[0\]\.child\.birthDate /);
    try {
      summarizeOperation(op, [bad]);
    } catch (e) {
      expect((e as Error).message).not.toContain(secret);
    }
  });
});

describe("summarizeOperation: the window's edges (OP-2)", () => {
  const endMs = Date.parse(END);
  const one = (at: string) =>
    summarizeOperation({ ...op, caseIds: ["W-1"] }, [
      makeTestCase({
        id: "W-1",
        birthDate: "2010-04-04",
        reportedAt: "2025-01-10T12:00:00-05:00",
        events: [ev.locate(at, OP)],
      }),
    ]);

  it("a locate at endsAt exactly is during the window", () => {
    expect(one(END)).toMatchObject({ located: 1, locatedDuringWindow: 1, locatedAfterWindow: 0 });
  });

  it("a locate one millisecond after endsAt is after it", () => {
    expect(one(iso(endMs + 1))).toMatchObject({
      located: 1,
      locatedDuringWindow: 0,
      locatedAfterWindow: 1,
    });
  });

  it("a locate naming the operation before startsAt counts as located and as during", () => {
    expect(one(iso(startMs - 1))).toMatchObject({
      located: 1,
      locatedDuringWindow: 1,
      locatedAfterWindow: 0,
    });
    expect(one("2025-02-20T10:00:00-05:00").locatedDuringWindow).toBe(1);
  });

  it("asOf at the locate's instant counts it, a millisecond before does not", () => {
    const s = (asOf: string) =>
      summarizeOperation(
        { ...op, caseIds: ["W-2"] },
        [
          makeTestCase({
            id: "W-2",
            birthDate: "2010-04-04",
            reportedAt: "2025-01-10T12:00:00-05:00",
            events: [ev.locate(END, OP)],
          }),
        ],
        undefined,
        { asOf },
      ).located;
    expect(s(END)).toBe(1);
    expect(s(iso(endMs - 1))).toBe(0);
  });
});

describe("summarizeOperation: minorsOnly (OP-4)", () => {
  const asOf = "2025-03-21T11:00:00-04:00";

  it("keeps the adult out of the age ranges, and every count as it was", () => {
    const all = summarizeOperation(op, allCases, agencies, { asOf });
    const minors = summarizeOperation(op, allCases, agencies, { asOf, minorsOnly: true });
    expect(all.ageAtReport).toEqual({ min: 2, max: 25 });
    expect(minors.ageAtReport).toEqual({ min: 2, max: 17 });
    expect(minors.ageAtFound).toEqual({ min: 6, max: 22 });
    const { ageAtReport: _a, ageAtFound: _b, ...counts } = all;
    expect(minors).toMatchObject(counts);
  });

  it("defaults to false, and gives null ranges when only adults were located", () => {
    const adult = worked.filter((c) => c.reportingAgencyId === "colonie-pd");
    const s = summarizeOperation(op, adult, agencies, { minorsOnly: false });
    expect(s.ageAtReport).toEqual(summarizeOperation(op, adult, agencies).ageAtReport);
    const m = summarizeOperation(op, adult, agencies, { minorsOnly: true });
    expect(m).toMatchObject({ located: 1, locatedMinors: 0, ageAtReport: null, ageAtFound: null });
  });

  it("counts an uncertain age as a minor by its lowest value, as locatedMinors does", () => {
    const c = makeTestCase({
      id: "P-2",
      birthDate: "2006",
      reportedAt: "2024-07-01T12:00:00-04:00", // 17 or 18
      events: [ev.locate(iso(startMs + H), OP)],
    });
    const s = summarizeOperation({ ...op, caseIds: ["P-2"] }, [c], undefined, {
      minorsOnly: true,
    });
    expect(s).toMatchObject({ locatedMinors: 1, ageAtReport: { min: 17, max: 18 } });
  });

  it("throws a TypeError naming options.minorsOnly when it is not a boolean", () => {
    expect(() =>
      summarizeOperation(op, [], undefined, { minorsOnly: "yes" as unknown as boolean }),
    ).toThrow(new TypeError("options.minorsOnly must be a boolean"));
  });
});

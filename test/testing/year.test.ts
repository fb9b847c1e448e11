import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type MissingCase, OPEN_STATUSES, parseCase } from "../../src/index.js";
import { syntheticYear } from "../../src/testing/index.js";

const sha = (cases: Iterable<MissingCase>) => {
  const h = createHash("sha256");
  for (const c of cases) h.update(`${JSON.stringify(c)}\n`);
  return h.digest("hex");
};

/** Completed years on a date, both `YYYY-MM-DD` (full birth dates only). */
const ageOn = (birth: string, on: string) =>
  Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);

describe("syntheticYear", () => {
  const year = [...syntheticYear({ year: 2024, reports: 12_114, seed: 1 })];

  it("makes only records that pass parseCase, over several seeds", () => {
    for (const seed of [1, 2, 3, 99, 2 ** 31]) {
      for (const c of syntheticYear({ year: 2023, reports: 800, seed })) {
        const r = parseCase(c);
        expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([]);
      }
    }
    for (const c of year) expect(parseCase(c).ok).toBe(true);
  }, 60_000);

  it("yields the requested number of reports, oldest first, all in the local year", () => {
    expect(year).toHaveLength(12_114);
    for (let i = 1; i < year.length; i++) {
      expect(Date.parse(year[i]?.reportedAt ?? "")).toBeGreaterThanOrEqual(
        Date.parse(year[i - 1]?.reportedAt ?? ""),
      );
    }
    expect(year[0]?.reportedAt.startsWith("2024-01-01")).toBe(true);
    expect(year.at(-1)?.reportedAt.startsWith("2024-12-31")).toBe(true);
    expect(new Set(year.map((c) => c.id)).size).toBe(year.length);
  });

  it("looks like a New York year: runaways, teenagers, short episodes", () => {
    const runaways = year.filter((c) => c.reportedAs === "runaway").length / year.length;
    expect(runaways).toBeGreaterThan(0.93);
    expect(runaways).toBeLessThan(0.97);
    const full = year.filter((c) => c.child.birthDate.length === 10);
    const teens = full.filter((c) => {
      const a = ageOn(c.child.birthDate, c.reportedAt.slice(0, 10));
      return a >= 15 && a <= 17;
    });
    expect(teens.length / full.length).toBeGreaterThan(0.6);
    const open = year.filter((c) => OPEN_STATUSES.has(c.status)).length / year.length;
    expect(open).toBeGreaterThan(0.06);
    expect(open).toBeLessThan(0.15);
    const withinWeek = year.filter((c) => {
      const locate = c.events.find((e) => e.type === "locate");
      return locate && Date.parse(locate.at) - Date.parse(c.reportedAt) < 7 * 86_400_000;
    });
    expect(withinWeek.length / year.length).toBeGreaterThan(0.6);
  });

  it("has repeat children with growing priorEpisodes, placements and cancellations", () => {
    const byChild = new Map<string, number[]>();
    for (const c of year)
      byChild.set(c.child.id, [...(byChild.get(c.child.id) ?? []), c.priorEpisodes ?? 0]);
    const repeats = [...byChild.values()].filter((p) => p.length > 1);
    expect(repeats.length).toBeGreaterThan(500);
    for (const p of repeats)
      for (let i = 1; i < p.length; i++) expect(p[i]).toBe((p[i - 1] ?? 0) + 1);
    const from = (m: string) => year.filter((c) => c.missingFrom === m).length;
    expect(from("group-home")).toBeGreaterThan(500);
    expect(from("foster-care")).toBeGreaterThan(300);
    const reasons = year.flatMap((c) =>
      c.events.filter((e) => e.type === "cancel").map((e) => e.reason),
    );
    expect(reasons).toContain("duplicate");
    expect(reasons).toContain("entered-in-error");
    expect(reasons.length / year.length).toBeLessThan(0.03);
  });

  it("spreads report times over day and night and over the months", () => {
    const hours = new Set(year.map((c) => c.reportedAt.slice(11, 13)));
    expect(hours.size).toBe(24);
    const months = new Set(year.map((c) => c.reportedAt.slice(5, 7)));
    expect(months.size).toBe(12);
  });

  it("knows nothing after the year's end", () => {
    const end = Date.parse("2025-01-01T00:00:00-05:00");
    for (const c of year) for (const e of c.events) expect(Date.parse(e.at)).toBeLessThan(end);
  });

  it("gives the same bytes for a seed, whatever the host time zone", () => {
    const expected = sha(syntheticYear({ year: 2024, reports: 300, seed: 7 }));
    const tz = process.env.TZ;
    try {
      process.env.TZ = "Asia/Tokyo";
      expect(sha(syntheticYear({ year: 2024, reports: 300, seed: 7 }))).toBe(expected);
      process.env.TZ = "America/Los_Angeles";
      expect(sha(syntheticYear({ year: 2024, reports: 300, seed: 7 }))).toBe(expected);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    // Pinned: a change here changes every downstream fixture built from a seed.
    expect(expected).toBe("514f273327622e8778fce5388fa489f654fa158bb733a8a39e5237ba8721571b");
    expect(sha(syntheticYear({ year: 2024, reports: 300, seed: 8 }))).not.toBe(expected);
  });

  it("is lazy and can be iterated again with the same result", () => {
    const huge = syntheticYear({ year: 2024, reports: 1e12, seed: 1 });
    const it1 = huge[Symbol.iterator]();
    const first = it1.next().value;
    expect(first).toEqual(huge[Symbol.iterator]().next().value);
  });

  it("honours runawayShare, timeZone and state", () => {
    const cases = [
      ...syntheticYear({
        year: 2025,
        reports: 400,
        seed: 3,
        runawayShare: 0,
        timeZone: "America/Los_Angeles",
        state: "CA",
      }),
    ];
    expect(cases.some((c) => c.reportedAs === "runaway")).toBe(false);
    for (const c of cases) {
      expect(c.timeZone).toBe("America/Los_Angeles");
      expect(c.state).toBe("CA");
      expect(parseCase(c).ok).toBe(true);
    }
  });

  it.each([
    [{ year: 2024.5 }, "options.year"],
    [{ reports: -1 }, "options.reports"],
    [{ seed: Number.NaN }, "options.seed"],
    [{ runawayShare: 1.5 }, "options.runawayShare"],
    [{ timeZone: "Mars/Olympus" }, "options.timeZone"],
    [{ state: "new york" }, "options.state"],
  ])("throws a RangeError naming the option for %o", (bad, name) => {
    const run = () => syntheticYear({ year: 2024, reports: 1, seed: 1, ...bad });
    expect(run).toThrow(RangeError);
    expect(run).toThrow(name);
    expect(run).not.toThrow(/Mars|new york/);
  });
});

describe("syntheticYear's options", () => {
  it("are read when it is called: changing them before iterating changes nothing", () => {
    for (const extra of [{}, { repeatShare: 0.3 }]) {
      const options = { year: 2024, reports: 40, seed: 3, ...extra };
      const expected = JSON.stringify([...syntheticYear({ ...options })]);
      const year = syntheticYear(options);
      options.seed = 4;
      options.reports = 5;
      expect(JSON.stringify([...year])).toBe(expected);
    }
  });
});

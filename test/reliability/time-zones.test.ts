/**
 * Attacks through time zones and dates: case variants of zone names (Intl accepts them and
 * the caches once grew with each), and dates far from now (which once gave five-digit years).
 */
import { describe, expect, it } from "vitest";
import {
  complianceDeadlines,
  isTimeZone,
  localDate,
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "../../src/index.js";
import { zoneCacheSizes } from "../../src/time/zone.js";
import { ianaZoneNames } from "../../src/time/zone-names.js";
import { zoneOffsetCacheSizes } from "../../src/time/zone-offset.js";
import { albanyPd, child, operation, reportedCase } from "../fixtures/valid.js";

const paths = (r: { ok: boolean; issues?: { code: string; path: unknown[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path]);

/** The `n`-th spelling of `name` with letters in upper or lower case by the bits of `n`. */
function variant(name: string, n: number): string {
  let bit = 0;
  return name.replace(/[a-z]/gi, (ch) => ((n >> bit++) & 1 ? ch.toUpperCase() : ch.toLowerCase()));
}

describe("zone names are case-sensitive IANA spellings", () => {
  it("accepts IANA names and links; refuses other spellings Intl would accept", () => {
    for (const name of [
      "America/New_York",
      "US/Eastern",
      "UTC",
      "Etc/UTC",
      "Asia/Kolkata",
      "Asia/Calcutta",
      "Europe/Kyiv",
      "EST5EDT",
    ]) {
      expect(isTimeZone(name), name).toBe(true);
    }
    for (const name of [
      "america/new_york",
      "AMERICA/NEW_YORK",
      "us/eastern",
      "utc",
      "Etc/Utc",
      "Mars/Olympus",
      "",
      "+05:00",
    ]) {
      expect(isTimeZone(name), name).toBe(false);
      expect(paths(parseAgency({ ...albanyPd, timeZone: name }))).toEqual([
        ["time-zone/unknown", ["timeZone"]],
      ]);
    }
  });

  it("every IANA name Intl knows is valid; the list holds every name the runtime lists", () => {
    for (const name of Intl.supportedValuesOf("timeZone"))
      expect(ianaZoneNames().has(name), name).toBe(true);
    let known = 0;
    for (const name of ianaZoneNames()) if (isTimeZone(name)) known++;
    expect(known).toBeGreaterThan(590);
  });

  it("a pure function misused with a misspelt zone throws naming the parameter", () => {
    expect(() => localDate("2025-03-01T12:00:00Z", "america/new_york")).toThrow(
      new RangeError("timeZone must be an IANA time zone known to Intl"),
    );
  });
});

describe("zone memory is bounded whatever names a stream holds", () => {
  it("thousands of case variants of one zone add nothing to any cache", () => {
    parseCase(reportedCase);
    const before = zoneCacheSizes();
    for (let n = 1; n < 3000; n++) {
      const timeZone = variant("America/New_York", n);
      if (timeZone === "America/New_York") continue;
      expect(parseCase({ ...reportedCase, timeZone }).ok).toBe(false);
    }
    expect(zoneCacheSizes()).toEqual(before);
  });

  it("every valid name once, with local dates: caches stay under their limits", () => {
    for (const name of ianaZoneNames()) {
      if (!isTimeZone(name)) continue;
      localDate("2025-03-09T12:00:00Z", name);
      localDate("1990-07-01T12:00:00Z", name);
    }
    expect(zoneCacheSizes().formatters).toBeLessThanOrEqual(64);
    expect(zoneCacheSizes().names).toBeLessThanOrEqual(1024);
    expect(zoneOffsetCacheSizes().zones).toBeLessThanOrEqual(64);
    expect(zoneOffsetCacheSizes().chunks).toBeLessThanOrEqual(256);
    expect(localDate("2025-03-01T03:00:00Z", "America/New_York")).toBe("2025-02-28");
  });
});

describe("dates and instants lie in the years 1800–2999", () => {
  it("refuses a report in 9999 in Pacific/Kiritimati (it once gave year 10000 dates)", () => {
    const c = {
      ...reportedCase,
      timeZone: "Pacific/Kiritimati",
      reportedAt: "9999-12-31T23:59:59-12:00",
      lastContactAt: "9999-12-31T23:00:00-12:00",
    };
    expect(paths(parseCase(c))).toEqual([
      ["date-time/out-of-range", ["reportedAt"]],
      ["date-time/out-of-range", ["lastContactAt"]],
    ]);
  });

  it("refuses an instant in range in UTC whose local date in the case's zone is not", () => {
    const c = {
      ...reportedCase,
      timeZone: "Pacific/Kiritimati",
      reportedAt: "2999-12-31T20:00:00Z",
      lastContactAt: "2999-12-31T09:00:00Z",
    };
    expect(paths(parseCase(c))).toEqual([["date-time/out-of-range", ["reportedAt"]]]);
    const edge = parseCase({ ...c, reportedAt: "2999-12-31T09:59:59Z" });
    expect(edge.ok).toBe(true);
    const dues = edge.ok ? complianceDeadlines(edge.value).map((d) => d.dueAt) : [];
    expect(dues.length).toBeGreaterThan(0);
    for (const due of dues) expect(due).toMatch(/^3000-/);
  });

  it("refuses instants outside the years in UTC or as written, at each end", () => {
    const at = (a: string) => paths(parseCaseEvent({ type: "verify", at: a }));
    expect(at("1800-01-01T00:00:00Z")).toEqual([]);
    expect(at("1800-01-01T00:30:00+01:00")).toEqual([["date-time/out-of-range", ["at"]]]);
    expect(at("1799-12-31T23:00:00-01:00")).toEqual([["date-time/out-of-range", ["at"]]]);
    expect(at("2999-12-31T23:59:59.999Z")).toEqual([]);
    expect(at("2999-12-31T23:00:00-05:00")).toEqual([["date-time/out-of-range", ["at"]]]);
    expect(at("3000-01-01T00:30:00+01:00")).toEqual([["date-time/out-of-range", ["at"]]]);
    expect(at("0000-01-01T00:00:00Z")).toEqual([["date-time/out-of-range", ["at"]]]);
  });

  it("refuses birth and photo dates outside the years, partial ones by their year", () => {
    const born = (birthDate: string) => paths(parseChild({ ...child, birthDate }));
    expect(born("1800")).toEqual([]);
    expect(born("1799-12")).toEqual([["date/out-of-range", ["birthDate"]]]);
    expect(born("3000")).toEqual([["date/out-of-range", ["birthDate"]]]);
    expect(born("0009-02-03")).toEqual([["date/out-of-range", ["birthDate"]]]);
    expect(born("2023-02-29")).toEqual([["birth-date/invalid", ["birthDate"]]]);
    expect(paths(parseChild({ ...child, photoDate: "3000-01-01" }))).toEqual([
      ["date/out-of-range", ["photoDate"]],
    ]);
  });

  it("an operation's window in its zone", () => {
    const op = { ...operation, timeZone: "Pacific/Kiritimati", endsAt: "2999-12-31T12:00:00Z" };
    expect(paths(parseOperation(op))).toEqual([["date-time/out-of-range", ["endsAt"]]]);
  });
});

/**
 * Every public parameter that takes an instant (`at`, `now`, `asOf`, `from`, `to`) takes a
 * `Date` too, as date-fns does: the same answer as the equivalent RFC 3339 string, and a
 * `RangeError` naming the parameter for an invalid `Date`.
 */
import { runInNewContext } from "node:vm";
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import {
  localDate,
  nightsAway,
  overdueDeadlines,
  redactCase,
  statusAt,
  summarizeOperation,
} from "../../src/index.js";
import { makeCase, syntheticOperation } from "../../src/testing/index.js";
import { instantArgMs } from "../../src/time/instant.js";

const ZONE = "America/New_York";
const located = makeCase({ status: "closed", timeZone: ZONE }, { seed: 3 });
const open = makeCase({ status: "reported", timeZone: ZONE }, { seed: 4 });
const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });

/** An instant `hours` after `iso`, as an RFC 3339 string in UTC. */
const after = (iso: string, hours: number) =>
  new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/**
 * Each function with the instants it is checked at: `call(x)` passes `x` where the
 * parameter `param` goes, everything else fixed.
 */
const FUNCTIONS: readonly {
  readonly name: string;
  readonly param: string;
  readonly call: (instant: string | Date) => unknown;
  readonly instants: readonly string[];
}[] = [
  {
    name: "localDate",
    param: "at",
    call: (at) => localDate(at, ZONE),
    instants: ["2025-03-13T03:30:00Z", "2024-03-01T03:00:00.123+00:00", "2025-11-02T05:30:00Z"],
  },
  {
    name: "nightsAway (from)",
    param: "from",
    call: (from) => nightsAway(from, "2025-03-10T08:00:00-04:00", ZONE),
    instants: ["2025-03-08T21:00:00-05:00", "2025-03-09T06:59:00Z", "2025-03-10T08:00:00-04:00"],
  },
  {
    name: "nightsAway (to)",
    param: "to",
    call: (to) => nightsAway("2025-03-08T21:00:00-05:00", to, ZONE),
    instants: ["2025-03-08T23:59:00-05:00", "2025-03-09T05:00:00Z", "2025-03-12T12:00:00Z"],
  },
  {
    name: "statusAt",
    param: "at",
    call: (at) => statusAt(located, at),
    instants: [
      after(located.reportedAt, -1),
      located.reportedAt,
      ...located.events.map((e) => e.at),
      after(located.events.at(-1)?.at ?? located.reportedAt, 1),
    ],
  },
  {
    name: "overdueDeadlines",
    param: "now",
    call: (now) => overdueDeadlines(open, now),
    instants: [
      open.reportedAt,
      after(open.reportedAt, 2),
      after(open.reportedAt, 2.0001),
      after(open.reportedAt, 24 * 200),
    ],
  },
  {
    name: "redactCase",
    param: "options.now",
    call: (now) => redactCase(located, "public", { now }),
    instants: [located.reportedAt, after(located.reportedAt, 24 * 365 * 3)],
  },
  {
    name: "summarizeOperation",
    param: "options.asOf",
    call: (asOf) => summarizeOperation(operation, cases, agencies, { asOf }),
    instants: [operation.startsAt, operation.endsAt, after(operation.endsAt, 24 * 8)],
  },
];

describe.each(FUNCTIONS)("$name takes a Date for $param", ({ param, call, instants }) => {
  it("and answers as for the equivalent string", () => {
    for (const iso of instants) {
      expect(call(new Date(iso)), iso).toEqual(call(iso));
    }
    // The instants are chosen so that the answer changes between them.
    expect(new Set(instants.map((iso) => JSON.stringify(call(iso)))).size).toBeGreaterThan(1);
  });

  it("and throws a RangeError naming the parameter for an invalid Date", () => {
    expect(() => call(new Date("not a date"))).toThrow(
      new RangeError(`${param} must be a valid Date in the years 0000–9999`),
    );
  });

  it("and still names the parameter for anything else", () => {
    expect(() => call({} as Date)).toThrow(RangeError);
    expect(() => call({} as Date)).toThrow(new RegExp(`^${param.replace(".", "\\.")} must be`));
  });
});

describe("instantArgMs: the one reader of instant parameters", () => {
  it("reads a string as instantMs does and a Date by its time", () => {
    expect(instantArgMs("1970-01-01T00:00:01Z", "at")).toBe(1000);
    expect(instantArgMs(new Date(1000), "at")).toBe(1000);
  });

  it("reads a Date of another realm, and a TZDate by its instant", () => {
    const foreign: unknown = runInNewContext("new Date(86400000)");
    expect(foreign instanceof Date).toBe(false);
    expect(instantArgMs(foreign, "at")).toBe(86_400_000);
    const tz = new TZDate(2025, 2, 12, 23, 30, "America/New_York");
    expect(instantArgMs(tz, "at")).toBe(Date.parse("2025-03-13T03:30:00Z"));
    expect(localDate(tz, "America/New_York")).toBe("2025-03-12");
  });

  it("takes the years 0000–9999, as RFC 3339 writes them, and no Date beyond", () => {
    const first = Date.parse("0000-01-01T00:00:00Z");
    const last = Date.parse("9999-12-31T23:59:59.999Z");
    expect(instantArgMs(new Date(first), "now")).toBe(first);
    expect(instantArgMs(new Date(last), "now")).toBe(last);
    for (const ms of [first - 1, last + 1, 8.64e15]) {
      expect(() => instantArgMs(new Date(ms), "now")).toThrow(
        new RangeError("now must be a valid Date in the years 0000–9999"),
      );
    }
  });

  it("names the parameter, never the value, for what is neither", () => {
    const message = "now must be an RFC 3339 date-time with Z or an offset";
    for (const bad of [null, undefined, 0, "2025-03-01", { getTime: () => 0 }, [], () => 0]) {
      expect(() => instantArgMs(bad, "now")).toThrow(new RangeError(message));
    }
  });
});

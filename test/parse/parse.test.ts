import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  ISSUE_MESSAGES,
  type Issue,
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "../../src/index.js";
import { albanyPd, child, closedCase, operation, reportedCase } from "../fixtures/valid.js";

const PARSERS = { parseCase, parseChild, parseAgency, parseOperation, parseCaseEvent };

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { child: v };
  return v;
}

const JUNK: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["a number", 42],
  ["NaN", Number.NaN],
  ["a string", "case"],
  ["a boolean", true],
  ["a bigint", 10n],
  ["a symbol", Symbol("x")],
  ["a function", () => 1],
  ["an array", [reportedCase]],
  ["an empty object", {}],
  ["a Date", new Date(0)],
  ["a Map", new Map([["id", "x"]])],
  ["__proto__ key", JSON.parse('{"__proto__": {"polluted": "yes"}, "id": "x"}')],
  ["constructor key", JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}')],
  [
    "__proto__ in the child",
    { ...reportedCase, child: JSON.parse('{"__proto__": {"polluted": "yes"}}') },
  ],
  ["deeply nested object", nest(100_000, 1, false)],
  ["deeply nested array", nest(100_000, 1, true)],
  ["deep nesting in a field", { ...reportedCase, child: nest(100_000, "x", false) }],
  ["deep nesting in events", { ...closedCase, events: nest(100_000, {}, true) }],
];

describe("parsers never throw", () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  for (const [name, parse] of Object.entries(PARSERS)) {
    it.each(JUNK)(`${name} on %s`, (_, input) => {
      const r = parse(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.length).toBeGreaterThan(0);
        for (const i of r.issues) expect(Object.hasOwn(ISSUE_MESSAGES, i.code)).toBe(true);
      }
    });
  }

  it("reports an unknown __proto__ key by its path, and pollutes nothing", () => {
    const r = parseCase(
      JSON.parse(`{"__proto__": {"status": "closed"}, ${JSON.stringify(reportedCase).slice(1)}`),
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ["schema/unknown-key", ["__proto__"]],
    ]);
  });

  it("reports input it cannot read, without throwing", () => {
    const hostile = {
      ...reportedCase,
      get child(): never {
        throw new Error("boom");
      },
    };
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    for (const input of [hostile, proxy]) {
      const r = parseCase(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe("schema/unreadable");
    }
  });

  it("accepts deep-frozen input and leaves it untouched", () => {
    const before = JSON.stringify(closedCase);
    expect(parseCase(closedCase).ok).toBe(true);
    expect(JSON.stringify(closedCase)).toBe(before);
  });

  it("survives any value (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true }),
        (v) => {
          for (const parse of Object.values(PARSERS)) expect(() => parse(v)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

/**
 * Injected values: random text between two marks that no schema text holds, so a message
 * that echoes the value (or any part of it that reaches either end) contains a mark.
 */
const MARKS = ["§", "¶"] as const;
const secret = fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }).map((s) => `§${s}¶`);

function expectNoEcho(issues: readonly Issue[], value: string): void {
  for (const m of messages(issues)) {
    expect(m).not.toContain(value);
    for (const mark of MARKS) expect(m).not.toContain(mark);
  }
}

function messages(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.message);
}

describe("no issue message quotes the input", () => {
  it("for values injected as names, birth dates, zones, states, dates, ids, event types and keys", () => {
    fc.assert(
      fc.property(secret, fc.nat(9), (s, where) => {
        const inputs: unknown[] = [
          { ...reportedCase, child: { ...child, name: { given: s, family: 5 } } },
          { ...reportedCase, child: { ...child, birthDate: s } },
          { ...reportedCase, timeZone: s },
          { ...reportedCase, state: s },
          { ...reportedCase, reportedAt: s, lastContactAt: `${s}Z` },
          { ...reportedCase, status: s, reportedAs: s, [s]: s },
          { ...closedCase, events: [{ type: s, at: s }] },
          { ...closedCase, events: [{ ...closedCase.events[0], nic: s, [s]: 1 }] },
          { ...albanyPd, ori: s, kind: s },
          { ...operation, startsAt: s, participantAgencyIds: s },
        ];
        const input = inputs[where];
        for (const parse of Object.values(PARSERS)) {
          const r = parse(input);
          if (!r.ok) expectNoEcho(r.issues, s);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("even for a valid name whose record fails a cross-field rule", () => {
    fc.assert(
      fc.property(secret, (s) => {
        const r = parseCase({
          ...reportedCase,
          child: { ...child, name: { given: s, family: s } },
          status: "closed",
        });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.issues.map((i) => i.code)).toEqual(["case/status-mismatch"]);
          expectNoEcho(r.issues, s);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

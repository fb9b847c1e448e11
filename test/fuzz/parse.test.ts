// Fuzzing the parsers: they never throw, whatever the input; every corruption of a
// valid case is rejected; inputs are never changed; no issue quotes an input value.
// Run count: FUZZ_RUNS (300 by default; `npm run fuzz` sets 100,000).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ISSUE_MESSAGES,
  type Issue,
  MissingCaseSchema,
  type ParseResult,
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "../../src/index.js";
import {
  deepFreeze,
  FC_PARAMS,
  getAt,
  jsonType,
  keyPaths,
  type Path,
  REMOVE,
  setAt,
  TIMEOUT_MS,
  validCaseArbitrary,
} from "./support.js";

const PARSERS: readonly [string, (input: unknown) => ParseResult<unknown>][] = [
  ["parseCase", parseCase],
  ["parseChild", parseChild],
  ["parseAgency", parseAgency],
  ["parseOperation", parseOperation],
  ["parseCaseEvent", parseCaseEvent],
];

/** Keys that reach the prototype chain when an object is built carelessly. */
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/**
 * Calls `parse` and checks the result has the documented shape; returns it. Plain checks, not
 * `expect`, in this hot path: matcher overhead adds up over 100,000 runs.
 */
function parsedWell<T>(parse: (input: unknown) => ParseResult<T>, input: unknown): ParseResult<T> {
  const r = parse(input);
  if (r.ok) return r;
  if (r.issues.length === 0) throw new Error("a failed parse must have issues");
  for (const i of r.issues) {
    if (!wellFormed(i)) throw new Error(`malformed issue: ${JSON.stringify(i)}`);
  }
  return r;
}

function wellFormed(i: Issue): boolean {
  return (
    Object.hasOwn(ISSUE_MESSAGES, i.code) &&
    i.message.startsWith(ISSUE_MESSAGES[i.code]) &&
    Array.isArray(i.path) &&
    i.path.every((k) => typeof k === "string" || typeof k === "number")
  );
}

/** An object as a list of entries, so that a `__proto__` key survives until it is serialised. */
type Entries = readonly (readonly [string, Entries | { readonly json: unknown }])[];

/** JSON text of nested entries, so that `JSON.parse` makes every `__proto__` an own key. */
function entriesText(entries: Entries): string {
  const item = (v: Entries | { readonly json: unknown }) =>
    "json" in v ? JSON.stringify(v.json) : entriesText(v);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${item(v)}`).join(",")}}`;
}

/** JSON text of an object whose keys include hostile ones, at any depth up to about 3. */
const hostileObject: fc.Arbitrary<string> = (
  fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1 }).map((json) => ({ json })),
      tie("object"),
    ),
    object: fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...HOSTILE_KEYS, "child", "events", "name"), fc.string()),
        tie("node"),
      ),
      { maxLength: 4 },
    ),
  })).object as fc.Arbitrary<Entries>
).map(entriesText);

/** A valid case with 1 to 4 nodes replaced by arbitrary JSON or removed: case-shaped junk. */
const caseShapedJunk: fc.Arbitrary<unknown> = fc
  .tuple(
    validCaseArbitrary(),
    fc.array(fc.tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([c, changes]) => {
    let out: unknown = c;
    for (const [k, v] of changes) {
      const paths = keyPaths(out);
      const path = paths[k % paths.length];
      if (path !== undefined) out = setAt(out, path, v === null ? REMOVE : v);
    }
    return out;
  });

function noPrototypePollution(): void {
  if (Object.keys(Object.prototype).length > 0 || "polluted" in {}) {
    throw new Error("Object.prototype was changed");
  }
}

describe("parsers never throw", () => {
  // One input, every parser: generating the input costs more than parsing it.
  it(
    "on arbitrary JSON",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          for (const [, parse] of PARSERS) parsedWell(parse, input);
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "on objects with __proto__ and constructor keys, without polluting prototypes",
    () => {
      fc.assert(
        fc.property(hostileObject, (text) => {
          const input: unknown = JSON.parse(text);
          for (const [, parse] of PARSERS) parsedWell(parse, input);
          noPrototypePollution();
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "parseCase on case-shaped junk",
    () => {
      fc.assert(
        fc.property(caseShapedJunk, (input) => {
          parsedWell(parseCase, input);
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );

  it("parseCase on hostile values (throwing getters and proxies, functions, symbols, bigints)", () => {
    const getter = Object.defineProperty({}, "id", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
        get() {
          throw new Error("boom");
        },
      },
    );
    for (const input of [getter, proxy, Object.create(null), [], () => 1, Symbol("s"), 1n]) {
      // Only the code is checked: the message of an unreadable input is not yet in codes.ts.
      const r = parseCase(input);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const i of r.issues) expect(Object.hasOwn(ISSUE_MESSAGES, i.code)).toBe(true);
    }
  });
});

// Paths of keys every case must have (`*` is any array index).
const REQUIRED = [
  "id",
  "child",
  "reportingAgencyId",
  "timeZone",
  "reportedAt",
  "lastContactAt",
  "reportedAs",
  "status",
  "events",
  "child.id",
  "child.name",
  "child.birthDate",
  "child.sex",
  "child.name.given",
  "child.name.family",
  "events.*.type",
  "events.*.at",
  "events.*.category",
  "events.*.recipient",
  "events.*.condition",
  "events.*.disposition",
  "events.*.reason",
];
const pattern = (p: Path) => p.map((k) => (typeof k === "number" ? "*" : k)).join(".");
const isRequired = (p: Path) => REQUIRED.includes(pattern(p));

/** A corruption: a name and a change to a valid case (undefined when it does not apply). */
type Corruption = readonly [string, (c: unknown, k: number, junk: unknown) => unknown];

const pick = <T>(items: readonly T[], k: number): T | undefined => items[k % items.length];
const pathOf = (c: unknown, k: number, keep: (p: Path) => boolean) =>
  pick(keyPaths(c).filter(keep), k);

const HOUR = 3_600_000;
/** `iso` moved by `ms`, as a UTC date-time with whole seconds. */
const shiftIso = (iso: unknown, ms: number) =>
  typeof iso === "string"
    ? new Date(Date.parse(iso) + ms).toISOString().replace(/\.\d{3}Z$/, "Z")
    : undefined;

const CORRUPTIONS: readonly Corruption[] = [
  [
    "a node of another JSON type",
    (c, k, junk) => {
      const p = pathOf(c, k, (q) => jsonType(getAt(c, q)) !== jsonType(junk));
      return p && setAt(c, p, junk);
    },
  ],
  [
    "a required key removed",
    (c, k) => {
      const p = pathOf(c, k, isRequired);
      return p && setAt(c, p, REMOVE);
    },
  ],
  [
    "an unknown key added to an object",
    (c, k, junk) => {
      const objects: Path[] = [[], ...keyPaths(c)].filter(
        (p) => jsonType(getAt(c, p)) === "object",
      );
      const p = pick(objects, k);
      const key = pick(["__proto__", "constructor", "x-extra", "Status", "ID"], k >> 4) ?? "x";
      return p && setAt(c, [...p, key], junk ?? 0);
    },
  ],
  ["an unknown time zone", (c) => setAt(c, ["timeZone"], "Mars/Olympus_Mons")],
  ["a zone-like string Intl rejects", (c) => setAt(c, ["timeZone"], "America/Atlantis")],
  [
    "a date-time without an offset, or impossible",
    (c, k) => {
      const p = pathOf(c, k, (q) => q.at(-1) === "at" || /At$/.test(String(q.at(-1))));
      const bad = pick(
        ["2025-03-01T10:00:00", "2025-02-30T10:00:00Z", "2025-03-01 10:00:00Z", "2025-03-01"],
        k >> 3,
      );
      return p && setAt(c, p, bad);
    },
  ],
  [
    "an impossible birth date",
    (c, k) => setAt(c, ["child", "birthDate"], pick(["2023-02-29", "2010-13", "201", "x"], k)),
  ],
  [
    "a birth date after last contact",
    (c) =>
      setAt(
        c,
        ["child", "birthDate"],
        shiftIso(getAt(c, ["lastContactAt"]), 72 * HOUR)?.slice(0, 10),
      ),
  ],
  [
    "last contact after the report",
    (c) => setAt(c, ["lastContactAt"], shiftIso(getAt(c, ["reportedAt"]), 60_000)),
  ],
  [
    "a status the events do not lead to",
    (c, k) => {
      const other = ["reported", "active", "located", "closed", "cancelled"].filter(
        (s) => s !== getAt(c, ["status"]),
      );
      return setAt(c, ["status"], pick(other, k));
    },
  ],
  [
    "an event before the report",
    (c, k) => {
      const events = getAt(c, ["events"]) as readonly unknown[];
      if (events.length === 0) return undefined;
      const i = k % events.length;
      return setAt(c, ["events", i, "at"], shiftIso(getAt(c, ["reportedAt"]), -HOUR));
    },
  ],
  [
    "a value outside an enum",
    (c, k) => {
      const p = pathOf(c, k, (q) =>
        ["reportedAs", "status", "sex", "type", "missingFrom", "condition", "eyeColor"].includes(
          String(q.at(-1)),
        ),
      );
      return p && setAt(c, p, "not-a-value");
    },
  ],
  ["an unknown state code", (c) => setAt(c, ["state"], "ZZ")],
  ["a malformed NIC", (c, k) => setAt(c, ["ncic", "nic"], pick(["M12345678", "X123456789"], k))],
  [
    "a negative or fractional count",
    (c, k) => setAt(c, ["priorEpisodes"], pick([-1, 1.5, -0.5, 2 ** 60], k)),
  ],
];

const corruptedCase = fc
  .tuple(
    validCaseArbitrary(),
    fc.integer({ min: 0, max: CORRUPTIONS.length - 1 }),
    fc.nat(),
    fc.jsonValue({ maxDepth: 1 }),
  )
  .map(([c, which, k, junk]) => {
    const [name, corrupt] = CORRUPTIONS[which] as Corruption;
    return { name, original: c, corrupted: corrupt(c, k, junk) };
  })
  .filter((x) => x.corrupted !== undefined);

describe("corrupted valid cases", () => {
  it("every fixture and drawn case is valid to begin with", () => {
    fc.assert(
      fc.property(validCaseArbitrary(), (c) => parseCase(c).ok),
      { numRuns: 100 },
    );
  });

  it(
    "are always rejected, with issues of the documented shape",
    () => {
      fc.assert(
        fc.property(corruptedCase, ({ name, corrupted }) => {
          const r = parsedWell(parseCase, corrupted);
          if (r.ok) throw new Error(`accepted after corruption: ${name}`);
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );
});

describe("inputs are never changed", () => {
  it(
    "parsing leaves arbitrary JSON as it was",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue().map((v) => JSON.stringify(v)),
            hostileObject,
          ),
          (text) => {
            const input: unknown = JSON.parse(text);
            for (const [, parse] of PARSERS) parse(input);
            return JSON.stringify(input) === JSON.stringify(JSON.parse(text));
          },
        ),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "a deep-frozen corrupted case parses as its unfrozen copy does",
    () => {
      fc.assert(
        fc.property(corruptedCase, ({ corrupted }) => {
          const text = JSON.stringify(corrupted);
          const frozen = deepFreeze(JSON.parse(text));
          const plain = JSON.parse(text);
          const same = JSON.stringify(parseCase(frozen)) === JSON.stringify(parseCase(plain));
          return same && JSON.stringify(plain) === text;
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );
});

/** Strings that cannot occur in any message: the brackets appear in no schema text. */
const marker = fc.string({ minLength: 1, maxLength: 6 }).map((s) => `⟦${s}⟧`);

/** Arbitrary JSON-like data whose every string leaf is a marker. */
const markedJunk = fc.anything({
  key: fc.oneof(marker, fc.constantFrom("id", "child", "birthDate", "name", "events", "at")),
  values: [marker, fc.integer(), fc.boolean(), fc.constant(null)],
  maxDepth: 3,
});

function leaks(result: ParseResult<unknown>): boolean {
  return !result.ok && result.issues.some((i) => /[⟦⟧]/.test(i.message) || /[⟦⟧]/.test(i.code));
}

describe("no issue text contains an input value", () => {
  it(
    "markers in arbitrary data never reach a message",
    () => {
      fc.assert(
        fc.property(markedJunk, (input) => {
          return PARSERS.every(([, parse]) => !leaks(parse(input)));
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    "a marker put anywhere in a valid case (value or key) never reaches a message",
    () => {
      fc.assert(
        fc.property(validCaseArbitrary(), fc.nat(), marker, fc.boolean(), (c, k, m, asKey) => {
          const paths = keyPaths(c);
          const p = paths[k % paths.length] ?? ["id"];
          const input = asKey ? setAt(c, [...p.slice(0, -1), m], m) : setAt(c, p, m);
          return !leaks(parseCase(input));
        }),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );
});

/** Every object and array reachable from `value`. */
function nodesOf(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === "object") {
    out.push(value);
    for (const v of Object.values(value)) nodesOf(v, out);
  }
  return out;
}

describe("inputs are never frozen", () => {
  it(
    "no node of arbitrary or case-shaped input is frozen or changed by any parser",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue(),
            caseShapedJunk.map((v) => JSON.parse(JSON.stringify(v))),
          ),
          (input) => {
            const text = JSON.stringify(input);
            for (const [, parse] of PARSERS) parse(input);
            if (JSON.stringify(input) !== text) return false;
            return nodesOf(input).every((node) => !Object.isFrozen(node));
          },
        ),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );
});

/** Ways to make an object of a valid case unlike plain JSON, keeping what zod reads. */
type Exotic = (o: Record<string, unknown>, key: string | undefined) => object;
const EXOTIC: readonly [string, Exotic][] = [
  [
    "a field made non-enumerable",
    (o, key) => (key === undefined ? o : Object.defineProperty(o, key, { enumerable: false })),
  ],
  [
    "a field made a getter",
    (o, key) => {
      if (key === undefined) return o;
      const v = o[key];
      return Object.defineProperty(o, key, { get: () => v, enumerable: true });
    },
  ],
  ["a symbol key", (o) => Object.assign(o, { [Symbol("s")]: 1 })],
  ["a class instance", (o) => Object.setPrototypeOf(o, class Record {}.prototype)],
  ["a null prototype", (o) => Object.setPrototypeOf(o, null)],
  ["a proxy", (o) => new Proxy(o, {})],
  [
    "a proxy that hides a key from enumeration",
    (o, key) => new Proxy(o, { ownKeys: (t) => Reflect.ownKeys(t).filter((k) => k !== key) }),
  ],
];

/** A copy of `value` (plain, unfrozen) with the object at `path` made exotic. */
function exoticAt(value: unknown, path: Path, make: Exotic, extra: string | undefined): unknown {
  const copy = JSON.parse(JSON.stringify(value));
  const target = getAt(copy, path);
  if (target === null || typeof target !== "object" || Array.isArray(target)) return undefined;
  const o = target as Record<string, unknown>;
  const keys = Object.keys(o);
  const key = keys[(extra?.length ?? 0) % Math.max(1, keys.length)];
  if (extra !== undefined) o[extra] = 1;
  const made = make(o, key);
  if (path.length === 0) return made;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = made;
  return copy;
}

describe("the fast path agrees with zod on objects that are not plain JSON", () => {
  it(
    "non-enumerable, accessor and symbol keys, class instances, null prototypes and proxies",
    () => {
      const objectPaths = (c: unknown): Path[] =>
        [[] as Path, ...keyPaths(c)].filter((p) => jsonType(getAt(c, p)) === "object");
      fc.assert(
        fc.property(
          validCaseArbitrary(),
          fc.nat(),
          fc.integer({ min: 0, max: EXOTIC.length - 1 }),
          fc.option(fc.constantFrom("extra", "x-unknown", "__proto__"), { nil: undefined }),
          (c, k, which, extra) => {
            const paths = objectPaths(c);
            const [, make] = EXOTIC[which] as [string, Exotic];
            const input = exoticAt(c, paths[k % paths.length] ?? [], make, extra);
            if (input === undefined) return;
            // The library first: zod may freeze what it is handed.
            const r = parseCase(input);
            const z = MissingCaseSchema.safeParse(
              exoticAt(c, paths[k % paths.length] ?? [], make, extra),
            );
            if (r.ok !== z.success) throw new Error(`verdicts differ: ${EXOTIC[which]?.[0]}`);
            if (r.ok) expect(r.value).toStrictEqual(z.data);
          },
        ),
        FC_PARAMS,
      );
    },
    TIMEOUT_MS,
  );
});

/**
 * Compiled criteria equal the trees they come from: every classification function gives
 * exactly the results of the oracle (the node-by-node implementation kept in `oracle/`), on
 * every output field and in every order, over random fact sets, ages, options and cases;
 * and the compiler's generated code equals its node-by-node fallback on random trees.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArbitrary, episodeFactsArbitrary } from "../../src/arbitraries/index.js";
import { compileCriteria, TRI_OF_CODE } from "../../src/classification/compile.js";
import {
  all,
  any,
  type CriterionDef,
  defineCriterion,
  type Expr,
  type InlineTest,
  leaf,
  ref,
  valueLeaf,
  valueTest,
  when,
} from "../../src/classification/expr.js";
import { EPISODE_FACT_KEYS, factsRecord } from "../../src/classification/facts-record.js";
import {
  type Age,
  ALERT_PLANS,
  type AmberStandard,
  alertEligibility,
  amberAlertEligibility,
  type CaseOptions,
  classifyCase,
  classifyEpisode,
  EpisodeFactsSchema,
  episodeTypeOf,
  isMissingChild,
  JURISDICTION_IDS,
  type MissingCase,
  type MissingChildDefinition,
  ncmecCaseType,
  suggestNcicCategory,
  type Tri,
} from "../../src/index.js";
import * as oracle from "./oracle/index.js";

const age: fc.Arbitrary<Age> = fc.oneof(
  fc.integer({ min: 0, max: 25 }),
  fc.constant(undefined),
  fc
    .tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 3 }))
    .map(([min, span]) => ({ min, max: min + span })),
);

const options: fc.Arbitrary<CaseOptions> = fc.record(
  {
    lureMentallyIncompetent: fc.boolean(),
    lureIntentToHarm: fc.boolean(),
    age: fc.record(
      {
        rule: fc.constantFrom("anniversary", "common-law"),
        leapDay: fc.constantFrom("mar1", "feb28"),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

/** `a` and `b` are the same result: deep-equal, and the same JSON (key order included). */
function same(a: unknown, b: unknown): void {
  expect(a).toStrictEqual(b);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

/** The result of `f`, or the error it threw (its class and message). */
function outcome<T>(f: () => T): T | { thrown: string } {
  try {
    return f();
  } catch (e) {
    return { thrown: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

/** Facts in the shapes callers hand in: a literal, JSON, no prototype, a class, inherited. */
const factsShapes: readonly [string, (f: object) => object][] = [
  ["a literal", (f) => ({ ...f })],
  ["JSON", (f) => JSON.parse(JSON.stringify(f))],
  ["no prototype", (f) => Object.assign(Object.create(null), f)],
  ["a class instance", (f) => Object.assign(new (class Facts {})(), f)],
  ["inherited from a prototype", (f) => Object.create(f)],
  ["frozen", (f) => Object.freeze({ ...f })],
];

describe("classifyEpisode equals the node-by-node oracle", () => {
  it("on random fact sets (in every shape), ages and options", () => {
    fc.assert(
      fc.property(
        episodeFactsArbitrary(),
        age,
        options,
        fc.constantFrom(...factsShapes),
        (facts, a, opts, [, shape]) => {
          const input = shape(facts);
          same(
            classifyEpisode(input, { age: a }, opts),
            oracle.classifyEpisode(input, { age: a }, opts),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("on misuse: the same errors", () => {
    for (const [facts, context] of [
      [null, { age: 1 }],
      [5, { age: 1 }],
      [{}, null],
      [{}, { age: -1 }],
      [{}, { age: 1.5 }],
      [{}, { age: { min: 3, max: 2 } }],
      [{}, { age: "12" }],
    ] as const) {
      same(
        outcome(() => classifyEpisode(facts as never, context as never)),
        outcome(() => oracle.classifyEpisode(facts as never, context as never)),
      );
    }
  });

  it("returns results that cannot be changed: shared parts are frozen", () => {
    const r = classifyEpisode({ leftWithoutPermission: true }, { age: 15 });
    expect(Object.isFrozen(r.criteria)).toBe(true);
    expect(r.criteria.every((k) => Object.isFrozen(k))).toBe(true);
    expect(Object.isFrozen(r.types)).toBe(true);
    expect(Object.isFrozen(r.missingFacts)).toBe(true);
  });
});

const STANDARDS: readonly AmberStandard[] = ["doj", "ny"];
const DEFINITIONS: readonly MissingChildDefinition[] = [
  "federal",
  "ny",
  "ncmec",
  ...JURISDICTION_IDS,
];

/** Every case-level function, with the oracle's twin. */
function caseResults(impl: typeof oracle, c: MissingCase, opts: CaseOptions) {
  return {
    classifyCase: outcome(() => impl.classifyCase(c, opts)),
    episodeTypeOf: outcome(() => impl.episodeTypeOf(c, opts)),
    amber: STANDARDS.map((standard) =>
      outcome(() => impl.amberAlertEligibility(c, { ...opts, standard })),
    ),
    alerts: ALERT_PLANS.map((p) => outcome(() => impl.alertEligibility(c, p.id, opts))),
    ncic: outcome(() => impl.suggestNcicCategory(c, opts)),
    ncmec: outcome(() => impl.ncmecCaseType(c, opts)),
    missingChild: DEFINITIONS.map((d) => outcome(() => impl.isMissingChild(c, d, opts))),
  };
}

const library = {
  alertEligibility,
  classifyCase,
  episodeTypeOf,
  amberAlertEligibility,
  suggestNcicCategory,
  ncmecCaseType,
  isMissingChild,
  classifyEpisode,
  caseContext: oracle.caseContext,
} as typeof oracle;

describe("the case-level functions equal the node-by-node oracle", () => {
  it("on random valid cases and options", () => {
    fc.assert(
      fc.property(caseArbitrary(), options, (c, opts) => {
        same(caseResults(library, c, opts), caseResults(oracle, c, opts));
      }),
      { numRuns: 600 },
    );
  });

  it("on cases whose facts take every shape, and cases fully described (AMBER can be met)", () => {
    fc.assert(
      fc.property(
        caseArbitrary(),
        episodeFactsArbitrary(),
        fc.constantFrom(...factsShapes),
        fc.boolean(),
        (c, facts, [, shape], described) => {
          const child = described
            ? { ...c.child, heightCm: 150, weightKg: 40, eyeColor: "BRO", hairColor: "BLK" }
            : c.child;
          const input = {
            ...c,
            child,
            facts: shape(facts),
            ncic: { flags: ["CA"] },
          } as MissingCase;
          same(caseResults(library, input, {}), caseResults(oracle, input, {}));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("on misuse and broken cases: the same errors", () => {
    const c = fc.sample(caseArbitrary(), { numRuns: 1, seed: 3 })[0] as MissingCase;
    const broken: unknown[] = [
      null,
      5,
      { ...c, facts: 7 },
      { ...c, facts: null },
      { ...c, lastContactAt: "yesterday" },
      { ...c, reportedAt: "2025-13-01T00:00:00Z" },
      { ...c, timeZone: "Mars/Base" },
      { ...c, child: { ...c.child, birthDate: "x" } },
      { ...c, child: null },
    ];
    for (const input of broken) {
      same(
        caseResults(library, input as MissingCase, {}),
        caseResults(oracle, input as MissingCase, {}),
      );
    }
    same(
      outcome(() => amberAlertEligibility(c, { standard: "xx" as AmberStandard })),
      outcome(() => oracle.amberAlertEligibility(c, { standard: "xx" as AmberStandard })),
    );
    same(
      outcome(() => isMissingChild(c, "xx" as MissingChildDefinition)),
      outcome(() => oracle.isMissingChild(c, "xx" as MissingChildDefinition)),
    );
  });
});

describe("the facts record", () => {
  it("lists every field of the model, in its order", () => {
    expect(EPISODE_FACT_KEYS).toEqual(Object.keys(EpisodeFactsSchema.unwrap().shape));
  });

  it("reads each fact as the object does, generated or not", () => {
    fc.assert(
      fc.property(episodeFactsArbitrary(), fc.constantFrom(...factsShapes), (facts, [, shape]) => {
        const input = shape(facts) as Record<string, unknown>;
        const expected = Object.fromEntries(EPISODE_FACT_KEYS.map((k) => [k, input[k]]));
        same(factsRecord(input), expected);
        same(factsRecord(input, true), expected);
      }),
    );
  });
});

// Random criteria over a context of named three-valued leaves, to check the compiler on its own.
type Ctx = { readonly v: Readonly<Record<string, Tri | undefined>>; readonly on: boolean };
const NAMES = ["a", "b", "c", "d", "e"] as const;

// Value leaves on `a` to `d` are tested in line (`valueTest`: equal, at least, one of); on `e`
// the leaf calls its test.
const INLINE: Readonly<Record<string, InlineTest>> = {
  a: { equals: true },
  b: { equals: false },
  c: { atLeast: 1 },
  d: { oneOf: ["unknown", "x"] },
};
const leafOf = (name: string, asValue: boolean): Expr<Ctx> => {
  if (!asValue) return leaf<Ctx>(name, name, (ctx) => ctx.v[name] ?? "unknown", name !== "e");
  const inline = INLINE[name];
  return inline
    ? valueTest<Ctx>(["v", name], name, inline)
    : valueLeaf<Ctx, Tri>(["v", name], name, name, (x) => x === true);
};

const exprArbitrary: fc.Arbitrary<Expr<Ctx>> = fc.letrec<{ expr: Expr<Ctx> }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(fc.constantFrom(...NAMES), fc.boolean()).map(([n, v]) => leafOf(n, v)),
    fc.array(tie("expr"), { maxLength: 4 }).map((of) => all(...of)),
    fc.array(tie("expr"), { maxLength: 4 }).map((of) => any(...of)),
    tie("expr").map((e) => when<Ctx>("on", (ctx) => ctx.on, e)),
  ),
})).expr;

const criteriaArbitrary: fc.Arbitrary<CriterionDef<Ctx>[]> = fc
  .array(exprArbitrary, { minLength: 1, maxLength: 6 })
  .map((exprs) => {
    const defs: CriterionDef<Ctx>[] = [];
    for (const [i, expr] of exprs.entries()) {
      // Some criteria use an earlier one: a shared node, evaluated once.
      const earlier = defs[i - 1];
      const e = earlier && i % 2 === 0 ? any(ref(earlier), expr) : expr;
      defs.push(defineCriterion<Ctx>({ id: `k${i}`, ruleId: "EP-1", expr: e }));
    }
    return defs;
  });

const ctxArbitrary: fc.Arbitrary<Ctx> = fc.record({
  v: fc.record(
    Object.fromEntries(
      NAMES.map((n) => [n, fc.constantFrom<Tri | undefined>(true, false, "unknown", undefined)]),
    ),
  ),
  on: fc.boolean(),
});

describe("compileCriteria", () => {
  it("generated code equals the trees evaluated node by node, with missing facts", () => {
    fc.assert(
      fc.property(criteriaArbitrary, ctxArbitrary, fc.boolean(), (defs, ctx, untilMet) => {
        const generated = compileCriteria(defs, { missing: true });
        const trees = compileCriteria(defs, { missing: true, interpreted: true });
        expect(generated.run(ctx, untilMet)).toBe(trees.run(ctx, untilMet));
        expect(generated.missing[0]).toBe(trees.missing[0]);
        // And each outcome is what the tree says.
        const vector = generated.run(ctx);
        for (const [i, def] of defs.entries()) {
          expect(TRI_OF_CODE[(vector >>> (2 * i)) & 3]).toBe(def.expr.evaluate(ctx).met);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses lists over its limits", () => {
    const many = Array.from({ length: 16 }, (_, i) =>
      defineCriterion<Ctx>({ id: `k${i}`, ruleId: "EP-1", expr: leafOf("a", false) }),
    );
    expect(() => compileCriteria(many)).toThrow(RangeError);
    const facts = Array.from({ length: 32 }, (_, i) => leafOf(`f${i}`, true));
    const wide = [defineCriterion<Ctx>({ id: "w", ruleId: "EP-1", expr: all(...facts) })];
    expect(() => compileCriteria(wide, { missing: true })).toThrow(RangeError);
    expect(compileCriteria(wide).run({ v: {}, on: false })).toBe(2);
  });
});

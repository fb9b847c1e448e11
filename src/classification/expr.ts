/**
 * Criteria as data: each criterion is a {@link CriterionDef} whose condition is a small
 * expression tree. The same tree is evaluated (three-valued), lists the facts it reads, finds
 * the facts whose absence left it unknown, and renders itself as text for
 * `docs/classification.md`, so the docs cannot drift from the code. Each criterion names the
 * rule of the rule book it applies (`ruleId`); the rule's words, status and sources live
 * there only.
 * @module
 */
import type { Tri } from "./tri.js";

/**
 * The outcome of an expression: its truth value and, when it is `'unknown'`, the facts whose
 * absence left it so (empty when decided).
 * @internal
 */
export type Verdict = { readonly met: Tri; readonly missing: readonly string[] };

/**
 * The structure of a condition, which `compile.ts` turns into straight-line code: a leaf's
 * test (and the fact it names when unknown, if it counts as missing), or the path of the
 * value it tests; a junction's operands; or an option's switch and condition. A `ref` shares its criterion's node, so a condition
 * used in several criteria is evaluated once per call.
 * @internal
 */
export type Node<C> =
  | { readonly op: "leaf"; readonly test: (ctx: C) => Tri; readonly missing?: string }
  | {
      readonly op: "value";
      readonly path: readonly string[];
      readonly test: (value: never, ctx: C) => boolean;
      /** Set when `test` is one compiled code can write in line (see {@link InlineTest}). */
      readonly inline?: InlineTest;
      readonly missing: string;
    }
  | { readonly op: "all" | "any"; readonly of: readonly Expr<C>[] }
  | { readonly op: "when"; readonly isOn: (ctx: C) => boolean; readonly expr: Expr<C> };

/**
 * A condition over a context `C`: evaluable, with its text, the facts it reads and its
 * structure (`node`).
 * @internal
 */
export type Expr<C> = {
  readonly kind: "leaf" | "all" | "any";
  readonly text: string;
  readonly reads: readonly string[];
  readonly node: Node<C>;
  evaluate(ctx: C): Verdict;
};

/**
 * One criterion: its result id, the id of the rule it applies (in `RULES`), an optional note
 * on how this library reads the rule for it, and its condition. `reads` is derived from the
 * condition.
 * @internal
 */
export type CriterionDef<C> = {
  readonly id: string;
  readonly ruleId: string;
  readonly note?: string;
  readonly expr: Expr<C>;
  readonly reads: readonly string[];
};

/**
 * `Object.freeze`, marked free of side effects so that a bundler can drop an unused frozen
 * table (tsup merges modules into chunks, where `sideEffects: false` no longer helps).
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function frozen<T>(value: T): Readonly<T> {
  return Object.freeze(value);
}

/**
 * The text `name ∈ {a, b}` of a set test.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function inSet(name: string, values: readonly string[]): string {
  return `${name} ∈ {${values.join(", ")}}`;
}

const NONE: readonly string[] = frozen([]);
const TRUE: Verdict = frozen({ met: true, missing: NONE });
const FALSE: Verdict = frozen({ met: false, missing: NONE });
const UNKNOWN: Verdict = frozen({ met: "unknown", missing: NONE });

// A plain loop: Array.prototype.flat is slow in V8, and this runs on every unknown verdict.
function union(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * A leaf reading one fact. When `test` gives `'unknown'`, the leaf names `reads` as missing
 * unless `countsAsMissing` is false (an uncertain age is not a missing fact).
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function leaf<C>(
  reads: string,
  text: string,
  test: (ctx: C) => Tri,
  countsAsMissing = true,
): Expr<C> {
  const unknown: Verdict = countsAsMissing
    ? frozen({ met: "unknown", missing: frozen([reads]) })
    : UNKNOWN;
  return {
    kind: "leaf",
    text,
    reads: [reads],
    node: countsAsMissing ? { op: "leaf", test, missing: reads } : { op: "leaf", test },
    evaluate(ctx) {
      const met = test(ctx);
      return met === "unknown" ? unknown : met ? TRUE : FALSE;
    },
  };
}

/** The value at `path` in `ctx`, each step optional (`ctx?.a?.b`). */
function valueAt(ctx: unknown, path: readonly string[]): unknown {
  let v = ctx;
  for (const key of path) {
    if (v === undefined || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * A leaf on one value of the context, read by a path of property names (`["facts",
 * "nightsAway"]` reads `ctx.facts?.nightsAway`): `'unknown'` (naming `reads` as missing)
 * when the value is `undefined`, else `test(value, ctx)`. The path is data, so that compiled
 * criteria read the value inline rather than through a closure.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function valueLeaf<C, V>(
  path: readonly string[],
  reads: string,
  text: string,
  test: (value: V, ctx: C) => boolean,
): Expr<C> {
  const e = leaf<C>(reads, text, (ctx) => {
    const v = valueAt(ctx, path) as V | undefined;
    return v === undefined ? "unknown" : test(v, ctx);
  });
  return { ...e, node: { op: "value", path, test, missing: reads } };
}

/**
 * A value test that compiled criteria write in line instead of calling it: `value ===
 * equals`, `value >= atLeast`, or `value` one of the strings `oneOf` (each the same test
 * the leaf's function makes).
 * @internal
 */
export type InlineTest =
  | { readonly equals: boolean | string | number }
  | { readonly atLeast: number }
  | { readonly oneOf: readonly string[] };

/** The function form of an inline test (for `evaluate` and the interpreted path). */
function testOf(inline: InlineTest): (value: unknown) => boolean {
  if ("equals" in inline) return (v) => v === inline.equals;
  if ("atLeast" in inline) return (v) => (v as number) >= inline.atLeast;
  return (v) => inline.oneOf.includes(v as string);
}

/** The text of an inline test on `name`, as the criteria tables read it. */
function textOf(name: string, inline: InlineTest): string {
  if ("atLeast" in inline) return `${name} ≥ ${inline.atLeast}`;
  if ("oneOf" in inline) return inSet(name, inline.oneOf);
  if (inline.equals === true) return name;
  if (inline.equals === false) return `¬${name}`;
  return `${name} = ${inline.equals}`;
}

/**
 * {@link valueLeaf} whose test compiled code writes in line (no call), its text written from
 * the test: `nightsAway ≥ 2`, `takenBy ∈ {stranger, slight-acquaintance}`, `¬flight`.
 *
 * @example
 * ```ts
 * valueTest(["facts", "nightsAway"], "nightsAway", { atLeast: 2 }).text; // "nightsAway ≥ 2"
 * ```
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function valueTest<C>(path: readonly string[], reads: string, inline: InlineTest): Expr<C> {
  const e = valueLeaf<C, unknown>(path, reads, textOf(reads, inline), testOf(inline));
  return { ...e, node: { ...(e.node as Extract<Node<C>, { op: "value" }>), inline } };
}

function wrap(e: Expr<unknown>, parent: "all" | "any"): string {
  return e.kind === "leaf" || e.kind === parent ? e.text : `(${e.text})`;
}

// AND and OR differ only in which value decides: false for AND, true for OR.
/* @__NO_SIDE_EFFECTS__ */
function junction<C>(kind: "all" | "any", of: readonly Expr<C>[]): Expr<C> {
  // Kleene: an operand equal to `decides` settles the junction (true for OR, false for AND).
  const decides = kind === "any";
  return {
    kind,
    text: of.map((e) => wrap(e as Expr<unknown>, kind)).join(kind === "all" ? " ∧ " : " ∨ "),
    reads: union(of.map((e) => e.reads)),
    node: { op: kind, of },
    evaluate(ctx) {
      // Only unknown operands can block a decision: the decided ones all went the other way.
      const missing: (readonly string[])[] = [];
      let unknown = false;
      for (const e of of) {
        const v = e.evaluate(ctx);
        if (v.met === decides) return decides ? TRUE : FALSE;
        if (v.met === "unknown") {
          unknown = true;
          missing.push(v.missing);
        }
      }
      if (!unknown) return decides ? FALSE : TRUE;
      return { met: "unknown", missing: union(missing) };
    },
  };
}

/**
 * Kleene AND of expressions.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function all<C>(...of: readonly Expr<C>[]): Expr<C> {
  return junction("all", of);
}

/**
 * Kleene OR of expressions.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function any<C>(...of: readonly Expr<C>[]): Expr<C> {
  return junction("any", of);
}

/**
 * An optional limb (a part of a rule that is not confirmed, off by default): `false` unless
 * `isOn(ctx)`, else `expr`.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function when<C>(option: string, isOn: (ctx: C) => boolean, expr: Expr<C>): Expr<C> {
  return {
    kind: "leaf",
    text: `[if option ${option}] ${wrap(expr as Expr<unknown>, "all")}`,
    reads: expr.reads,
    node: { op: "when", isOn, expr },
    evaluate: (ctx) => (isOn(ctx) ? expr.evaluate(ctx) : FALSE),
  };
}

/**
 * Another criterion's condition used inside this one, shown by name in the text.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function ref<C>(criterion: CriterionDef<C>): Expr<C> {
  return { ...criterion.expr, kind: "leaf", text: `${criterion.id} (${criterion.ruleId})` };
}

/**
 * A criterion, with `reads` derived from its condition.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCriterion<C>(spec: Omit<CriterionDef<C>, "reads">): CriterionDef<C> {
  return frozen({ ...spec, reads: spec.expr.reads });
}

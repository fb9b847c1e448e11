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
 * A condition over a context `C`: evaluable, with its text and the facts it reads.
 * @internal
 */
export type Expr<C> = {
  readonly kind: "leaf" | "all" | "any";
  readonly text: string;
  readonly reads: readonly string[];
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
    evaluate(ctx) {
      const met = test(ctx);
      return met === "unknown" ? unknown : met ? TRUE : FALSE;
    },
  };
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

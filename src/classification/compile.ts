/**
 * Criteria compiled: a list of criteria (expression trees, `expr.ts`) becomes one function
 * that evaluates them in order and returns their outcomes as a compact vector, two bits per
 * criterion (0 false, 1 true, 2 unknown), and, when asked, the facts whose absence left them
 * unknown as a bit mask. The callers build their results from that vector, sharing frozen
 * parts (a criterion's outcome object, a result per vector) instead of allocating them.
 *
 * The function is generated code where the host allows it (`new Function`): one straight
 * line per criterion with each leaf's test called from a call site of its own, which V8
 * inlines; walking the trees node by node through shared call sites cost 20 times more.
 * Where code generation is not allowed (a Content-Security-Policy without 'unsafe-eval'),
 * the trees are evaluated node by node (`Expr.evaluate`), with the same results.
 *
 * The semantics are exactly those of `Expr.evaluate`: Kleene AND/OR evaluated left to right,
 * stopping at the first operand that decides; a junction left unknown names the missing facts
 * of its unknown operands. A condition shared by several criteria (a `ref`, or one leaf used
 * twice) is evaluated once per call: tests are pure functions of the context.
 * @module
 */
import type { CriterionDef, Expr, InlineTest, Node } from "./expr.js";
import type { Tri } from "./tri.js";

/**
 * The outcome codes of a vector, as `Tri`: 0 `false`, 1 `true`, 2 `'unknown'`.
 * @internal
 */
export const TRI_OF_CODE: readonly Tri[] = Object.freeze([false, true, "unknown"]);

/**
 * Criteria compiled by {@link compileCriteria}.
 * @internal
 */
export type CompiledCriteria<C> = {
  /**
   * Evaluates the criteria in order and returns their codes, criterion `i` at bits `2i` and
   * `2i + 1`. With `untilMet`, stops after the first criterion that is met (the codes after
   * it are 0). After the call, `missing[0]` holds the mask (over `facts`) of the facts whose
   * absence left a criterion unknown, when compiled with `missing: true`.
   */
  readonly run: (ctx: C, untilMet?: boolean) => number;
  readonly missing: Int32Array;
  /** The fact each bit of the missing mask stands for, in the order the criteria read them. */
  readonly facts: readonly string[];
};

/** The most criteria one vector holds (two bits each in a 31-bit integer). */
const MAX_CRITERIA = 15;
/** The most distinct missing facts one mask holds. */
const MAX_FACTS = 31;

let evalAllowed: boolean | undefined;

/**
 * A function made from source with `new Function(...params, body)`, or `undefined` where the
 * host does not allow code generation (checked once, as zod checks it).
 * @internal
 */
export function generated<F>(params: readonly string[], body: string): F | undefined {
  if (evalAllowed === undefined) {
    try {
      evalAllowed = new Function("return true")() === true;
    } catch {
      evalAllowed = false;
    }
  }
  return evalAllowed ? (new Function(...params, body) as F) : undefined;
}

/** Every node of `expr` in evaluation order, each shared node once. */
function* nodesOf<C>(expr: Expr<C>, seen: Set<Node<C>>): Generator<Node<C>> {
  const node = expr.node;
  if (seen.has(node)) return;
  seen.add(node);
  yield node;
  if (node.op === "all" || node.op === "any") for (const e of node.of) yield* nodesOf(e, seen);
  else if (node.op === "when") yield* nodesOf(node.expr, seen);
}

/**
 * The facts a list of criteria may name as missing, by bit, in the order the criteria read
 * them (their `reads`, in order): the order the results list them in.
 */
function missingFacts<C>(defs: readonly CriterionDef<C>[]): string[] {
  const counted = new Set<string>();
  const seen = new Set<Node<C>>();
  for (const def of defs) {
    for (const node of nodesOf(def.expr, seen)) {
      if ((node.op === "leaf" || node.op === "value") && node.missing !== undefined) {
        counted.add(node.missing);
      }
    }
  }
  return [...new Set(defs.flatMap((d) => d.reads))].filter((f) => counted.has(f));
}

/** How many times each node is reached from the criteria (a shared node more than once). */
function useCounts<C>(defs: readonly CriterionDef<C>[]): Map<Node<C>, number> {
  const counts = new Map<Node<C>, number>();
  const visit = (expr: Expr<C>): void => {
    const n = (counts.get(expr.node) ?? 0) + 1;
    counts.set(expr.node, n);
    if (n > 1) return;
    const node = expr.node;
    if (node.op === "all" || node.op === "any") node.of.forEach(visit);
    else if (node.op === "when") visit(node.expr);
  };
  for (const def of defs) visit(def.expr);
  return counts;
}

/** An inline test as an expression over `v` (the same test as the leaf's function). */
function inlineTest(inline: InlineTest, v: string): string {
  if ("equals" in inline) return `${v} === ${JSON.stringify(inline.equals)}`;
  if ("atLeast" in inline) return `${v} >= ${JSON.stringify(inline.atLeast)}`;
  return `(${inline.oneOf.map((x) => `${v} === ${JSON.stringify(x)}`).join(" || ")})`;
}

/** The generated source of a list of criteria, and the constants it reads (`k[i]`). */
class Program<C> {
  readonly constants: unknown[] = [];
  readonly vars: string[] = [];
  private readonly generated = new Map<Node<C>, { readonly id: number; readonly code: string }>();

  constructor(
    private readonly uses: Map<Node<C>, number>,
    private readonly facts: readonly string[] | undefined,
  ) {}

  private ref(constant: unknown): string {
    return `k[${this.constants.push(constant) - 1}]`;
  }

  /**
   * Statements that leave the outcome of `expr` in `m<id>` (and its missing mask in `x<id>`).
   * A shared node's statements stand at each of its uses, guarded so that whichever use runs
   * first computes it and the others read its variables.
   */
  node(expr: Expr<C>): { readonly id: number; readonly code: string } {
    const node = expr.node;
    const known = this.generated.get(node);
    if (known) return known;
    const id = this.vars.length / 2;
    const shared = (this.uses.get(node) ?? 0) > 1;
    this.vars.push(shared ? `m${id} = -1` : `m${id} = 0`, `x${id} = 0`);
    const body = this.body(node, id);
    const out = { id, code: shared ? `if (m${id} < 0) { ${body} }` : body };
    this.generated.set(node, out);
    return out;
  }

  private body(node: Node<C>, id: number): string {
    const m = `m${id}`;
    const x = `x${id}`;
    switch (node.op) {
      case "leaf": {
        const bit = node.missing === undefined ? -1 : (this.facts?.indexOf(node.missing) ?? -1);
        const miss = bit < 0 ? "" : ` ${x} = ${(2 ** bit) | 0};`;
        return `t = ${this.ref(node.test)}(ctx); ${m} = t === "unknown" ? 2 : t ? 1 : 0;${miss}`;
      }
      case "value": {
        const bit = this.facts?.indexOf(node.missing) ?? -1;
        const miss = bit < 0 ? "" : ` ${x} = ${(2 ** bit) | 0};`;
        const read = node.path.map(
          (key) => `t = t == null ? undefined : t[${JSON.stringify(key)}];`,
        );
        const test = node.inline ? inlineTest(node.inline, "t") : `${this.ref(node.test)}(t, ctx)`;
        return `t = ctx; ${read.join(" ")} ${m} = t === undefined ? 2 : ${test} ? 1 : 0;${miss}`;
      }
      case "when": {
        const inner = this.node(node.expr);
        return `if (${this.ref(node.isOn)}(ctx)) { ${inner.code} ${m} = m${inner.id}; ${x} = x${inner.id}; } else ${m} = 0;`;
      }
      default:
        return this.junction(node.op, node.of, m, x);
    }
  }

  /** Kleene AND/OR, left to right, stopping at the first operand that decides. */
  private junction(op: "all" | "any", of: readonly Expr<C>[], m: string, x: string): string {
    const decides = op === "any" ? 1 : 0;
    let code = "";
    for (let i = of.length - 1; i >= 0; i--) {
      const e = this.node(of[i] as Expr<C>);
      code = `${e.code} if (m${e.id} === ${decides}) ${m} = ${decides}; else { if (m${e.id} === 2) { ${m} = 2; ${x} |= x${e.id}; } ${code} }`;
    }
    return `${m} = ${1 - decides}; ${x} = 0; ${code}`;
  }
}

/** The generated function of `defs`, or `undefined` when code cannot be generated. */
function generate<C>(
  defs: readonly CriterionDef<C>[],
  facts: readonly string[] | undefined,
  missing: Int32Array,
): CompiledCriteria<C>["run"] | undefined {
  const g = new Program(useCounts(defs), facts);
  const steps = defs.map((def, i) => {
    const e = g.node(def.expr);
    const miss = facts ? ` if (m${e.id} === 2) X |= x${e.id};` : "";
    return `${e.code} p |= m${e.id} << ${2 * i};${miss} if (untilMet === true && m${e.id} === 1) { M[0] = X; return p; }`;
  });
  const source = `"use strict"; return function criteria(ctx, untilMet) {
  let p = 0, X = 0, t, ${g.vars.join(", ")};
  ${steps.join("\n  ")}
  M[0] = X; return p;
};`;
  type Make = (k: unknown[], m: Int32Array) => CompiledCriteria<C>["run"];
  return generated<Make>(["k", "M"], source)?.(g.constants, missing);
}

/** The same function, evaluating each criterion's tree node by node (`Expr.evaluate`). */
function interpret<C>(
  defs: readonly CriterionDef<C>[],
  facts: readonly string[] | undefined,
  missing: Int32Array,
): CompiledCriteria<C>["run"] {
  return (ctx, untilMet) => {
    let p = 0;
    let mask = 0;
    for (let i = 0; i < defs.length; i++) {
      const v = (defs[i] as CriterionDef<C>).expr.evaluate(ctx);
      const code = v.met === "unknown" ? 2 : v.met ? 1 : 0;
      p |= code << (2 * i);
      if (facts) for (const f of v.missing) mask |= 1 << facts.indexOf(f);
      if (untilMet === true && code === 1) break;
    }
    missing[0] = mask;
    return p;
  };
}

/**
 * Compiles a list of criteria (at most 15) into one function (see the module): generated
 * code where the host allows it, else the trees evaluated node by node, with the same
 * results. `missing: true` also tracks the missing facts (at most 31 distinct ones).
 * `interpreted: true` forces the node-by-node evaluation (for tests). Throws a `RangeError`
 * when a list is over those limits: a bug of the caller.
 *
 * @example
 * ```ts
 * const compiled = compileCriteria(episodeCriteria(), { missing: true });
 * const vector = compiled.run(ctx);
 * TRI_OF_CODE[(vector >> 2) & 3]; // the second criterion's outcome
 * ```
 * @internal
 */
export function compileCriteria<C>(
  defs: readonly CriterionDef<C>[],
  options: { readonly missing?: boolean; readonly interpreted?: boolean } = {},
): CompiledCriteria<C> {
  if (defs.length > MAX_CRITERIA) throw new RangeError(`at most ${MAX_CRITERIA} criteria`);
  const facts = options.missing === true ? missingFacts(defs) : undefined;
  if (facts && facts.length > MAX_FACTS) throw new RangeError(`at most ${MAX_FACTS} facts`);
  const missing = new Int32Array(1);
  const run =
    (options.interpreted === true ? undefined : generate(defs, facts, missing)) ??
    interpret(defs, facts, missing);
  return { run, missing, facts: facts ?? [] };
}

/**
 * A compiled list of criteria built on first use, so that importing the package compiles
 * nothing.
 *
 * @example
 * ```ts
 * const amber = lazyCriteria(() => AMBER_CRITERIA.doj);
 * amber().run(ctx);
 * ```
 * @internal
 */
export function lazyCriteria<C>(
  defs: () => readonly CriterionDef<C>[],
  options?: { readonly missing?: boolean },
): () => CompiledCriteria<C> {
  let compiled: CompiledCriteria<C> | undefined;
  return () => {
    compiled ??= compileCriteria(defs(), options);
    return compiled;
  };
}

/**
 * The bridge from this library's cross-field rules to zod refinements: each finding becomes
 * a zod `custom` issue that carries its code as data (`params.code`) and the code's message.
 * @module
 */
import type * as z from "zod";
import { ISSUE_MESSAGES } from "../issues/codes.js";
import type { RuleIssue } from "../issues/issue.js";

/**
 * Reports rule findings on a zod refinement context.
 *
 * @example
 * ```ts
 * schema.superRefine((op, ctx) => reportRuleIssues(operationRuleIssues(op), ctx), WHEN_VALID);
 * ```
 * @internal
 */
export function reportRuleIssues(findings: readonly RuleIssue[], ctx: z.RefinementCtx): void {
  for (const { code, path } of findings) {
    ctx.addIssue({ code: "custom", message: ISSUE_MESSAGES[code], path, params: { code } });
  }
}

/** Rule functions by the zod check that reports them (see {@link refineWithRules}). */
const rulesByCheck = new WeakMap<object, (value: never) => readonly RuleIssue[]>();

/**
 * `schema` refined by a cross-field rule function: its findings become zod issues (run only
 * on input whose fields are each valid, {@link WHEN_VALID}, unless `options.always`). The
 * fast path (`fast.ts`) finds the function again through {@link rulesOf} and calls it
 * directly: the check passes exactly when the function finds nothing.
 *
 * @example
 * ```ts
 * const OperationSchema = refineWithRules(z.strictObject({ … }), operationRuleIssues).readonly();
 * ```
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function refineWithRules<S extends z.ZodType>(
  schema: S,
  rules: (value: z.output<S>) => readonly RuleIssue[],
  options: { readonly always?: boolean } = {},
): S {
  const report = (v: z.output<S>, ctx: z.RefinementCtx) => reportRuleIssues(rules(v), ctx);
  // `always`: also on input with invalid items (a rule that reads each item on its own).
  const refined = options.always
    ? schema.superRefine(report)
    : schema.superRefine(report, WHEN_VALID);
  const checks = refined._zod.def.checks ?? [];
  const check = checks[checks.length - 1];
  if (check) rulesByCheck.set(check, rules as (value: never) => readonly RuleIssue[]);
  return refined;
}

/**
 * The rule function a check of {@link refineWithRules} reports, or `undefined` for any other
 * check.
 *
 * @example
 * ```ts
 * rulesOf(check)?.(value).length === 0; // the check passes
 * ```
 * @internal
 */
export function rulesOf(check: object): ((value: never) => readonly RuleIssue[]) | undefined {
  return rulesByCheck.get(check);
}

/**
 * Refinement options that run a cross-field rule only on input whose fields are each valid:
 * zod would otherwise run it after a continuable issue (an unknown zone, say), on data the
 * rule cannot read.
 *
 * @example
 * ```ts
 * z.strictObject({ a: z.string() }).superRefine(rule, WHEN_VALID);
 * ```
 * @internal
 */
export const WHEN_VALID = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

/**
 * Zod check parameters that give a check's issues one of this library's codes (as data,
 * `params.code`) and its message.
 *
 * @example
 * ```ts
 * z.string().regex(NIC_PATTERN, coded("nic/invalid"));
 * ```
 * @internal
 */
export function coded(code: keyof typeof ISSUE_MESSAGES, abort = false) {
  return { error: ISSUE_MESSAGES[code], params: { code }, abort };
}

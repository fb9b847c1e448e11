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

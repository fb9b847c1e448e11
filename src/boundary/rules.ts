/**
 * The bridge from this library's rules to zod refinements: a rule issue becomes a zod
 * `custom` issue whose message is the code, which `toIssues` turns back into an `Issue`.
 * @module
 */
import type * as z from "zod";
import type { IssueCode } from "../issues/codes.js";

/** A finding of a cross-field rule. @internal */
export type RuleFinding = { readonly code: IssueCode; readonly path: (string | number)[] };

/** Reports rule findings on a zod refinement context. @internal */
export function reportRuleIssues(findings: readonly RuleFinding[], ctx: z.RefinementCtx): void {
  for (const f of findings) ctx.addIssue({ code: "custom", message: f.code, path: f.path });
}

/**
 * Refinement options that run a cross-field rule only on input whose fields are each valid:
 * zod would otherwise run it after a continuable issue (an unknown zone, say), on data the
 * rule cannot read.
 * @internal
 */
export const WHEN_VALID = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

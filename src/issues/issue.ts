/**
 * The issue model: what a failed parse returns, and what a cross-field rule finds. An issue
 * has a stable `code`, a `path` and a message written from the schema, never from the input
 * (which may hold a child's name or birth date). Codes travel as data, beside the message,
 * never inside it.
 * @module
 */
import type { IssueCode } from "./codes.js";

/**
 * A problem found in input: a stable code, where it is, and what is expected.
 *
 * @example
 * ```ts
 * const issue: Issue = { code: "schema/missing", path: ["child", "sex"], message: "Required field is missing" };
 * ```
 */
export interface Issue {
  /** A stable code `area/problem` (see `docs/issues.md`); new versions may add codes. */
  readonly code: IssueCode;
  /** Where the problem is: object keys and array indexes from the root of the input. */
  readonly path: (string | number)[];
  /** What is expected, written from the schema, never quoting the input. */
  readonly message: string;
}

/**
 * The result of a parse: the value, or the issues. Never thrown.
 *
 * @example
 * ```ts
 * const r: ParseResult<Child> = parseChild(input);
 * const child = r.ok ? r.value : undefined;
 * ```
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: Issue[] };

/**
 * Options of every `parse*` function. `maxIssues` (a whole number ≥ 1, default 100): the
 * parse stops after that many issues and adds one last issue `schema/too-many-issues`, so
 * that its time and memory are bounded by what it read up to there.
 *
 * @example
 * ```ts
 * parseCase(input, { maxIssues: 10 });
 * ```
 */
export type ParseOptions = { readonly maxIssues?: number };

/**
 * What a cross-field rule finds: its code and where. The parse turns it into an {@link Issue}
 * with the code's message.
 *
 * @example
 * ```ts
 * const found: RuleIssue = { code: "case/status-mismatch", path: ["status"] };
 * ```
 * @internal
 */
export type RuleIssue = { readonly code: IssueCode; readonly path: (string | number)[] };

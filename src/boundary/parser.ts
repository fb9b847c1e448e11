/**
 * Parsing at the boundary: `unknown` in, a typed value or issues out; never a throw, never a
 * change to the input, and work bounded by what was read up to the issue limit.
 *
 * 1. The compiled fast path (`fast.ts`) reads the input and builds zod's output when it is
 *    valid; it stops at the first thing it does not accept.
 * 2. Otherwise a bounded copy of the input (`snapshot.ts`) is made, and zod parses the copy:
 *    zod never sees the caller's objects (its `.readonly()` would freeze them), and the copy
 *    holds no more than the first `maxIssues` issues need.
 * 3. Zod's raw issues become the library's (`translate.ts`), the first `maxIssues` of them
 *    and a last `schema/too-many-issues` when there were more.
 * @module
 */
import type * as z from "zod";
import { ISSUE_MESSAGES } from "../issues/codes.js";
import type { ParseOptions, ParseResult } from "../issues/issue.js";
import { compileFast, REJECT } from "./fast.js";
import { snapshot } from "./snapshot.js";
import { type RawIssue, toIssues } from "./translate.js";

/** The default of `ParseOptions.maxIssues`. */
export const DEFAULT_MAX_ISSUES = 100;

/** A parse function of one schema. @internal */
export type Parser<T> = (input: unknown, options?: ParseOptions) => ParseResult<T>;

const unreadable = (): ParseResult<never> => ({
  ok: false,
  issues: [{ code: "schema/unreadable", path: [], message: ISSUE_MESSAGES["schema/unreadable"] }],
});

/**
 * The issue limit of `options`; misuse (not an object, or a limit that is not a whole number
 * of at least 1) throws naming the parameter.
 *
 * @example
 * ```ts
 * maxIssuesOf(undefined); // 100
 * maxIssuesOf({ maxIssues: 0 }); // throws RangeError "options.maxIssues must be …"
 * ```
 * @internal
 */
export function maxIssuesOf(options: ParseOptions | undefined): number {
  if (options === undefined) return DEFAULT_MAX_ISSUES;
  if (typeof options !== "object" || options === null) {
    throw new TypeError("options must be an object or undefined");
  }
  const max = options.maxIssues;
  if (max === undefined) return DEFAULT_MAX_ISSUES;
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new RangeError("options.maxIssues must be a whole number of at least 1");
  }
  return max;
}

/** Zod's verdict on a copy, with the library's issues. */
function parseCopy<T>(schema: z.ZodType<T>, input: unknown, maxIssues: number): ParseResult<T> {
  let copy: unknown;
  let result: { value: unknown; issues: RawIssue[] };
  try {
    copy = snapshot(schema, input, maxIssues);
    result = schema._zod.run({ value: copy, issues: [] }, { async: false }) as typeof result;
  } catch {
    // Only hostile input gets here (a getter or proxy that throws): report it, never rethrow.
    return unreadable();
  }
  if (result.issues.length === 0) return { ok: true, value: result.value as T };
  return { ok: false, issues: toIssues(result.issues, copy, maxIssues) };
}

const parsers = new WeakMap<z.ZodType, Parser<unknown>>();

/**
 * The parse function of `schema` (one per schema): the fast path first, then zod on a
 * bounded copy (see the module). Never throws on any input; throws on misused options.
 *
 * @example
 * ```ts
 * const parseChild = parserOf(ChildSchema);
 * parseChild({ id: "p-1" }, { maxIssues: 5 }); // { ok: false, issues: [...] }
 * ```
 * @internal
 */
export function parserOf<T>(schema: z.ZodType<T>): Parser<T> {
  const known = parsers.get(schema);
  if (known) return known as Parser<T>;
  // Compiled on first use, so importing the package costs nothing (and asked again while
  // there is none: code generation may be allowed later than the first parse).
  let fast: ((input: unknown) => unknown) | undefined;
  const parser: Parser<T> = (input, options) => {
    const maxIssues = maxIssuesOf(options);
    fast ??= compileFast(schema);
    if (fast) {
      try {
        const value = fast(input);
        if (value !== REJECT) return { ok: true, value: value as T };
      } catch {
        // A throwing getter or proxy: the copy reads it again and reports it.
      }
    }
    return parseCopy(schema, input, maxIssues);
  };
  parsers.set(schema, parser as Parser<unknown>);
  return parser;
}

/**
 * Parses `input` after reading it once into a copy: for a value the caller keeps using (an
 * event handed to `transition`), so that a getter runs once and later changes to the
 * caller's object change nothing. Returns the result and the copy (the caller's own data,
 * to read again at will). Never throws.
 *
 * @example
 * ```ts
 * const { result } = parseReadOnce(CaseEventSchema, event);
 * if (result.ok) events.push(result.value); // a frozen copy
 * ```
 * @internal
 */
export function parseReadOnce<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { readonly result: ParseResult<T>; readonly copy: unknown } {
  let copy: unknown;
  try {
    copy = snapshot(schema, input, DEFAULT_MAX_ISSUES);
  } catch {
    return { result: unreadable(), copy: undefined };
  }
  return { result: parserOf(schema)(copy), copy };
}

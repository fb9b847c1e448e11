/**
 * Zod's raw issues as this library's issues. Each gets a stable code (the library's own,
 * carried as `params.code` by the check or schema that raised it, or one for each kind of
 * zod issue) and that code's message, with a detail taken from the schema (an expected
 * type, the allowed values, a bound). Nothing of the input enters an issue but its path, and
 * an unknown key in a path is cut to 64 characters.
 * @module
 */
import { ISSUE_MESSAGES, type IssueCode } from "../issues/codes.js";
import type { Issue } from "../issues/issue.js";

/** A zod issue as `_zod.run` leaves it: before zod writes its messages. @internal */
export type RawIssue = {
  readonly code: string;
  readonly path?: PropertyKey[];
  readonly params?: { readonly code?: unknown };
  readonly inst?: { readonly _zod?: { readonly def?: { readonly params?: unknown } } };
  readonly [field: string]: unknown;
};

const MAX_LISTED = 12;
/** The longest key (in code points) a path holds before it is cut. */
export const MAX_KEY_LENGTH = 64;

function issue(code: IssueCode, path: (string | number)[], detail?: string): Issue {
  const base = ISSUE_MESSAGES[code];
  return { code, path, message: detail ? `${base}: ${detail}` : base };
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED).map((v) => JSON.stringify(v));
  return `expected one of ${shown.join(", ")}${values.length > MAX_LISTED ? ", …" : ""}`;
}

function hasOwnPath(input: unknown, path: readonly (string | number)[]): boolean {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

function bound(origin: unknown, limit: unknown, inclusive: unknown): string {
  if (origin === "string" && limit === 1) return "must not be empty";
  if (origin === "array") return `at least ${limit} item(s)`;
  return `${inclusive === false ? "more than" : "at least"} ${limit}`;
}

function upper(origin: unknown, limit: unknown): string {
  if (origin === "array") return `at most ${limit} item(s)`;
  if (origin === "string") return `at most ${limit} characters`;
  return `at most ${limit}`;
}

/**
 * A key of the input cut to {@link MAX_KEY_LENGTH} code points, then `…`: a path never
 * carries more than that of the input.
 *
 * @example
 * ```ts
 * cutKey("x".repeat(100)).length; // 65
 * ```
 * @internal
 */
export function cutKey(key: string): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  let out = "";
  let n = 0;
  for (const ch of key) {
    if (n++ === MAX_KEY_LENGTH) return `${out}…`;
    out += ch;
  }
  return out;
}

/** The library's code a check or schema gave its issues (`params: { code }`). */
function ownCode(zi: RawIssue): IssueCode | undefined {
  const params = (zi.params ?? zi.inst?._zod?.def?.params) as { code?: unknown } | undefined;
  const code = params?.code;
  return typeof code === "string" && Object.hasOwn(ISSUE_MESSAGES, code)
    ? (code as IssueCode)
    : undefined;
}

function translate(zi: RawIssue, input: unknown): Issue[] {
  const path = (zi.path ?? []).filter((k) => typeof k !== "symbol") as (string | number)[];
  const own = ownCode(zi);
  if (own) return [issue(own, path)];
  switch (zi.code) {
    case "invalid_type":
      if (!hasOwnPath(input, path)) return [issue("schema/missing", path)];
      if (zi.expected === "int") return [issue("schema/not-integer", path)];
      return [issue("schema/invalid-type", path, `expected ${zi.expected}`)];
    case "unrecognized_keys":
      return (zi.keys as string[]).map((k) => issue("schema/unknown-key", [...path, cutKey(k)]));
    case "invalid_value":
      return [issue("schema/invalid-value", path, listValues(zi.values as unknown[]))];
    case "invalid_union":
      return zi.discriminator && Array.isArray(zi.options)
        ? [issue("schema/invalid-value", path, listValues(zi.options))]
        : [issue("schema/invalid-union", path)];
    case "too_small":
      return [issue("schema/too-small", path, bound(zi.origin, zi.minimum, zi.inclusive))];
    case "too_big":
      return [issue("schema/too-big", path, upper(zi.origin, zi.maximum))];
    case "invalid_format":
      return [issue("schema/invalid-format", path, `expected ${zi.format}`)];
    default:
      return [issue("schema/invalid", path)];
  }
}

/**
 * Translates zod's raw issues into this library's, at most `maxIssues` of them; when there
 * are more, the first `maxIssues` and one last `schema/too-many-issues`. `input` (the copy
 * zod parsed) is read only to tell a missing field from a wrongly typed one.
 *
 * @example
 * ```ts
 * toIssues(result.issues, copy, 100); // [{ code: "schema/missing", path: ["child"], … }]
 * ```
 * @internal
 */
export function toIssues(
  zodIssues: readonly RawIssue[],
  input: unknown,
  maxIssues = Number.POSITIVE_INFINITY,
): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    for (const i of translate(zi, input)) {
      if (out.length === maxIssues) {
        out.push(issue("schema/too-many-issues", []));
        return out;
      }
      out.push(i);
    }
  }
  return out;
}

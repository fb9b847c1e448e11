/**
 * Issues: the data a parse failure returns. An issue has a stable `code`, a `path` and a
 * message written from the schema, never from the input (which may hold a child's name or
 * birth date). Zod's issues are translated here; zod's own messages are not used, because
 * some of them quote the input (an unknown key, for instance).
 * @module
 */
import type * as z from "zod";
import { ISSUE_MESSAGES, type IssueCode, isIssueCode } from "../issues/codes.js";

/** A problem found in input: a stable code, where it is, and what is expected. */
export type Issue = {
  readonly code: IssueCode;
  readonly path: (string | number)[];
  readonly message: string;
};

/** The result of a parse: the value, or the issues. Never thrown. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: Issue[] };

type ZodIssue = z.core.$ZodIssue;
const MAX_LISTED = 12;

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

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined): string {
  if (origin === "string" && limit === 1) return "must not be empty";
  if (origin === "array") return `at least ${limit} item(s)`;
  return `${inclusive === false ? "more than" : "at least"} ${limit}`;
}

function translate(zi: ZodIssue, input: unknown): Issue[] {
  const path = zi.path.filter((k) => typeof k !== "symbol") as (string | number)[];
  if (isIssueCode(zi.message)) return [issue(zi.message, path)];
  switch (zi.code) {
    case "invalid_type":
      if (!hasOwnPath(input, path)) return [issue("schema/missing", path)];
      if (zi.expected === "int") return [issue("schema/not-integer", path)];
      return [issue("schema/invalid-type", path, `expected ${zi.expected}`)];
    case "unrecognized_keys":
      return zi.keys.map((k) => issue("schema/unknown-key", [...path, k]));
    case "invalid_value":
      return [issue("schema/invalid-value", path, listValues(zi.values))];
    case "invalid_union":
      return zi.discriminator && "options" in zi && zi.options
        ? [issue("schema/invalid-value", path, listValues(zi.options))]
        : [issue("schema/invalid-union", path)];
    case "too_small":
      return [issue("schema/too-small", path, bound(zi.origin, zi.minimum, zi.inclusive))];
    case "too_big": {
      const what = zi.origin === "array" ? "item(s)" : "";
      return [issue("schema/too-big", path, `at most ${zi.maximum} ${what}`.trim())];
    }
    case "invalid_format":
      return [issue("schema/invalid-format", path, `expected ${zi.format}`)];
    default:
      return [issue("schema/invalid", path)];
  }
}

/**
 * Translates zod issues into this library's issues. `input` is read only to tell a missing
 * field from a wrongly typed one; nothing of it enters an issue but the path.
 * @internal
 */
export function toIssues(zodIssues: readonly ZodIssue[], input: unknown): Issue[] {
  return zodIssues.flatMap((zi) => translate(zi, input));
}

/**
 * Parsing at the boundary: `unknown` in, a typed value or issues out; never a throw.
 * @module
 */
import type * as z from "zod";
import { ISSUE_MESSAGES } from "../issues/codes.js";
import { type Agency, AgencySchema } from "../models/agency.js";
import { type MissingCase, MissingCaseSchema } from "../models/case.js";
import { type CaseEvent, CaseEventSchema } from "../models/case-event.js";
import { type Child, ChildSchema } from "../models/child.js";
import { type Operation, OperationSchema } from "../models/operation.js";
import { compileFast, REJECT } from "./fast.js";
import { type ParseResult, toIssues } from "./issue.js";

type Parser<T> = (input: unknown) => ParseResult<T>;

/**
 * A parser for `schema`: the compiled fast path first (valid input, zod's exact output), and
 * zod itself for the rest, which makes the issues.
 */
function parserOf<T>(schema: z.ZodType<T>): Parser<T> {
  // Compiled on first use, so importing the package costs nothing.
  let fast: ((input: unknown) => unknown) | undefined | null = null;
  return (input) => {
    if (fast === null) fast = compileFast(schema);
    if (fast) {
      try {
        const value = fast(input);
        if (value !== REJECT) return { ok: true, value: value as T };
      } catch {
        // A throwing getter or proxy: zod reports it below.
      }
    }
    return parseWith(schema, input);
  };
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  try {
    const r = schema.safeParse(input);
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, issues: toIssues(r.error.issues, input) };
  } catch {
    // Only hostile input gets here (a getter or proxy that throws): report it, never rethrow.
    return {
      ok: false,
      issues: [
        { code: "schema/unreadable", path: [], message: ISSUE_MESSAGES["schema/unreadable"] },
      ],
    };
  }
}

const childParser = /* @__PURE__ */ parserOf(ChildSchema);
const agencyParser = /* @__PURE__ */ parserOf(AgencySchema);
const caseParser = /* @__PURE__ */ parserOf(MissingCaseSchema);
const operationParser = /* @__PURE__ */ parserOf(OperationSchema);
const caseEventParser = /* @__PURE__ */ parserOf(CaseEventSchema);

/**
 * Parses a child record. Never throws.
 *
 * @example
 * ```ts
 * const r = parseChild({ id: "p-1", name: { given: "Ana", family: "Doe" }, birthDate: "2009", sex: "F" });
 * if (r.ok) r.value.birthDate; // "2009"
 * ```
 */
export function parseChild(input: unknown): ParseResult<Child> {
  return childParser(input);
}

/**
 * Parses an agency record. Never throws.
 *
 * @example
 * ```ts
 * const r = parseAgency({ id: "a", name: "Albany PD", kind: "law-enforcement", timeZone: "Mars/Base" });
 * r.ok; // false; r.issues[0].code === "time-zone/unknown"
 * ```
 */
export function parseAgency(input: unknown): ParseResult<Agency> {
  return agencyParser(input);
}

/**
 * Parses a case record, with every cross-field rule (see `docs/issues.md`). Never throws,
 * whatever it is given; no issue quotes the input.
 *
 * @example
 * ```ts
 * const r = parseCase(JSON.parse(line));
 * if (!r.ok) for (const i of r.issues) console.error(i.code, i.path.join("."), i.message);
 * ```
 */
export function parseCase(input: unknown): ParseResult<MissingCase> {
  return caseParser(input);
}

/**
 * Parses an operation record. Never throws.
 *
 * @example
 * ```ts
 * const r = parseOperation(json);
 * if (r.ok) r.value.caseIds.length;
 * ```
 */
export function parseOperation(input: unknown): ParseResult<Operation> {
  return operationParser(input);
}

/**
 * Parses one case event on its own (no lifecycle context). Never throws.
 *
 * @example
 * ```ts
 * parseCaseEvent({ type: "verify", at: "2025-04-01T10:00:00Z" }).ok; // true
 * ```
 */
export function parseCaseEvent(input: unknown): ParseResult<CaseEvent> {
  return caseEventParser(input);
}

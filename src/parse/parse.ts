/**
 * Parsing at the boundary: `unknown` in, a typed value or issues out; never a throw, never a
 * change to the input (see `boundary/parser.ts` for how). Every parse function takes
 * `ParseOptions` (`maxIssues`, default 100) and throws only when those are misused.
 * @module
 */
import type * as z from "zod";
import { parserOf } from "../boundary/parser.js";
import type { ParseOptions, ParseResult } from "../issues/issue.js";
import { type Agency, AgencySchema } from "../models/agency.js";
import { type MissingCase, MissingCaseSchema } from "../models/case.js";
import { type CaseEvent, CaseEventSchema } from "../models/case-event.js";
import { type Child, ChildSchema } from "../models/child.js";
import { type Operation, OperationSchema } from "../models/operation.js";

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
export function parseChild(input: unknown, options?: ParseOptions): ParseResult<Child> {
  return childParser(input, options);
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
export function parseAgency(input: unknown, options?: ParseOptions): ParseResult<Agency> {
  return agencyParser(input, options);
}

/**
 * Parses a case record, with every cross-field rule (see `docs/issues.md`). Never throws,
 * whatever it is given; no issue quotes the input; the input is never changed, frozen or
 * kept. At most `options.maxIssues` issues (default 100), then `schema/too-many-issues`.
 *
 * @example
 * ```ts
 * const r = parseCase(JSON.parse(line));
 * if (!r.ok) for (const i of r.issues) console.error(i.code, i.path.join("."), i.message);
 * parseCase(JSON.parse(line), { maxIssues: 10 }); // at most 10 issues, then a last one
 * ```
 */
export function parseCase(input: unknown, options?: ParseOptions): ParseResult<MissingCase> {
  return caseParser(input, options);
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
export function parseOperation(input: unknown, options?: ParseOptions): ParseResult<Operation> {
  return operationParser(input, options);
}

/**
 * Parses one case event on its own (no lifecycle context). Never throws.
 *
 * @example
 * ```ts
 * parseCaseEvent({ type: "verify", at: "2025-04-01T10:00:00Z" }).ok; // true
 * ```
 */
export function parseCaseEvent(input: unknown, options?: ParseOptions): ParseResult<CaseEvent> {
  return caseEventParser(input, options);
}

/**
 * The parse function of a case schema made by `extendCaseSchema` (or of `MissingCaseSchema`
 * itself), with every guarantee of {@link parseCase}: never throws whatever it is given, no
 * issue quotes the input, the input is never changed, frozen or kept, at most
 * `options.maxIssues` issues (default 100) then `schema/too-many-issues`, and the same
 * issues as `schema["~standard"].validate`. One parse function per schema: calling it
 * twice with one schema returns the same function.
 *
 * Throws a `TypeError` naming `schema` when it is not a zod schema.
 *
 * @example
 * ```ts
 * const IntakeCaseSchema = extendCaseSchema({ badgeNumber: z.string().min(1) });
 * const parseIntakeCase = createCaseParser(IntakeCaseSchema);
 * const r = parseIntakeCase(JSON.parse(body), { maxIssues: 20 });
 * if (r.ok) r.value.badgeNumber; // string; r.value is also a MissingCase
 * ```
 */
export function createCaseParser<C extends MissingCase>(
  schema: z.ZodType<C>,
): (input: unknown, options?: ParseOptions) => ParseResult<C> {
  if (typeof schema !== "object" || schema === null || !("_zod" in schema)) {
    throw new TypeError("schema must be a zod schema, such as one from extendCaseSchema");
  }
  return parserOf(schema);
}

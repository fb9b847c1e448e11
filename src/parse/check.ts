/**
 * Validation without a copy: the verdict of each parse function, for a service that only
 * checks and forwards (as an ajv validator does). No copy, no freeze and no issue list on
 * the way to `true`: the compiled check reads each field once and builds nothing (see
 * `boundary/parser.ts`). Where it cannot tell, the verdict is zod's, as the parse reaches it.
 * @module
 */
import { checkerOf } from "../boundary/parser.js";
import { type Agency, AgencySchema } from "../models/agency.js";
import { type MissingCase, MissingCaseSchema } from "../models/case.js";
import { type CaseEvent, CaseEventSchema } from "../models/case-event.js";
import { type Child, ChildSchema } from "../models/child.js";
import { type Operation, OperationSchema } from "../models/operation.js";

const caseChecker = /* @__PURE__ */ checkerOf(MissingCaseSchema);
const childChecker = /* @__PURE__ */ checkerOf(ChildSchema);
const agencyChecker = /* @__PURE__ */ checkerOf(AgencySchema);
const operationChecker = /* @__PURE__ */ checkerOf(OperationSchema);
const caseEventChecker = /* @__PURE__ */ checkerOf(CaseEventSchema);

/**
 * Whether `input` is a valid case: exactly `parseCase(input).ok` on every input, every
 * cross-field rule and size limit included, without building the parsed copy or any issue.
 * Never throws; never changes, freezes or keeps the input. Use `parseCase` to get the
 * immutable value or the reasons it was refused.
 *
 * @example
 * ```ts
 * app.post("/cases", (req, res) => {
 *   if (!isCase(req.body)) return res.status(422).json(parseCase(req.body).issues);
 *   forward(req.body); // req.body: MissingCase
 * });
 * ```
 */
export function isCase(input: unknown): input is MissingCase {
  return caseChecker(input);
}

/**
 * Whether `input` is a valid child record: exactly `parseChild(input).ok`, without a copy.
 * Never throws.
 *
 * @example
 * ```ts
 * isChild({ id: "p-1", name: { given: "Ana", family: "Doe" }, birthDate: "2009", sex: "F" }); // true
 * isChild({ id: "p-1" }); // false
 * ```
 */
export function isChild(input: unknown): input is Child {
  return childChecker(input);
}

/**
 * Whether `input` is a valid agency record: exactly `parseAgency(input).ok`, without a copy.
 * Never throws.
 *
 * @example
 * ```ts
 * isAgency({ id: "a", name: "Albany PD", kind: "law-enforcement", timeZone: "America/New_York" }); // true
 * isAgency({ id: "a", name: "Albany PD", kind: "law-enforcement", timeZone: "Mars/Base" }); // false
 * ```
 */
export function isAgency(input: unknown): input is Agency {
  return agencyChecker(input);
}

/**
 * Whether `input` is a valid operation record: exactly `parseOperation(input).ok`, its
 * cross-field rules included, without a copy. Never throws.
 *
 * @example
 * ```ts
 * if (isOperation(json)) json.caseIds.length;
 * ```
 */
export function isOperation(input: unknown): input is Operation {
  return operationChecker(input);
}

/**
 * Whether `input` is a valid case event on its own (no lifecycle context): exactly
 * `parseCaseEvent(input).ok`, without a copy. Never throws.
 *
 * @example
 * ```ts
 * isCaseEvent({ type: "verify", at: "2025-04-01T10:00:00Z" }); // true
 * isCaseEvent({ type: "locate", at: "2025-04-01T10:00:00Z", condition: "banana" }); // false
 * ```
 */
export function isCaseEvent(input: unknown): input is CaseEvent {
  return caseEventChecker(input);
}

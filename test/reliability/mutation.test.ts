/**
 * Inputs are never changed: no parse function freezes, mutates or keeps a reference to any
 * part of its input, whatever its shape (zod's `.readonly()` once froze an invalid input it
 * was handed, such as an array given where a case is expected).
 */
import { describe, expect, it } from "vitest";
import {
  MissingCaseSchema,
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "../../src/index.js";
import { child, closedCase, operation, reportedCase } from "../fixtures/valid.js";

const PARSERS = [parseCase, parseChild, parseAgency, parseOperation, parseCaseEvent];

/** Every object and array reachable from `value`. */
function nodes(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === "object") {
    out.push(value);
    for (const v of Object.values(value)) nodes(v, out);
  }
  return out;
}

/** Parses `input` with every parser and checks nothing of it was frozen or changed. */
function untouched(input: unknown): void {
  const text = JSON.stringify(input);
  for (const parse of PARSERS) parse(input);
  for (const node of nodes(input)) expect(Object.isFrozen(node)).toBe(false);
  expect(JSON.stringify(input)).toBe(text);
}

/** A fresh, unfrozen copy of a fixture. */
const fresh = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe("no parse freezes or changes its input", () => {
  it("an array given as a record", () => {
    const a = [1, 2];
    parseCase(a);
    expect(Object.isFrozen(a)).toBe(false);
    untouched([{ ...fresh(reportedCase) }]);
  });

  it.each([
    ["riskIndicators", { riskIndicators: { a: ["x"] } }],
    ["race", { child: { ...fresh(child), race: { W: true } } }],
    ["ncic", { ncic: [["EMJ"]] }],
    ["events", { events: { 0: { type: "enter" } } }],
    ["aliases", { child: { ...fresh(child), aliases: { first: "Jojo" } } }],
    ["events of the wrong type", { events: [[1], { type: ["enter"] }] }],
    ["a field of the wrong type", { child: [fresh(child)] }],
  ])("a wrong-typed %s", (_, patch) => {
    untouched({ ...fresh(reportedCase), ...patch });
  });

  it("wrong-typed caseIds and participants of an operation", () => {
    untouched({ ...fresh(operation), caseIds: { a: 1 }, participantAgencyIds: [[1]] });
  });

  it("valid records are neither frozen nor kept", () => {
    const c = fresh(closedCase) as unknown as {
      child: { name: { given: string } };
      events: unknown[];
    };
    const r = parseCase(c);
    if (!r.ok) throw new Error("invalid");
    for (const node of nodes(c)) expect(Object.isFrozen(node)).toBe(false);
    const outNodes = new Set(nodes(r.value));
    for (const node of nodes(c)) expect(outNodes.has(node)).toBe(false);
    c.child.name.given = "changed";
    c.events.push({});
    expect(r.value.child.name.given).toBe(closedCase.child.name.given);
    expect(r.value.events).toHaveLength(closedCase.events.length);
  });

  it("an invalid record with a valid part: the issues hold nothing of the input", () => {
    const c = { ...fresh(closedCase), status: 5 };
    const r = parseCase(c);
    expect(r.ok).toBe(false);
    for (const node of nodes(c)) expect(Object.isFrozen(node)).toBe(false);
  });

  it("the Standard Schema interface does not freeze its input either", () => {
    const a = [1, 2];
    MissingCaseSchema["~standard"].validate(a);
    expect(Object.isFrozen(a)).toBe(false);
  });
});

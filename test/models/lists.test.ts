import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  CaseEventSchema,
  type CaseEventType,
  type CaseStatus,
  CaseStatusSchema,
  OPEN_STATUSES,
  REPORTED_AS,
  type ReportedAs,
  ReportedAsSchema,
  RISK_INDICATORS,
  type RiskIndicator,
  RiskIndicatorSchema,
} from "../../src/index.js";

// The lists live in a zod-free module (src/models/lists.ts); the schemas are built from them.
describe("the models' code lists", () => {
  it("name exactly the values their schemas accept", () => {
    expect(CaseStatusSchema.options).toEqual([...CASE_STATUSES]);
    expect(ReportedAsSchema.options).toEqual([...REPORTED_AS]);
    expect(RiskIndicatorSchema.options).toEqual([...RISK_INDICATORS]);
  });

  it("list every event type of the event union, once", () => {
    const fromSchema = CaseEventSchema.options.map((o) => o.unwrap().shape.type.value);
    expect([...CASE_EVENT_TYPES].sort()).toEqual([...fromSchema].sort());
    expect(new Set(CASE_EVENT_TYPES).size).toBe(CASE_EVENT_TYPES.length);
  });

  it("have the same types as the schemas infer", () => {
    expectTypeOf<(typeof CASE_EVENT_TYPES)[number]>().toEqualTypeOf<CaseEventType>();
    expectTypeOf<(typeof CASE_STATUSES)[number]>().toEqualTypeOf<CaseStatus>();
    expectTypeOf<(typeof REPORTED_AS)[number]>().toEqualTypeOf<ReportedAs>();
    expectTypeOf<(typeof RISK_INDICATORS)[number]>().toEqualTypeOf<RiskIndicator>();
  });

  it("count reported, active and located as open", () => {
    expect([...OPEN_STATUSES]).toEqual(["reported", "active", "located"]);
  });
});

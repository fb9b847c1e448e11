/**
 * Agency fields on a case: `extendCaseSchema` keeps every cross-field rule, issue code and
 * the strictness of the case schema, `createCaseParser` keeps every guarantee of the parse
 * boundary, and the library's functions take the extended cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { invalidCaseArbitrary } from "../../src/arbitraries/index.js";
import { compileFast } from "../../src/boundary/fast.js";
import {
  ageAtReport,
  classifyCase,
  complianceDeadlines,
  createCaseParser,
  type ExtendedCase,
  extendCaseSchema,
  MissingCaseSchema,
  parseCase,
  redactCase,
  transition,
} from "../../src/index.js";
import { makeCase } from "../../src/testing/index.js";
import { deepFreeze } from "../fixtures/valid.js";

const IntakeCaseSchema = extendCaseSchema({
  badgeNumber: z.string().min(1).max(16),
  intakeChannel: z.enum(["phone", "walk-in", "online"]).optional(),
  contacts: z
    .array(z.strictObject({ name: z.string(), phone: z.string() }))
    .max(3)
    .optional(),
});
const parseIntakeCase = createCaseParser(IntakeCaseSchema);
type IntakeCase = ExtendedCase<{
  badgeNumber: z.ZodString;
  intakeChannel: z.ZodOptional<
    z.ZodEnum<{ phone: "phone"; "walk-in": "walk-in"; online: "online" }>
  >;
}>;

const base = makeCase({ status: "active", reportedAs: "runaway" }, { seed: 11 });
const record = { ...base, badgeNumber: "4471", intakeChannel: "phone" };

const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

describe("extendCaseSchema", () => {
  it("accepts the extra fields and returns them, frozen, beside the case's", () => {
    const r = parseIntakeCase(record);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(record);
    expect(r.value.badgeNumber).toBe("4471");
    expect(Object.isFrozen(r.value)).toBe(true);
    const typed: IntakeCase = r.value;
    expect(typed.intakeChannel).toBe("phone");
  });

  it("checks the extra fields, with the library's codes and paths", () => {
    expect(parseIntakeCase(base)).toMatchObject({
      ok: false,
      issues: [{ code: "schema/missing", path: ["badgeNumber"] }],
    });
    expect(parseIntakeCase({ ...record, intakeChannel: "fax" })).toMatchObject({
      ok: false,
      issues: [{ code: "schema/invalid-value", path: ["intakeChannel"] }],
    });
  });

  it("keeps the cross-field rules: a last contact after the report is refused", () => {
    const late = { ...record, lastContactAt: "2099-01-01T00:00:00Z" };
    expect(parseIntakeCase(late)).toMatchObject({
      ok: false,
      issues: [{ code: "case/last-contact-after-report", path: ["lastContactAt"] }],
    });
  });

  it("keeps every rule: each broken case is refused with the code parseCase gives", () => {
    fc.assert(
      fc.property(invalidCaseArbitrary(), ({ record: broken, code }) => {
        const extended = { ...(broken as object), badgeNumber: "4471" };
        expect(codes(parseIntakeCase(extended))).toEqual(codes(parseCase(broken)));
        expect(codes(parseIntakeCase(extended))).toContain(code);
      }),
      { numRuns: 100 },
    );
  });

  it("stays strict: an unknown key is refused", () => {
    expect(parseIntakeCase({ ...record, badge: "4471" })).toMatchObject({
      ok: false,
      issues: [{ code: "schema/unknown-key", path: ["badge"] }],
    });
  });

  it("never replaces a field of MissingCase", () => {
    // @ts-expect-error an extension only adds fields
    expect(() => extendCaseSchema({ reportedAt: z.string() })).toThrow(
      new TypeError("extra.reportedAt is a field of MissingCase: an extension only adds fields"),
    );
    expect(() => extendCaseSchema(null as never)).toThrow(TypeError);
  });

  it("keeps the fast path for plain extra fields", () => {
    expect(compileFast(IntakeCaseSchema)).toBeTypeOf("function");
    expect(compileFast(extendCaseSchema({ email: z.email() }))).toBeUndefined();
  });

  it("parses extra fields of any zod kind, copying them", () => {
    const Schema = extendCaseSchema({
      tags: z.record(z.string(), z.string()),
      note: z.unknown(),
      email: z.email().optional(),
    });
    const input = deepFreeze({ ...base, tags: { unit: "7" }, note: { seen: [1, 2] } });
    const r = createCaseParser(Schema)(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.tags).toEqual({ unit: "7" });
    expect(r.value.note).toEqual({ seen: [1, 2] });
    expect(r.value.note).not.toBe(input.note);
    expect(codes(createCaseParser(Schema)({ ...input, email: "x" }))).toEqual([
      "schema/invalid-format",
    ]);
  });
});

describe("createCaseParser keeps the boundary's guarantees", () => {
  it("gives the Standard Schema's issues, and parseCase's for MissingCaseSchema", async () => {
    const inputs: unknown[] = [
      record,
      { ...record, lastContactAt: "2099-01-01T00:00:00Z" },
      { ...record, badgeNumber: "" },
      { ...record, extra: 1 },
      null,
      [],
    ];
    for (const input of inputs) {
      const r = parseIntakeCase(input);
      const standard = await IntakeCaseSchema["~standard"].validate(input);
      expect(standard).toEqual(r.ok ? { value: r.value } : { issues: r.issues });
    }
    const parse = createCaseParser(MissingCaseSchema);
    for (const input of inputs) expect(parse(input)).toEqual(parseCase(input));
  });

  it("stops after maxIssues, then one schema/too-many-issues", () => {
    const contacts = Array.from({ length: 3 }, () => ({ name: 1, phone: 2, x: 3 }));
    const r = parseIntakeCase({ ...record, contacts }, { maxIssues: 4 });
    expect(codes(r)).toHaveLength(5);
    expect(codes(r).at(-1)).toBe("schema/too-many-issues");
  });

  it("never throws, and never changes, freezes or keeps the input", () => {
    const hostile = {
      ...record,
      get badgeNumber(): string {
        throw new Error("boom");
      },
    };
    expect(codes(parseIntakeCase(hostile))).toEqual(["schema/unreadable"]);
    expect(codes(parseIntakeCase(new Proxy({}, { ownKeys: () => [1 as never] })))).not.toEqual([]);
    const input = structuredClone(record);
    const r = parseIntakeCase(input);
    expect(input).toEqual(record);
    expect(Object.isFrozen(input)).toBe(false);
    expect(r.ok && r.value).not.toBe(input);
  });

  it("is one function per schema, and refuses what is no schema", () => {
    expect(createCaseParser(IntakeCaseSchema)).toBe(parseIntakeCase);
    expect(() => createCaseParser({} as never)).toThrow(
      new TypeError("schema must be a zod schema, such as one from extendCaseSchema"),
    );
  });
});

describe("the library's functions take an extended case", () => {
  const r = parseIntakeCase(record);
  if (!r.ok) throw new Error("the record must parse");
  const c = r.value;

  it("reads it as the case it is", () => {
    expect(ageAtReport(c)).toBe(ageAtReport(base));
    expect(classifyCase(c)).toEqual(classifyCase(base));
    expect(complianceDeadlines(c)).toEqual(complianceDeadlines(base));
    expect(redactCase(c, "public", { now: c.reportedAt })).toEqual(
      redactCase(base, "public", { now: base.reportedAt }),
    );
  });

  it("keeps its extra fields through a transition, in type and value", () => {
    const at = c.events.at(-1)?.at ?? c.reportedAt;
    const next = transition(c, { type: "verify", at });
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    const badge: string = next.case.badgeNumber;
    expect(badge).toBe("4471");
    expect(parseIntakeCase(next.case).ok).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  IsoDateSchema,
  IsoDateTimeSchema,
  NicSchema,
  OriSchema,
  PartialDateSchema,
  TimeZoneSchema,
  US_STATE_CODES,
  UsStateSchema,
} from "../../src/index.js";

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) =>
  schema.safeParse(v).success;

describe("primitives", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2025-13-01", false],
    ["2025-03-11T00:00:00Z", false],
  ])("IsoDate %s → %s", (v, want) => expect(ok(IsoDateSchema, v)).toBe(want));

  it.each([
    ["2025-03-11T14:05:00-04:00", true],
    ["2025-03-11T14:05:00.250Z", true],
    ["2025-03-11T14:05:00", false],
    ["2025-03-11", false],
  ])("IsoDateTime %s → %s", (v, want) => expect(ok(IsoDateTimeSchema, v)).toBe(want));

  it.each([
    ["2009-06-14", true],
    ["2009-06", true],
    ["2009", true],
    ["2008-02-29", true],
    ["2009-02-29", false],
    ["2009-13", false],
    ["2009-00", false],
    ["2009-6", false],
    ["09", false],
    ["", false],
    ["2009-06-14x", false],
    ["x2009", false],
  ])("birth date %s → %s", (v, want) => expect(ok(PartialDateSchema, v)).toBe(want));

  it.each([
    ["America/New_York", true],
    ["UTC", true],
    ["Asia/Kolkata", true],
    ["America/Indiana/Indianapolis", true],
    ["Eastern Time", false],
    ["Mars/Olympus", false],
    ["", false],
    ["x".repeat(200), false],
  ])("time zone %s → %s", (v, want) => expect(ok(TimeZoneSchema, v)).toBe(want));

  it("knows 56 USPS codes, NY among them", () => {
    expect(US_STATE_CODES).toHaveLength(56);
    expect(ok(UsStateSchema, "NY")).toBe(true);
    expect(ok(UsStateSchema, "ny")).toBe(false);
    expect(ok(UsStateSchema, "XX")).toBe(false);
  });

  it.each([
    ["M123456789", true],
    ["M000000000", true],
    ["M12345678", false],
    ["M1234567890", false],
    ["m123456789", false],
    ["X123456789", false],
  ])("NIC %s → %s", (v, want) => expect(ok(NicSchema, v)).toBe(want));

  it.each([
    ["NY0010100", true],
    ["NYNYPD000", true],
    ["PR0000000", true],
    ["XX0010100", false],
    ["NY001010", false],
    ["NY00101000", false],
    ["ny0010100", false],
    ["NY001010a", false],
  ])("ORI %s → %s", (v, want) => expect(ok(OriSchema, v)).toBe(want));
});

import { describe, expect, it } from "vitest";
import {
  CASE_EVENT_TYPES,
  CaseEventSchema,
  ChildSchema,
  EpisodeFactsSchema,
  parseAgency,
  parseCase,
  parseChild,
} from "../../src/index.js";
import { MissingCaseShape } from "../../src/models/case.js";
import { albanyPd, child, closedCase, reportedCase } from "../fixtures/valid.js";

const codes = (r: { ok: boolean; issues?: { code: string; path: (string | number)[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);

describe("models have exactly the documented fields", () => {
  it("a case has exactly its documented fields", () => {
    expect(Object.keys(MissingCaseShape.shape).sort()).toEqual(
      [
        "id",
        "child",
        "reportingAgencyId",
        "state",
        "timeZone",
        "reportedAt",
        "lastContactAt",
        "lastContactPlace",
        "reportedAs",
        "missingFrom",
        "priorEpisodes",
        "facts",
        "riskIndicators",
        "ncic",
        "status",
        "events",
      ].sort(),
    );
  });
  it("the child has exactly its documented fields", () => {
    expect(Object.keys(ChildSchema.unwrap().shape).sort()).toEqual(
      [
        "id",
        "name",
        "aliases",
        "birthDate",
        "sex",
        "race",
        "heightCm",
        "weightKg",
        "eyeColor",
        "hairColor",
        "marks",
        "disability",
        "medicalNeeds",
        "photoDate",
      ].sort(),
    );
  });
  it("episode facts have 29 fields, all optional", () => {
    expect(Object.keys(EpisodeFactsSchema.unwrap().shape)).toHaveLength(29);
    expect(EpisodeFactsSchema.safeParse({}).success).toBe(true);
  });
  it("events are of seven types", () => {
    expect(CASE_EVENT_TYPES).toEqual([
      "enter",
      "verify",
      "notify",
      "locate",
      "clear",
      "cancel",
      "reopen",
    ]);
    expect(
      CaseEventSchema.safeParse({
        type: "cancel",
        at: "2025-03-08T00:00:00Z",
        reason: "unfounded",
        by: "x",
      }).success,
    ).toBe(false);
  });
});

describe("field checks", () => {
  it("parsed values are deep-frozen copies", () => {
    const input = structuredClone(closedCase);
    const r = parseCase(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(closedCase);
    expect(r.value).not.toBe(input);
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value.child.name)).toBe(true);
    expect(Object.isFrozen(r.value.events)).toBe(true);
    expect(Object.isFrozen(r.value.events[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });
  it("rejects unknown keys at every level (strict objects)", () => {
    expect(codes(parseCase({ ...reportedCase, extra: 1 }))).toEqual([
      ["schema/unknown-key", "extra"],
    ]);
    expect(codes(parseCase({ ...reportedCase, child: { ...child, nickname: "x" } }))).toEqual([
      ["schema/unknown-key", "child.nickname"],
    ]);
    expect(
      codes(parseCase({ ...closedCase, events: [{ ...closedCase.events[0], note: "x" }] })),
    ).toEqual([["schema/unknown-key", "events.0.note"]]);
  });
  it("tells a missing field from a wrongly typed one", () => {
    const { birthDate: _, ...noBirth } = child;
    expect(codes(parseChild(noBirth))).toEqual([["schema/missing", "birthDate"]]);
    expect(codes(parseChild({ ...child, birthDate: 2009 }))).toEqual([
      ["schema/invalid-type", "birthDate"],
    ]);
    expect(codes(parseChild({ ...child, birthDate: undefined }))).toEqual([
      ["schema/invalid-type", "birthDate"],
    ]);
  });
  it("checks bounds on both sides", () => {
    expect(codes(parseChild({ ...child, heightCm: 300 }))).toEqual([]);
    expect(codes(parseChild({ ...child, heightCm: 300.5 }))).toEqual([
      ["schema/too-big", "heightCm"],
    ]);
    expect(codes(parseChild({ ...child, heightCm: 0 }))).toEqual([
      ["schema/too-small", "heightCm"],
    ]);
    expect(codes(parseChild({ ...child, heightCm: Number.NaN }))).toEqual([
      ["schema/invalid-type", "heightCm"],
    ]);
    expect(codes(parseCase({ ...reportedCase, priorEpisodes: 0 }))).toEqual([]);
    expect(codes(parseCase({ ...reportedCase, priorEpisodes: -1 }))).toEqual([
      ["schema/too-small", "priorEpisodes"],
    ]);
    expect(codes(parseCase({ ...reportedCase, priorEpisodes: 1.5 }))).toEqual([
      ["schema/not-integer", "priorEpisodes"],
    ]);
  });
  it("reports each primitive with its own code", () => {
    expect(codes(parseChild({ ...child, birthDate: "14/06/2009" }))).toEqual([
      ["birth-date/invalid", "birthDate"],
    ]);
    expect(codes(parseChild({ ...child, photoDate: "2025-02-30" }))).toEqual([
      ["date/invalid", "photoDate"],
    ]);
    expect(codes(parseCase({ ...reportedCase, reportedAt: "2025-03-07 21:15" }))).toEqual([
      ["date-time/invalid", "reportedAt"],
    ]);
    expect(codes(parseCase({ ...reportedCase, state: "NewYork" }))).toEqual([
      ["state/unknown", "state"],
    ]);
    expect(codes(parseCase({ ...reportedCase, ncic: { nic: "123" } }))).toEqual([
      ["nic/invalid", "ncic.nic"],
    ]);
    expect(codes(parseAgency({ ...albanyPd, ori: "ZZ0010100" }))).toEqual([["ori/invalid", "ori"]]);
    expect(codes(parseAgency({ ...albanyPd, timeZone: "EST5EDT-ish" }))).toEqual([
      ["time-zone/unknown", "timeZone"],
    ]);
  });
  it("lists allowed values from the schema for an enum or event type", () => {
    const r = parseChild({ ...child, sex: "male" });
    expect(r.ok ? "" : r.issues[0]?.message).toBe(
      'Value is not one of the allowed values: expected one of "M", "F", "X", "U"',
    );
    const e = parseCase({ ...closedCase, events: [{ type: "found", at: "2025-03-08T00:00:00Z" }] });
    expect(codes(e)).toEqual([["schema/invalid-value", "events.0.type"]]);
  });
  it("keeps riskIndicators absent apart from empty", () => {
    const { riskIndicators: _, ...none } = reportedCase;
    const a = parseCase(none);
    const b = parseCase({ ...reportedCase, riskIndicators: [] });
    expect(a.ok && !("riskIndicators" in a.value)).toBe(true);
    expect(b.ok && b.value.riskIndicators).toEqual([]);
  });
});

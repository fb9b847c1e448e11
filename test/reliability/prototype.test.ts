/**
 * Attacks through prototypes: `__proto__` and `constructor` keys, and a polluted
 * `Object.prototype`. No parse pollutes a prototype, a hostile key is reported by its path,
 * and an inherited key gets zod's verdict.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ChildSchema, parseCase, parseCaseEvent, parseChild } from "../../src/index.js";
import { child, closedCase, reportedCase } from "../fixtures/valid.js";

const proto = Object.prototype as Record<string, unknown>;

afterEach(() => {
  delete proto.polluted;
  delete proto.eyeColor;
  expect(Object.keys(Object.prototype)).toEqual([]);
});

const paths = (r: { ok: boolean; issues?: { code: string; path: unknown[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path]);

describe("hostile keys", () => {
  it("__proto__ and constructor are unknown keys at every depth, and pollute nothing", () => {
    const text = JSON.stringify(closedCase)
      .replace('{"id"', '{"__proto__":{"polluted":1},"id"')
      .replace('"given"', '"constructor":{"prototype":{"polluted":1}},"given"');
    const r = parseCase(JSON.parse(text));
    expect(paths(r)).toEqual([
      ["schema/unknown-key", ["child", "name", "constructor"]],
      ["schema/unknown-key", ["__proto__"]],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("an event whose type is __proto__ or toString is no event type", () => {
    for (const type of ["__proto__", "toString", "constructor", "hasOwnProperty"]) {
      const r = parseCaseEvent(JSON.parse(`{"type":"${type}","at":"2025-03-08T00:00:00Z"}`));
      expect(paths(r)).toEqual([["schema/invalid-value", ["type"]]]);
    }
  });
});

describe("a polluted Object.prototype", () => {
  it("an inherited unknown key makes every object invalid, as zod sees it", () => {
    proto.polluted = 1;
    expect(ChildSchema.safeParse(child).success).toBe(false);
    expect(parseChild(child).ok).toBe(false);
    expect(parseCase(reportedCase).ok).toBe(false);
  });

  it("an inherited field is read as the field (zod's verdict), and the output owns it", () => {
    const { eyeColor: _, ...noEye } = child;
    proto.eyeColor = "BRO";
    const r = parseChild({ ...noEye, name: Object.assign(Object.create(null), child.name) });
    const z = ChildSchema.safeParse({
      ...noEye,
      name: Object.assign(Object.create(null), child.name),
    });
    expect(r.ok).toBe(z.success);
    if (r.ok) expect(Object.hasOwn(r.value, "eyeColor")).toBe(true);
  });
});

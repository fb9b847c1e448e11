import { describe, expect, it } from "vitest";
import { all, any, defineCriterion, leaf, ref, when } from "../../src/classification/expr.js";
import type { Tri } from "../../src/index.js";

type Ctx = Readonly<Record<string, Tri>> & { readonly on?: boolean };
const v = (name: string) => leaf<Ctx>(name, name, (ctx) => ctx[name] ?? "unknown");

describe("criterion expressions", () => {
  const expr = any(all(v("a"), v("b")), all(v("c"), any(v("d"), v("e"))));

  it("render their condition with the grouping that holds", () => {
    expect(expr.text).toBe("(a ∧ b) ∨ (c ∧ (d ∨ e))");
    expect(expr.reads).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("name only the unknown leaves that could still decide", () => {
    // a is false, so b cannot matter; c is unknown; d or e could settle the OR.
    expect(expr.evaluate({ a: false })).toEqual({ met: "unknown", missing: ["c", "d", "e"] });
    expect(expr.evaluate({ a: false, c: true, d: true })).toEqual({ met: true, missing: [] });
    expect(expr.evaluate({ a: false, c: false })).toEqual({ met: false, missing: [] });
  });

  it("turn an option off as false, and on as its condition", () => {
    const opt = when<Ctx>("x", (ctx) => ctx.on === true, v("a"));
    expect(opt.text).toBe("[if option x] a");
    expect(opt.evaluate({}).met).toBe(false);
    expect(opt.evaluate({ on: true })).toEqual({ met: "unknown", missing: ["a"] });
  });

  it("refer to another criterion by name and rule", () => {
    const r = defineCriterion<Ctx>({ id: "r", ruleId: "VOC-1", expr: v("a") });
    const e = all(ref(r), v("b"));
    expect(e.text).toBe("r (VOC-1) ∧ b");
    expect(r.reads).toEqual(["a"]);
    expect(e.evaluate({ a: true, b: true }).met).toBe(true);
  });

  it("leave an uncertain age out of the missing facts", () => {
    const age = leaf<Ctx>("age", "age < 18", () => "unknown", false);
    expect(age.evaluate({})).toEqual({ met: "unknown", missing: [] });
  });
});

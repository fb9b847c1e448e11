import { inspect, types } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { isMade, lazyData, once } from "../../src/lazy/stand-in.js";

/** A stand-in for a frozen table, with the number of times it was made. */
function table() {
  const counter = { makes: 0 };
  const rows = lazyData([] as readonly { id: string; n: number }[], () => {
    counter.makes++;
    return Object.freeze([Object.freeze({ id: "a", n: 1 }), Object.freeze({ id: "b", n: 2 })]);
  });
  return { rows, counter };
}

describe("lazyData", () => {
  it("makes the array on first read, once, and then is it", () => {
    const { rows, counter } = table();
    expect(isMade(rows)).toBe(false);
    expect(Array.isArray(rows)).toBe(true); // the target is an array: no make needed
    expect(counter.makes).toBe(0);
    expect(rows.length).toBe(2);
    expect(rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect([...rows]).toEqual([
      { id: "a", n: 1 },
      { id: "b", n: 2 },
    ]);
    expect(JSON.stringify(rows)).toBe('[{"id":"a","n":1},{"id":"b","n":2}]');
    expect(Object.isFrozen(rows)).toBe(true);
    expect(() => (rows as unknown as unknown[]).push(1)).toThrow(TypeError);
    expect(isMade(rows)).toBe(true);
    expect(counter.makes).toBe(1);
    expect(types.isProxy(rows)).toBe(true);
  });

  it("makes a record the same way: keys, own properties, frozen", () => {
    const make = vi.fn(() => Object.freeze({ "ncic-entry": "US", "ca-school-notice": "US-CA" }));
    const byRule = lazyData({} as Record<string, string>, make);
    expect(make).not.toHaveBeenCalled();
    expect(Object.keys(byRule)).toEqual(["ncic-entry", "ca-school-notice"]);
    expect(Object.hasOwn(byRule, "ncic-entry")).toBe(true);
    expect(byRule["ca-school-notice"]).toBe("US-CA");
    expect("nothing" in byRule).toBe(false);
    expect(Object.isFrozen(byRule)).toBe(true);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("leaves a value that is not frozen unfrozen, and keeps its prototype", () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    const p = lazyData({} as Point, () => new Point(1, 2));
    expect(p instanceof Point).toBe(true);
    expect(Object.isFrozen(p)).toBe(false);
    expect(p.x + p.y).toBe(3);
  });

  it("prints as the value it stands for", () => {
    const { rows, counter } = table();
    expect(inspect(rows)).toBe(
      inspect([
        { id: "a", n: 1 },
        { id: "b", n: 2 },
      ]),
    );
    expect(counter.makes).toBe(1);
  });

  it("throws, naming the cause, when the value reads its own stand-in while made", () => {
    const self: { rows?: readonly number[] } = {};
    self.rows = lazyData([] as number[], () => [self.rows?.length ?? 0]);
    expect(() => self.rows?.length).toThrow(/reads the stand-in itself/);
  });

  it("tries again after a make that threw", () => {
    let fail = true;
    const rows = lazyData([] as number[], () => {
      if (fail) throw new Error("not yet");
      return [1, 2, 3];
    });
    expect(() => rows.length).toThrow("not yet");
    expect(isMade(rows)).toBe(false);
    fail = false;
    expect(rows.length).toBe(3);
  });
});

describe("isMade", () => {
  it("is true of anything that is not a stand-in", () => {
    expect(isMade([])).toBe(true);
    expect(isMade({})).toBe(true);
  });
});

describe("once", () => {
  it("makes its value on the first call and returns the same value after", () => {
    const make = vi.fn(() => ({ built: true }));
    const get = once(make);
    expect(make).not.toHaveBeenCalled();
    const first = get();
    expect(get()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("keeps an undefined value too, without making it again", () => {
    const make = vi.fn(() => undefined);
    const get = once(make);
    get();
    get();
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe("an import of the package", () => {
  it("makes none of its 40-odd schemas and none of its large tables", async () => {
    // A fresh copy of the package: the inner loop shares modules between test files.
    vi.resetModules();
    const fresh = await import("../../src/index.js");
    const lazy = await import("../../src/lazy/stand-in.js");
    const values = Object.entries(fresh).filter(([, v]) => typeof v === "object" && v !== null) as [
      string,
      object,
    ][];
    const notMade = values.filter(([, v]) => !lazy.isMade(v)).map(([name]) => name);
    const schemas = values.map(([name]) => name).filter((name) => name.endsWith("Schema"));
    expect(schemas.length).toBeGreaterThan(30);
    expect(notMade).toEqual(
      expect.arrayContaining([
        ...schemas,
        "RULES",
        "JURISDICTIONS",
        "DEADLINE_RULES",
        "DEADLINE_SOURCES",
        "DEADLINE_JURISDICTIONS",
      ]),
    );
    // …and reading one makes it and what it needs, nothing else (the rule book: the
    // deadline rules are read from the jurisdiction profiles, which name their rules)
    expect(fresh.DEADLINE_RULES.slice(0, 2)).toEqual(["ncic-entry", "namus-entry"]);
    expect(lazy.isMade(fresh.DEADLINE_RULES)).toBe(true);
    expect(lazy.isMade(fresh.ChildSchema)).toBe(false);
    expect(lazy.isMade(fresh.RULES)).toBe(false);
  });

  it("hands out tables that copy and clone as plain data (the items, or a spread copy)", async () => {
    const { JURISDICTIONS, RULES } = await import("../../src/index.js");
    // A proxy cannot be structured-cloned; its items and a copy of it can.
    expect(() => structuredClone(JURISDICTIONS)).toThrow();
    expect(structuredClone([...JURISDICTIONS])).toEqual(JSON.parse(JSON.stringify(JURISDICTIONS)));
    expect(structuredClone(RULES[0])).toEqual(RULES[0]);
    expect(types.isProxy(RULES[0])).toBe(false);
  });
});

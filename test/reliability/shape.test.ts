/**
 * Attacks by shape: objects that are not plain JSON (non-enumerable, accessor and symbol
 * keys, class instances, proxies) must get zod's verdict, whichever path decides; and events
 * handed to `transition` must be what their types say, read once.
 */
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  applyEvents,
  ChildSchema,
  type MissingCase,
  MissingCaseSchema,
  parseCase,
  parseChild,
  TRANSITION_MESSAGES,
  transition,
} from "../../src/index.js";
import { child, reportedCase } from "../fixtures/valid.js";

/** The verdict and output of `parse` agree with zod's on `input`. */
function agrees(
  schema: z.ZodType,
  parse: (v: unknown) => { ok: boolean; value?: unknown },
  input: unknown,
) {
  const zr = schema.safeParse(input);
  const r = parse(input);
  expect(r.ok).toBe(zr.success);
  if (zr.success) expect(r.value).toStrictEqual(zr.data);
}

/** A copy of the child with `key` redefined by `descriptor`. */
function withKey(
  key: string | symbol,
  descriptor: PropertyDescriptor,
): Record<PropertyKey, unknown> {
  const o: Record<PropertyKey, unknown> = { ...child, name: { ...child.name } };
  Object.defineProperty(o, key, { configurable: true, ...descriptor });
  return o;
}

describe("objects that are not plain JSON get zod's verdict", () => {
  it("a non-enumerable own field plus an unknown key is rejected, as zod rejects it", () => {
    const o = withKey("sex", { value: "F", enumerable: false });
    o.nickname = "x";
    expect(ChildSchema.safeParse(o).success).toBe(false);
    expect(parseChild(o).ok).toBe(false);
    const c = { ...reportedCase, extra: 1 } as Record<string, unknown>;
    Object.defineProperty(c, "id", { value: "x", enumerable: false });
    expect(MissingCaseSchema.safeParse(c).success).toBe(false);
    expect(parseCase(c).ok).toBe(false);
  });

  it("a non-enumerable field alone is accepted, as zod accepts it", () => {
    agrees(ChildSchema, parseChild, withKey("sex", { value: "F", enumerable: false }));
  });

  it("accessor fields are read like data fields", () => {
    agrees(ChildSchema, parseChild, withKey("sex", { get: () => "F", enumerable: true }));
    agrees(ChildSchema, parseChild, withKey("sex", { get: () => "?", enumerable: true }));
    agrees(ChildSchema, parseChild, withKey("sex", { get: () => "F", enumerable: false }));
  });

  it("symbol keys are ignored, as zod ignores them", () => {
    agrees(ChildSchema, parseChild, withKey(Symbol("s"), { value: 1, enumerable: true }));
    agrees(ChildSchema, parseChild, withKey(Symbol.iterator, { value: 1, enumerable: false }));
  });

  it("class instances: fields on the instance or its prototype", () => {
    class Kid {
      constructor(readonly src: typeof child) {}
    }
    agrees(ChildSchema, parseChild, new Kid(child));
    class Fields {
      id = child.id;
      name = { ...child.name };
      birthDate = child.birthDate;
      sex = child.sex;
    }
    agrees(ChildSchema, parseChild, new Fields());
    class Getters {
      get id() {
        return child.id;
      }
    }
    agrees(ChildSchema, parseChild, Object.assign(new Getters(), { name: child.name }));
    agrees(ChildSchema, parseChild, new Date(0));
    agrees(ChildSchema, parseChild, new Map(Object.entries(child)));
  });

  it("proxies: a faithful one as its target; an odd one as zod sees it", () => {
    agrees(ChildSchema, parseChild, new Proxy({ ...child }, {}));
    agrees(MissingCaseSchema, parseCase, new Proxy({ ...reportedCase }, {}));
    const hiding = new Proxy({ ...child, extra: 1 }, { ownKeys: () => Object.keys(child) });
    agrees(ChildSchema, parseChild, hiding);
    const lying = new Proxy({ ...child }, { getPrototypeOf: () => Array.prototype });
    agrees(ChildSchema, parseChild, lying);
  });
});

describe("transition parses each event first", () => {
  const at = "2025-03-08T10:00:00-05:00";
  const refused = (c: MissingCase, event: unknown) => {
    const r = transition(c, event as never);
    if (r.ok) throw new Error("accepted");
    return r.error;
  };
  const active = {
    ...reportedCase,
    status: "active",
    events: [{ type: "enter", at, category: "EMJ" }],
  } as MissingCase;

  it.each([
    ["a condition outside its list", { type: "locate", at, condition: "banana" }, ["condition"]],
    ["a missing condition", { type: "locate", at }, ["condition"]],
    ["a name as a cancel reason", { type: "cancel", at, reason: "Jane Doe" }, ["reason"]],
    ["an extra key", { type: "verify", at, note: "x" }, ["note"]],
    ["a by on a cancel", { type: "cancel", at, reason: "duplicate", by: "pd" }, ["by"]],
  ])("refuses %s with transition/invalid-event and the issue's path", (_, event, path) => {
    const error = refused(active, event);
    expect(error).toMatchObject({
      code: "transition/invalid-event",
      message: TRANSITION_MESSAGES["transition/invalid-event"],
      status: "active",
      event: (event as { type: string }).type,
    });
    if (error.code !== "transition/invalid-event") throw new Error("wrong code");
    expect(error.issues.map((i) => i.path)).toEqual([path]);
    expect(JSON.stringify(error)).not.toContain("Jane");
  });

  it("reads the event once: a type getter runs once", () => {
    let reads = 0;
    const event = {
      get type() {
        reads++;
        return "verify";
      },
      at,
    };
    expect(transition(active, event as never).ok).toBe(true);
    expect(reads).toBe(1);
  });

  it("keeps a parsed, frozen copy: changing the caller's event later changes nothing", () => {
    const event = { type: "verify", at } as { type: "verify"; at: string };
    const r = transition(active, event);
    if (!r.ok) throw new Error("refused");
    const kept = r.case.events.at(-1);
    expect(kept).not.toBe(event);
    expect(Object.isFrozen(kept)).toBe(true);
    event.at = "2030-01-01T00:00:00Z";
    expect(kept?.at).toBe(at);
    const many = applyEvents(active, [event]);
    expect(many.ok && many.case.events.at(-1)).not.toBe(event);
  });

  it("a getter that throws is an invalid event, not a crash", () => {
    const event = {
      type: "verify",
      get at(): string {
        throw new Error("boom");
      },
    };
    expect(refused(active, event)).toMatchObject({
      code: "transition/invalid-event",
      issues: [{ code: "schema/unreadable" }],
    });
  });
});

import { describe, expect, it } from "vitest";
import { alertCriteria } from "../../src/classification/alerts/index.js";
import { ALERT_PLANS, alertPlansOf, JURISDICTION_IDS, ruleById } from "../../src/index.js";

const RULE_ID = /\b[A-Z]+-(?:\d+[a-z]?|[A-Z]+)\b/g;

/** Every rule a plan's criteria apply or their notes name. */
function rulesOfCriteria(id: string): Set<string> {
  const p = alertCriteria()[id];
  if (p === undefined) throw new Error(`no criteria for ${id}`);
  const all = [...p.criteria, ...(p.factors ?? [])];
  return new Set([
    ...all.map((k) => k.ruleId),
    ...all.flatMap((k) => [...(k.note ?? "").matchAll(RULE_ID)].map((m) => m[0])),
    ...(p.unless ? [p.unless.ruleId, "AMB-3"] : []),
  ]);
}

describe("ALERT_PLANS", () => {
  it("has unique ids, one table of criteria per plan, in the same order", () => {
    const ids = ALERT_PLANS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(alertCriteria())).toEqual(ids);
  });

  it("names exactly the rules its criteria apply, each in the rule book", () => {
    for (const p of ALERT_PLANS) {
      expect(new Set(p.ruleIds), p.id).toEqual(rulesOfCriteria(p.id));
      for (const id of p.ruleIds) expect(ruleById(id), `${p.id}: ${id}`).toBeDefined();
    }
  });

  it("gives every jurisdiction one AMBER plan, listed first", () => {
    for (const j of JURISDICTION_IDS) {
      const plans = alertPlansOf(j);
      expect(plans.filter((p) => p.tier === "amber").length, j).toBe(1);
      expect(plans[0]?.tier, j).toBe("amber");
      for (const p of plans) expect(p.jurisdiction).toBe(j);
    }
    expect(alertPlansOf("US").map((p) => p.id)).toEqual(["amber-doj"]);
    expect(alertPlansOf("US-CA").map((p) => p.id)).toEqual(["amber-ca", "ebony-ca", "ema-ca"]);
    expect(alertPlansOf("US-IL").map((p) => p.id)).toEqual(["amber-il"]);
  });

  it("lists plans by jurisdiction in the order of the ids", () => {
    const order = ALERT_PLANS.map((p) => JURISDICTION_IDS.indexOf(p.jurisdiction));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("lets a second tier give way only to its own state's AMBER plan", () => {
    for (const p of ALERT_PLANS) {
      const unless = alertCriteria()[p.id]?.unless;
      if (unless === undefined) continue;
      expect(p.tier, p.id).toBe("second");
      const amber = ALERT_PLANS.find((q) => q.id === unless.alertId);
      expect(amber?.tier, p.id).toBe("amber");
      expect(amber?.jurisdiction, p.id).toBe(p.jurisdiction);
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(ALERT_PLANS)).toBe(true);
    for (const p of ALERT_PLANS) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.ruleIds)).toBe(true);
    }
  });
});

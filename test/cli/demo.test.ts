/**
 * The demo's overdue dashboard (DL-3): over the demo's synthetic year as of its end, no
 * located, closed or cancelled case appears, while the 0.1 reading ("due and not satisfied")
 * would have listed many found children.
 */
import { describe, expect, it } from "vitest";
import { createOverdueDashboard, DEMO_YEAR, YEAR_END } from "../../src/cli/commands/demo.js";
import { complianceDeadlines } from "../../src/deadlines/index.js";
import { statusAt } from "../../src/lifecycle/status.js";
import type { MissingCase } from "../../src/models/case.js";
import { syntheticYear } from "../../src/testing/index.js";

describe("the demo's overdue dashboard", () => {
  const cases = [...syntheticYear(DEMO_YEAR)];
  const dashboard = createOverdueDashboard(YEAR_END);
  for (const c of cases) dashboard.add(c);
  const d = dashboard.result();
  const byId = new Map(cases.map((c) => [c.id, c]));

  it("shows no located, closed or cancelled case", () => {
    expect(d.caseIds.length).toBeGreaterThan(100);
    const statuses = new Set(
      d.caseIds.map((id) => statusAt(byId.get(id) as MissingCase, YEAR_END)),
    );
    expect([...statuses].sort()).toEqual(["active", "reported"]);
  });

  it("is a realistic dashboard: several rules, hundreds of deadlines", () => {
    const total = Object.values(d.byRule).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(300);
    expect(Object.values(d.byRule).filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
    expect(d.lapsed).toBeGreaterThan(total);
    expect(d.missedThenFound).toBeGreaterThan(0);
  });

  it("would have been flooded with found children under the 0.1 reading", () => {
    const asOf = Date.parse(YEAR_END);
    const listed = new Set(d.caseIds);
    const found = cases.filter((c) => {
      const s = statusAt(c, YEAR_END);
      if (s !== "located" && s !== "closed") return false;
      const due = complianceDeadlines(c).filter((x) => Date.parse(x.dueAt) < asOf);
      return due.some((x) => x.satisfiedAt === undefined);
    });
    expect(found.length).toBeGreaterThan(d.caseIds.length);
    expect(found.filter((c) => listed.has(c.id))).toEqual([]);
  });
});

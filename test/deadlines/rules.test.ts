import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  DEADLINE_RULE_OF,
  DEADLINE_RULES,
  DEADLINE_SOURCES,
  type DeadlineRule,
} from "../../src/deadlines/rules.js";
import { JURISDICTIONS } from "../../src/jurisdictions/index.js";
import type { CA_DEADLINES } from "../../src/jurisdictions/profiles/ca.js";
import type { FL_DEADLINES } from "../../src/jurisdictions/profiles/fl.js";
import type { GA_DEADLINES } from "../../src/jurisdictions/profiles/ga.js";
import type { IL_DEADLINES } from "../../src/jurisdictions/profiles/il.js";
import type { NC_DEADLINES } from "../../src/jurisdictions/profiles/nc.js";
import type { NY_DEADLINES } from "../../src/jurisdictions/profiles/ny.js";
import type { OH_DEADLINES } from "../../src/jurisdictions/profiles/oh.js";
import type { TX_DEADLINES } from "../../src/jurisdictions/profiles/tx.js";
import type { US_DEADLINES } from "../../src/jurisdictions/profiles/us.js";
import { RULES } from "../../src/rules/index.js";

const doc = readFileSync(new URL("../../docs/lifecycle.md", import.meta.url), "utf8");

describe("deadline rules", () => {
  it("each applies a rule of the rule book", () => {
    for (const d of DEADLINE_RULES) expect(RULES).toContain(DEADLINE_RULE_OF[d]);
    expect(DEADLINE_RULE_OF["ncic-entry"].id).toBe("FED-4");
    expect(DEADLINE_RULE_OF["long-term-missing"].id).toBe("NC-2");
  });

  it("cite their rule's id, its provisions and its addresses", () => {
    expect(Object.keys(DEADLINE_SOURCES).sort()).toEqual([...DEADLINE_RULES].sort());
    for (const d of DEADLINE_RULES) {
      const rule = DEADLINE_RULE_OF[d];
      expect(DEADLINE_SOURCES[d]).toMatch(/^[A-Z]+-\d+( \(unverified\))?: .+ — https?:\/\/\S+/);
      expect(DEADLINE_SOURCES[d].startsWith(`${rule.id}`)).toBe(true);
      for (const s of rule.sources) if (s.url) expect(DEADLINE_SOURCES[d]).toContain(s.url);
    }
    expect(DEADLINE_SOURCES["ncic-entry"]).toContain("FED-4: 34 U.S.C. 41308(3)");
    expect(DEADLINE_SOURCES["long-term-missing"]).toMatch(/^NC-2 \(unverified\): /);
  });

  it("docs/lifecycle.md lists every deadline with a link to its rule", () => {
    for (const d of DEADLINE_RULES) {
      const id = DEADLINE_RULE_OF[d].id;
      // Biome pads the table's cells, so match the cell, not its width.
      expect(doc).toMatch(new RegExp(`\\| \`${d}\` +\\|`));
      expect(doc).toContain(`[${id}](rules.md#${id.toLowerCase()})`);
    }
  });
});

describe("DeadlineRule", () => {
  it("names exactly the deadlines of the profiles", () => {
    type Names = (
      | typeof US_DEADLINES
      | typeof NY_DEADLINES
      | typeof CA_DEADLINES
      | typeof TX_DEADLINES
      | typeof FL_DEADLINES
      | typeof IL_DEADLINES
      | typeof OH_DEADLINES
      | typeof GA_DEADLINES
      | typeof NC_DEADLINES
    )[number]["rule"];
    expectTypeOf<Names>().toEqualTypeOf<DeadlineRule>();
    const names = JURISDICTIONS.flatMap((j) => j.deadlines.map((d) => d.rule));
    expect([...new Set(names)]).toEqual([...DEADLINE_RULES]);
  });
});

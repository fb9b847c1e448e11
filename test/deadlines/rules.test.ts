import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEADLINE_RULES, DEADLINE_SOURCES } from "../../src/deadlines/rules.js";

const doc = readFileSync(new URL("../../docs/lifecycle.md", import.meta.url), "utf8");

describe("DEADLINE_SOURCES", () => {
  it("cites a DOMAIN.md rule id, a tag and an https address for every rule", () => {
    expect(Object.keys(DEADLINE_SOURCES).sort()).toEqual([...DEADLINE_RULES].sort());
    for (const rule of DEADLINE_RULES) {
      expect(DEADLINE_SOURCES[rule]).toMatch(/^(FED|NY|NC)-\d \[[VPU]\] .+ — https:\/\/\S+$/);
    }
  });
  it("docs/lifecycle.md lists every rule with its source address", () => {
    for (const rule of DEADLINE_RULES) {
      const url = DEADLINE_SOURCES[rule].split(" — ").at(-1) ?? "";
      // Biome pads the table's cells, so match the cell, not its width.
      expect(doc).toMatch(new RegExp(`\\| \`${rule}\` +\\|`));
      expect(doc).toContain(url);
    }
  });
});

/**
 * The generated documents: each committed copy equals its rendering (the same renderers
 * `scripts/docs.mjs` runs), and the renderings say what the data says.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClassification } from "../../scripts/docs/classification.js";
import { GENERATED_DOCS } from "../../scripts/docs/index.js";
import { lifecycleTextTable, renderLifecycle } from "../../scripts/docs/lifecycle.js";
import { linkRuleIds } from "../../scripts/docs/markdown.js";
import { renderRules } from "../../scripts/docs/rules.js";
import { LIFECYCLE_TABLE } from "../../src/lifecycle/table.js";
import { RULES } from "../../src/rules/index.js";

const root = new URL("../../", import.meta.url);
const read = (path: string): string | undefined => {
  try {
    return readFileSync(new URL(path, root), "utf8");
  } catch {
    return undefined;
  }
};

describe("generated docs", () => {
  it.each(GENERATED_DOCS.map((d) => [d.path, d] as const))(
    "%s is current (npm run docs:gen rewrites it)",
    (path, doc) => {
      const current = read(path);
      expect(current, `${path} is missing`).toBeDefined();
      expect(current, `${path} is stale: run npm run docs:gen`).toBe(doc.render(current));
    },
  );
});

describe("docs/rules.md", () => {
  const text = renderRules();

  it("has one anchor and one heading per rule, and a summary row per rule", () => {
    for (const r of RULES) {
      const a = r.id.toLowerCase();
      expect(text.split(`<a id="${a}"></a>`)).toHaveLength(2);
      expect(text).toContain(`### ${r.id} — ${r.title}`);
      expect(text).toContain(`| [${r.id}](#${a}) |`);
    }
  });

  it("lists every source with its address or citation", () => {
    for (const s of RULES.flatMap((r) => r.sources)) {
      if (s.url !== undefined) expect(text).toContain(`[${s.title}](${s.url})`);
      if (s.cite !== undefined) expect(text).toContain(`— ${s.cite}`);
    }
  });
});

describe("rule links", () => {
  it("link ids outside code, never the rule itself, and EP-3b as a whole", () => {
    expect(linkRuleIds("EP-3b and EP-3, not `EP-1`")).toBe(
      "[EP-3b](rules.md#ep-3b) and [EP-3](rules.md#ep-3), not `EP-1`",
    );
    expect(linkRuleIds("VOC-2 needs VOC-1", "", "VOC-2")).toBe("VOC-2 needs [VOC-1](#voc-1)");
    expect(linkRuleIds("NCIC-Missing-Person and FED-99")).toBe("NCIC-Missing-Person and FED-99");
  });
});

describe("docs/classification.md", () => {
  const text = renderClassification();

  it("names each criterion's rule with its status, linked to the rule book", () => {
    expect(text).toContain("### `thrownaway` — [EP-2](rules.md#ep-2) Thrownaway (unverified)");
    expect(text).toContain("| `with-drug-abuser` | [END-3](rules.md#end-3) | unverified |");
  });

  it("renders each condition from its expression", () => {
    expect(text).toContain(
      "`(leftWithoutPermission ∧ nightsAway ≥ 1) ∨ (choseNotToReturn ∧ (age ≤ 14 ∨ mentallyIncompetent) ∧ nightsAway ≥ 1) ∨ (choseNotToReturn ∧ age ≥ 15 ∧ nightsAway ≥ 2)`",
    );
  });
});

describe("docs/lifecycle.md", () => {
  it("the text table has one row per status and a cell per allowed event", () => {
    const rows = lifecycleTextTable().split("\n").slice(2);
    expect(rows).toHaveLength(Object.keys(LIFECYCLE_TABLE).length);
    expect(rows[0]).toBe("| reported | active | – | reported | located | – | cancelled | – |");
  });

  it("refuses a page without its markers", () => {
    expect(() => renderLifecycle("# no markers\n")).toThrow(/markers of lifecycle-diagram/);
  });
});

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClassificationDocs } from "../../src/classification/docs.js";

const PATH = new URL("../../docs/classification.md", import.meta.url);

describe("docs/classification.md", () => {
  const rendered = renderClassificationDocs();

  it("is the rendering of the rule tables (UPDATE_DOCS=1 rewrites it)", () => {
    if (process.env.UPDATE_DOCS === "1") writeFileSync(PATH, rendered);
    let committed = "";
    try {
      committed = readFileSync(PATH, "utf8");
    } catch {
      // missing file: stale by definition
    }
    expect(committed, "docs/classification.md is stale: run with UPDATE_DOCS=1").toBe(rendered);
  });

  it("says which rules are unverified", () => {
    expect(rendered).toContain("`thrownaway` — EP-2 [U]");
    expect(rendered).toMatch(/EP-2 \[U\]\n\n[^\n]*\*\*Unverified\.\*\*/);
    expect(rendered).toContain("`with-drug-abuser` | END-1 | [U] unverified");
  });

  it("renders each condition from its expression", () => {
    expect(rendered).toContain(
      "`(leftWithoutPermission ∧ nightsAway ≥ 1) ∨ (choseNotToReturn ∧ (age ≤ 14 ∨ mentallyIncompetent) ∧ nightsAway ≥ 1) ∨ (choseNotToReturn ∧ age ≥ 15 ∧ nightsAway ≥ 2)`",
    );
  });
});

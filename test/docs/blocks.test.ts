/** The block extractor and the checks it writes, on small documents. */
import { describe, expect, it } from "vitest";
import { fencedBlocks, leadingLiteral, splitGuard, withChecks } from "./blocks.js";

const DOC = [
  "# Guide",
  "```ts",
  "a(); // 1",
  "```",
  "- a list item:",
  "  ```ts",
  "  if (x) {",
  "    b();",
  "  }",
  "  ```",
  "````ts fragment",
  "```",
  "````",
  "~~~ts",
  "c();",
  "~~~",
  "```ts",
  "never closed",
].join("\n");

describe("fencedBlocks", () => {
  it("reads fences at the margin, indented in a list, with tildes and longer fences, unclosed to the end", () => {
    const blocks = fencedBlocks("guide.md", DOC);
    expect(blocks.map((b) => [b.line, b.info, b.code])).toEqual([
      [2, "ts", "a(); // 1"],
      [6, "ts", "if (x) {\n  b();\n}"],
      [11, "ts fragment", "```"],
      [14, "ts", "c();"],
      [17, "ts", "never closed"],
    ]);
  });
});

describe("withChecks", () => {
  it("checks a shown literal, also behind an if, and leaves prose, declarations and continued lines alone", () => {
    const code = [
      "f(); // 17",
      'if (r.ok) r.value.id; // "x": its id',
      "g(); // the answer",
      "const y = 2; // 2",
      "h(); // { min: 15, … }",
      "  .ok; // false",
      "if (ok) a; // 1",
      "else warn();",
    ].join("\n");
    const lines = withChecks(code, "guide.md:1").split("\n").slice(-8);
    expect(lines).toEqual([
      '__shown(f(), 17, "guide.md:1+1"); // 17',
      'if (r.ok) __shown(r.value.id, "x", "guide.md:1+2"); else __unmet("guide.md:1+2"); // "x": its id',
      "g(); // the answer",
      "const y = 2; // 2",
      "h(); // { min: 15, … }",
      "  .ok; // false",
      'if (ok) __shown(a, 1, "guide.md:1+7"); // 1',
      "else warn();",
    ]);
  });

  it("splits an if's condition from its statement, parentheses nested", () => {
    expect(splitGuard("if (f(a) && b) c.d")).toEqual(["if (f(a) && b) ", "c.d"]);
    expect(splitGuard("iffy(1)")).toEqual(["", "iffy(1)"]);
  });

  it("finds the literal a comment starts with", () => {
    expect(leadingLiteral('["a", "b"]: two')).toBe('["a", "b"]');
    expect(leadingLiteral("15 that day")).toBe("15");
    expect(leadingLiteral("prose")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import {
  barChart,
  formatBytes,
  formatCount,
  formatShare,
  pairs,
  table,
  wrap,
} from "../../src/cli/format.js";

describe("numbers", () => {
  it("counts with thousands separators, shares with one decimal", () => {
    expect(formatCount(12114)).toBe("12,114");
    expect(formatShare(0.95)).toBe("95.0 %");
  });

  it("sizes in B, kB, MB and GB", () => {
    expect([512, 1_500, 48_000_000, 1_300_000_000].map(formatBytes)).toEqual([
      "512 B",
      "1.5 kB",
      "48.0 MB",
      "1.30 GB",
    ]);
  });
});

describe("table", () => {
  it("aligns text left and numbers right, under a rule", () => {
    expect(
      table(
        ["code", "records"],
        [
          ["a/b", 1200],
          ["c/long-code", 3],
        ],
      ),
    ).toBe(
      [
        "  code         records",
        "  ───────────  ───────",
        "  a/b            1,200",
        "  c/long-code        3",
      ].join("\n"),
    );
  });

  it("paints body cells, not their padding nor the header", () => {
    const text = table(
      ["code", "n"],
      [
        ["a", 10],
        ["bb", 2],
      ],
      "",
      (cell, col, row) => (col === 0 ? `<${cell}:${row}>` : cell),
    );
    expect(text.split("\n")).toEqual(["code   n", "────  ──", "<a:0>     10", "<bb:1>     2"]);
  });
});

describe("pairs and wrap", () => {
  it("right-aligns numbers, wraps text, paints each line of a row", () => {
    expect(
      pairs([
        ["records", 1200],
        ["valid", 3],
      ]),
    ).toBe("  records  1,200\n  valid        3");
    const text = pairs([["why", "one two three four"]], "", 30, (line, row) => `${row}|${line}`);
    expect(text).toBe("0|why  one two three four");
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
    const long = pairs([["k", "aaaa bbbb cccc dddd eeee ffff gggg hhhh"]], "", 24);
    expect(long.split("\n")).toEqual(["k  aaaa bbbb cccc dddd", "   eeee ffff gggg hhhh"]);
  });
});

describe("barChart", () => {
  it("scales bars to the largest value", () => {
    expect(
      barChart(
        [
          ["Jan", 10],
          ["Feb", 5],
        ],
        4,
      ),
    ).toBe("  Jan 10 ████\n  Feb  5 ██");
  });
});

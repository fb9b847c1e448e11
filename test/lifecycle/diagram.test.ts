import { describe, expect, it } from "vitest";
import { lifecycleDiagram } from "../../src/lifecycle/diagram.js";
import { LIFECYCLE_TABLE } from "../../src/lifecycle/table.js";

describe("lifecycleDiagram", () => {
  it("draws the lifecycle table as a Mermaid state diagram", () => {
    expect(lifecycleDiagram()).toBe(
      [
        "stateDiagram-v2",
        "  [*] --> reported",
        "  reported --> active: enter",
        "  reported --> reported: notify",
        "  reported --> located: locate",
        "  reported --> cancelled: cancel",
        "  active --> active: verify, notify",
        "  active --> located: locate",
        "  active --> cancelled: cancel",
        "  located --> located: verify, notify",
        "  located --> closed: clear",
        "  located --> active: reopen",
        "  closed --> closed: notify",
        "  closed --> active: reopen",
        "  cancelled --> [*]",
        "",
      ].join("\n"),
    );
  });
  it("has one labelled arrow per allowed cell of the table", () => {
    const cells = Object.values(LIFECYCLE_TABLE).flatMap((row) => Object.keys(row));
    const labels = lifecycleDiagram()
      .split("\n")
      .flatMap((l) => (l.includes(": ") ? (l.split(": ")[1] ?? "").split(", ") : []));
    expect(labels.sort()).toEqual(cells.sort());
  });
});

import { describe, expect, it } from "vitest";
import { parseCase } from "../../src/index.js";
import { makeTestCase } from "./support.js";

describe("test case fixture", () => {
  it("is a valid case, with or without facts, indicators and NCIC data", () => {
    expect(parseCase(makeTestCase()).ok).toBe(true);
    const full = makeTestCase({
      age: 19,
      facts: { takenBy: "stranger", forceOrThreat: true, nightsAway: 2 },
      riskIndicators: ["romance-recruitment"],
      missingFrom: "foster-care",
      priorEpisodes: 3,
      ncic: { flags: ["CA"] },
    });
    expect(parseCase(full)).toMatchObject({ ok: true });
  });
});

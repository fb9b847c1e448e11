/** docs/ages.md states ages in a table and in examples: check them against the code. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ageOn, ageRangeOn, nightsAway } from "../../src/age/index.js";
import { localDate } from "../../src/time/local-date.js";

const doc = readFileSync(new URL("../../docs/ages.md", import.meta.url), "utf8");

describe("docs/ages.md", () => {
  it("the leap-day table matches ageOn", () => {
    const rows = [...doc.matchAll(/^\| (\d{4}-\d\d-\d\d) \| (\d{4}-\d\d-\d\d) \|(.*)\|$/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const options = [
      { rule: "anniversary", leapDay: "mar1" },
      { rule: "anniversary", leapDay: "feb28" },
      { rule: "common-law", leapDay: "mar1" },
      { rule: "common-law", leapDay: "feb28" },
    ] as const;
    for (const [, born, on, cells] of rows) {
      const ages = (cells ?? "").split("|").map((c) => Number(c.trim()));
      options.forEach((o, i) => {
        expect(ageOn(born as string, on as string, o), `${born} ${on} ${o.rule} ${o.leapDay}`).toBe(
          ages[i],
        );
      });
    }
  });

  it("the examples hold", () => {
    expect(localDate("2025-03-13T03:30:00Z", "America/New_York")).toBe("2025-03-12");
    expect(localDate("2024-02-29T22:00:00-05:00", "UTC")).toBe("2024-03-01");
    expect(ageOn("2007-01-01", "2024-12-31", { rule: "common-law" })).toBe(18);
    expect(ageRangeOn("2009", "2025-06-14")).toEqual({ min: 15, max: 16 });
    expect(ageOn("2009", "2025-12-31")).toBe(16);
    expect(ageRangeOn("2025", "2025-03-01")).toEqual({ min: 0, max: 0 });
    expect(
      nightsAway("2025-03-08T21:00:00-05:00", "2025-03-09T08:00:00-04:00", "America/New_York"),
    ).toBe(1);
  });

  it("the misuse messages are the ones the code throws", () => {
    const cases: [() => unknown, string][] = [
      [() => ageOn("2009-02-29", "2025-01-01"), "birthDate must be YYYY-MM-DD, YYYY-MM or YYYY"],
      [() => ageOn("2009-06-14", "2025-02-30"), "on must be a calendar date YYYY-MM-DD"],
      [
        () => ageOn("2009-06-14", "2009-06-13"),
        "on must not be before the earliest possible birth date",
      ],
      [
        () => ageOn("2009-06-14", "2025-01-01", { rule: "legal" as "anniversary" }),
        "options.rule must be 'anniversary' or 'common-law'",
      ],
      [
        () => nightsAway("2025-03-09T00:00:00Z", "2025-03-08T00:00:00Z", "UTC"),
        "to must not be before from",
      ],
      [() => localDate(new Date("x"), "UTC"), "at must be a valid Date in the years 0000–9999"],
    ];
    for (const [fn, message] of cases) {
      expect(fn).toThrow(message);
      expect(doc).toContain(message);
    }
  });
});

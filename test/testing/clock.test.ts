import { describe, expect, it } from "vitest";
import { addDays, formatInstant, wallToMs } from "../../src/testing/clock.js";

const NY = "America/New_York";

describe("wallToMs and formatInstant", () => {
  it("round-trips an ordinary wall time with its offset", () => {
    expect(formatInstant(wallToMs(NY, 2025, 3, 11, 14, 5), NY)).toBe("2025-03-11T14:05:00-04:00");
    expect(formatInstant(wallToMs(NY, 2025, 1, 2, 21, 15), NY)).toBe("2025-01-02T21:15:00-05:00");
  });
  it("moves a time in the spring-forward gap past the gap", () => {
    expect(formatInstant(wallToMs(NY, 2025, 3, 9, 2, 30), NY)).toBe("2025-03-09T03:30:00-04:00");
  });
  it("takes the earlier instant in the fall-back overlap", () => {
    expect(formatInstant(wallToMs(NY, 2025, 11, 2, 1, 30), NY)).toBe("2025-11-02T01:30:00-04:00");
    expect(formatInstant(wallToMs(NY, 2025, 11, 2, 1, 30) + 3_600_000, NY)).toBe(
      "2025-11-02T01:30:00-05:00",
    );
  });
  it("takes the earlier instant east of UTC too", () => {
    const london = "Europe/London";
    expect(formatInstant(wallToMs(london, 2025, 10, 26, 1, 30), london)).toBe(
      "2025-10-26T01:30:00+01:00",
    );
    expect(formatInstant(wallToMs(london, 2025, 3, 30, 1, 30), london)).toBe(
      "2025-03-30T02:30:00+01:00",
    );
  });
  it("writes UTC as Z and half-hour offsets exactly", () => {
    expect(formatInstant(Date.UTC(2024, 1, 29, 23, 59, 59), "UTC")).toBe("2024-02-29T23:59:00Z");
    expect(formatInstant(Date.UTC(2024, 0, 1), "Asia/Kolkata")).toBe("2024-01-01T05:30:00+05:30");
    expect(formatInstant(Date.UTC(2024, 0, 1), "Australia/Lord_Howe")).toBe(
      "2024-01-01T11:00:00+11:00",
    );
    expect(formatInstant(Date.UTC(2024, 6, 1), "Australia/Lord_Howe")).toBe(
      "2024-07-01T10:30:00+10:30",
    );
  });
  it("names the same instant it was given, to the minute", () => {
    const ms = Date.UTC(2024, 2, 10, 6, 59);
    expect(Date.parse(formatInstant(ms, NY))).toBe(ms);
  });
});

describe("addDays", () => {
  it("crosses leap days, months and years", () => {
    expect(addDays(20240228, 1)).toBe(20240229);
    expect(addDays(20240229, 1)).toBe(20240301);
    expect(addDays(20230228, 1)).toBe(20230301);
    expect(addDays(20241231, 1)).toBe(20250101);
    expect(addDays(20250101, -1)).toBe(20241231);
  });
});

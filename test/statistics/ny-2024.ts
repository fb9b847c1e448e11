/**
 * The worked example of docs/statistics.md: case records that reproduce New York's
 * published 2024 figures (DCJS, March 2025, as relayed in news [P]): 12,114 reports of
 * children under 18, 95 % recorded as runaways, 12,310 cases closed (reported in 2024 or
 * earlier) and 1,067 still active at the end of 2024. Built by index arithmetic, so it is
 * the same on every run and platform, plus records that must NOT count (adults, duplicates,
 * records entered in error, reports of 2025, cases of 2023 closed in 2023).
 */
import type { CaseEvent, MissingCase, ReportedAs } from "../../src/index.js";
import { ev, makeTestCase } from "./make.js";

export const NY_2024 = {
  reported: 12_114,
  runaways: 11_508, // 95.0 % of 12,114
  closedOf2024: 11_114, // 2024 reports cleared in 2024
  closedOfEarlier: 1_196, // earlier reports cleared in 2024
  openOfEarlier: 67, // earlier reports still open at the end of 2024
} as const;

const H = 3_600_000;
const D = 24 * H;
/** Local year 2024 in New York: [2024-01-01T05:00Z, 2025-01-01T05:00Z). */
const START_2024 = Date.UTC(2024, 0, 1, 5);
const END_2024 = Date.UTC(2025, 0, 1, 5);
const START_2023 = Date.UTC(2023, 0, 1, 5);
/** The last report of the year: 23:30 on 31 December in New York, 04:30 UTC on 1 January. */
const LAST_REPORT = "2024-12-31T23:30:00-05:00";
const iso = (ms: number) => new Date(ms).toISOString();
const OTHER: readonly ReportedAs[] = [
  "family-abduction",
  "thrownaway",
  "lost-injured",
  "benign-explanation",
  "unknown",
  "nonfamily-abduction",
];

/** Born 15 June of 2007 … 2020: under 18 on every day of 2024. */
const childBirth = (i: number) =>
  i % 7 === 0 ? String(2010 + (i % 5)) : `${2007 + (i % 14)}-06-15`;

function cleared(r: number, i: number): CaseEvent[] {
  const base = [ev.enter(iso(r + H)), ev.locate(iso(r + D)), ev.clear(iso(r + 2 * D))];
  // Every 50th: reopened and cleared again within days — still one closure.
  if (i % 50 !== 0) return base;
  return [...base, ev.reopen(iso(r + 3 * D)), ev.locate(iso(r + 4 * D)), ev.clear(iso(r + 5 * D))];
}

/** Still open at the end of 2024, in five ways (j = 0 … 999). */
function openAtYearEnd(r: number, j: number): CaseEvent[] {
  switch (j % 5) {
    case 0:
      return []; // reported, never entered
    case 1:
      return [ev.enter(iso(r + 60_000))]; // active
    case 2:
      return [ev.enter(iso(r + 60_000)), ev.locate(iso(r + 120_000))]; // located, not cleared
    case 3: // cleared in January 2025: open at the end of 2024
      return [
        ev.enter(iso(r + 60_000)),
        ev.locate(iso(END_2024 + D)),
        ev.clear(iso(END_2024 + 2 * D)),
      ];
    default: // cancelled as unfounded in 2025: open at the end of 2024
      return [ev.enter(iso(r + 60_000)), ev.cancel(iso(END_2024 + 30 * D), "unfounded")];
  }
}

function reports2024(): MissingCase[] {
  const n = NY_2024.reported;
  const span = END_2024 - START_2024 - H;
  const out: MissingCase[] = [];
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const r = last ? Date.parse(LAST_REPORT) : START_2024 + Math.floor((i * span) / n);
    out.push(
      makeTestCase({
        id: `NY24-${i}`,
        birthDate: childBirth(i),
        reportedAt: last ? LAST_REPORT : iso(r),
        reportedAs: i < NY_2024.runaways ? "runaway" : (OTHER[i % OTHER.length] ?? "unknown"),
        events:
          i < NY_2024.closedOf2024 ? cleared(r, i) : openAtYearEnd(r, i - NY_2024.closedOf2024),
      }),
    );
  }
  return out;
}

function earlierReports(): MissingCase[] {
  const out: MissingCase[] = [];
  for (let i = 0; i < NY_2024.closedOfEarlier; i++) {
    const r = START_2023 + Math.floor(i * 0.25 * D); // from January 2023 on
    const clear = START_2024 + (i % 150) * D + 12 * H; // January to May 2024
    out.push(
      makeTestCase({
        id: `NY23-C${i}`,
        birthDate: childBirth(i + 3),
        reportedAt: iso(r),
        reportedAs: i % 20 === 0 ? "family-abduction" : "runaway",
        events: [ev.enter(iso(r + H)), ev.locate(iso(clear - H)), ev.clear(iso(clear))],
      }),
    );
  }
  for (let i = 0; i < NY_2024.openOfEarlier; i++) {
    const r = Date.UTC(2022, 3, 1) + i * 9 * D;
    out.push(
      makeTestCase({
        id: `NY23-O${i}`,
        birthDate: childBirth(i + 5),
        reportedAt: iso(r),
        events:
          i % 2 === 0 ? [ev.enter(iso(r + H))] : [ev.enter(iso(r + H)), ev.locate(iso(r + D))],
      }),
    );
  }
  return out;
}

/** Records in none of the 2024 counts. */
function excluded(): MissingCase[] {
  const out: MissingCase[] = [];
  for (let i = 0; i < 300; i++) {
    // Adults at report (18–20): outside the population even when cleared in 2024.
    const r = START_2024 + i * D;
    out.push(
      makeTestCase({
        id: `ADULT-${i}`,
        birthDate: `${2003 + (i % 3)}-01-01`,
        reportedAt: iso(r),
        events:
          i % 2 === 0
            ? [ev.enter(iso(r + H)), ev.locate(iso(r + D)), ev.clear(iso(r + 2 * D))]
            : [],
      }),
    );
  }
  for (let i = 0; i < 60; i++) {
    // Duplicates and records entered in error, cancelled during 2024 or after it.
    const r = START_2024 + i * 5 * D;
    const cancelAt = i % 2 === 0 ? r + D : END_2024 + 10 * D;
    out.push(
      makeTestCase({
        id: `VOID-${i}`,
        birthDate: childBirth(i),
        reportedAt: iso(r),
        events: [
          ev.enter(iso(r + H)),
          ev.cancel(iso(cancelAt), i % 3 === 0 ? "entered-in-error" : "duplicate"),
        ],
      }),
    );
  }
  for (let i = 0; i < 500; i++) {
    // 2023 reports closed in 2023.
    const r = START_2023 + i * 12 * H;
    out.push(
      makeTestCase({
        id: `OLD-${i}`,
        birthDate: childBirth(i),
        reportedAt: iso(r),
        events: [ev.enter(iso(r + H)), ev.locate(iso(r + D)), ev.clear(iso(r + 2 * D))],
      }),
    );
  }
  // Reported in 2025, the first at 00:30 on 1 January in New York.
  out.push(
    makeTestCase({
      id: "NY25-0",
      birthDate: "2010-01-01",
      reportedAt: "2025-01-01T00:30:00-05:00",
    }),
  );
  for (let i = 1; i < 50; i++) {
    out.push(
      makeTestCase({ id: `NY25-${i}`, birthDate: "2010", reportedAt: iso(END_2024 + i * D) }),
    );
  }
  return out;
}

/** Every record of the example, interleaved deterministically (order does not matter). */
export function ny2024Cases(): MissingCase[] {
  return [...excluded(), ...earlierReports(), ...reports2024()];
}

/**
 * Rescue-operation summaries (OP-1 … OP-5).
 * @module
 */
import { type AgeRange, ageRangeOnPacked } from "../age/index.js";
import { notCase } from "../issues/misuse.js";
import type { Agency } from "../models/agency.js";
import type { MissingCase } from "../models/case.js";
import type { Operation } from "../models/operation.js";
import { dayNumber } from "../time/day-number.js";
import { instantArgMs, instantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import { dateBounds } from "../time/partial-date.js";
import type { OperationSummary, OperationSummaryOptions } from "./types.js";

/** Under this age at report a located person is a minor (OP-4). */
const MINOR_AGE = 18;

/** The time of the first locate event naming `opId`, if at or before `asOfMs`. */
function firstLocateMs(
  c: MissingCase,
  opId: string,
  asOfMs: number,
  param: string,
): number | undefined {
  if (!Array.isArray(c.events)) throw new TypeError(`${param}.events must be an array`);
  for (const [i, e] of c.events.entries()) {
    if (e.type !== "locate" || e.operationId !== opId) continue;
    const ms = instantMs(e.at, `${param}.events[${i}].at`);
    // Events run oldest first: a later locate naming the operation is later still.
    return ms <= asOfMs ? ms : undefined;
  }
  return undefined;
}

/** Ages of a located case at report and when found, on local dates in its zone (AGE-7). */
function agesOf(c: MissingCase, foundMs: number, param: string): [AgeRange, AgeRange] {
  const birth = dateBounds(c.child?.birthDate, `${param}.child.birthDate`);
  const reportedMs = instantMs(c.reportedAt, `${param}.reportedAt`);
  const zone = `${param}.timeZone`;
  return [
    ageRangeOnPacked(
      birth,
      localPacked(reportedMs, c.timeZone, zone),
      undefined,
      `${param}.reportedAt`,
    ),
    ageRangeOnPacked(birth, localPacked(foundMs, c.timeZone, zone), undefined, `${param}.events`),
  ];
}

/** The smallest range covering `a` and `b`. */
function widen(a: AgeRange | null, b: AgeRange): AgeRange {
  if (a === null) return b;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

/** Participants of `op` found in `agencies`, counted by kind (each participant once). */
function countKinds(
  participants: ReadonlySet<string>,
  agencies: Iterable<Agency> | undefined,
): Partial<Record<Agency["kind"], number>> {
  const byKind: Partial<Record<Agency["kind"], number>> = {};
  const seen = new Set<string>();
  for (const a of agencies ?? []) {
    if (!participants.has(a.id) || seen.has(a.id)) continue;
    seen.add(a.id);
    byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  }
  return byKind;
}

/**
 * Calendar days of the window in the operation's zone, both ends included (AGE-1): the
 * same local-date arithmetic as `nightsAway`, plus the first day.
 */
function operationDays(op: Operation): number {
  if (typeof op !== "object" || op === null) throw new TypeError("op must be an Operation");
  if (!Array.isArray(op.caseIds) || !Array.isArray(op.participantAgencyIds)) {
    throw new TypeError("op.caseIds and op.participantAgencyIds must be arrays");
  }
  const startsMs = instantMs(op.startsAt, "op.startsAt");
  const endsMs = instantMs(op.endsAt, "op.endsAt");
  if (endsMs < startsMs) throw new RangeError("op.endsAt must not be before op.startsAt");
  const first = dayNumber(localPacked(startsMs, op.timeZone, "op.timeZone"));
  return dayNumber(localPacked(endsMs, op.timeZone, "op.timeZone")) - first + 1;
}

/**
 * Summarises a multi-agency rescue operation from the case records, as of an instant
 * (OP-1 … OP-5, all choices of this library, modelled on the New York operations of
 * 2024–2026).
 *
 * - `days`: calendar days from the local date of `startsAt` to that of `endsAt` in
 *   `op.timeZone`, both included (AGE-1).
 * - `agencies` (OP-1): `total` counts distinct `participantAgencyIds`; `byKind` counts the
 *   participants found in `agencies` (an agency not given is in `total` only).
 * - `located` (OP-2): cases of `op.caseIds` (each id once) whose events include a locate
 *   naming `op.id`, counted even after the window; a case the operation did not work, or
 *   a locate that does not name the operation, never counts. The first such locate decides
 *   `locatedDuringWindow` (at or before `endsAt`: a locate at `endsAt` exactly is during) or
 *   `locatedAfterWindow`, and the age at found; a later reopen does not undo it. A locate
 *   naming the operation before `startsAt` (found while the operation was being prepared)
 *   counts as located and as during.
 * - `asOf` (OP-3): locates after it are ignored, so the headline can be recomputed for any
 *   instant (64 at the end of the Capital Region window, 69 eight days later).
 * - Ages (OP-4, AGE-7): at report, and at the first locate naming the operation, on local
 *   dates in the case's zone; a partial birth date widens the ranges; `locatedMinors`
 *   counts those under 18 at report by the lower bound of the age (as the annual
 *   statistics do). `ageAtReport` and `ageAtFound` range over every located case, or with
 *   `options.minorsOnly: true` over the located cases under 18 at report (the same test as
 *   `locatedMinors`), so that a headline of children is not widened by an adult found
 *   with them. Age at found may exceed 20 and never reclassifies the case.
 * - `locatedByAgency` (OP-1, OP-4): by the case's `reportingAgencyId`; the operation owns
 *   no case. No episode type is inferred from operation wording (OP-5).
 *
 * Pure: inputs are never mutated. Throws a `RangeError`/`TypeError` naming `op`,
 * `options.asOf`, `options.minorsOnly` or the case field when one is invalid (parsed records
 * never are).
 *
 * @example
 * ```ts
 * const s = summarizeOperation(op, cases, agencies, { asOf: "2025-03-13T17:00:00-04:00" });
 * s.days;                                  // 3
 * s.agencies.total;                        // 62
 * s.located;                               // 65: 64 children and a 25-year-old
 * s.locatedMinors;                         // 64
 * [s.ageAtReport, s.ageAtFound];           // [{ min: 2, max: 25 }, { min: 6, max: 25 }]
 * const children = summarizeOperation(op, cases, agencies, {
 *   asOf: "2025-03-13T17:00:00-04:00",
 *   minorsOnly: true,
 * });
 * [children.ageAtReport, children.ageAtFound]; // [{ min: 2, max: 17 }, { min: 6, max: 22 }]
 * ```
 * @see `docs/rules.md#op-1`
 * @see `docs/rules.md#op-2`
 * @see `docs/rules.md#op-3`
 * @see `docs/rules.md#op-4`
 * @see `docs/rules.md#op-5`
 * @see `docs/rules.md#age-7`
 */
export function summarizeOperation(
  op: Operation,
  cases: Iterable<MissingCase>,
  agencies?: Iterable<Agency>,
  options: OperationSummaryOptions = {},
): OperationSummary {
  const days = operationDays(op);
  const asOfMs =
    options.asOf === undefined
      ? Number.POSITIVE_INFINITY
      : instantArgMs(options.asOf, "options.asOf");
  const minorsOnly = options.minorsOnly ?? false;
  if (typeof minorsOnly !== "boolean") throw new TypeError("options.minorsOnly must be a boolean");
  const endsMs = instantMs(op.endsAt, "op.endsAt");
  const worked = new Set(op.caseIds);
  const participants = new Set(op.participantAgencyIds);
  const done = new Set<string>();
  let located = 0;
  let during = 0;
  let minors = 0;
  let ageAtReport: AgeRange | null = null;
  let ageAtFound: AgeRange | null = null;
  const locatedByAgency: Record<string, number> = {};
  let i = -1;
  for (const c of cases) {
    i++;
    if (typeof c !== "object" || c === null) throw notCase(`cases[${i}]`);
    if (!worked.has(c.id) || done.has(c.id)) continue;
    done.add(c.id);
    const foundMs = firstLocateMs(c, op.id, asOfMs, `cases[${i}]`);
    if (foundMs === undefined) continue;
    const [atReport, atFound] = agesOf(c, foundMs, `cases[${i}]`);
    located++;
    if (foundMs <= endsMs) during++;
    const minor = atReport.min < MINOR_AGE;
    if (minor) minors++;
    if (minor || !minorsOnly) {
      ageAtReport = widen(ageAtReport, atReport);
      ageAtFound = widen(ageAtFound, atFound);
    }
    locatedByAgency[c.reportingAgencyId] = (locatedByAgency[c.reportingAgencyId] ?? 0) + 1;
  }
  return {
    operationId: op.id,
    days,
    agencies: { total: participants.size, byKind: countKinds(participants, agencies) },
    casesWorked: worked.size,
    located,
    locatedDuringWindow: during,
    locatedAfterWindow: located - during,
    locatedMinors: minors,
    ageAtReport,
    ageAtFound,
    locatedByAgency,
  };
}

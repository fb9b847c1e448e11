/**
 * Synthetic cases with a consistent event history.
 * @module
 */

import { deriveStatus } from "../lifecycle/status.js";
import type { MissingCase } from "../models/case.js";
import type { CaseEvent } from "../models/case-event.js";
import type { CaseStatus } from "../models/case-status.js";
import type { Child } from "../models/child.js";
import type { Place } from "../models/place.js";
import type { ReportedAs } from "../models/reported-as.js";
import { isCarePlacement } from "../rules/care.js";
import { dayNumber } from "../time/day-number.js";
import { instantMs } from "../time/instant.js";
import { localPacked } from "../time/local-date.js";
import { formatPacked } from "../time/packed-date.js";
import { MINUTE_MS } from "../time/units.js";
import { birthDateForAge, type FactoryOptions, randomChild } from "./child.js";
import { formatInstant, wallToMs } from "./clock.js";
import { entryCategory, episodeFacts, historyPlan, recordedIndicators } from "./episode.js";
import { buildHistory } from "./history.js";
import { createRng, deriveSeed, type Rng } from "./random.js";
import { AGE_WEIGHTS, MISSING_FROM, NON_RUNAWAY, zoneOfState } from "./vocabulary.js";

/** Everything an episode is built from. @internal */
export type EpisodeSpec = {
  readonly id: string;
  readonly child: Child;
  readonly reportingAgencyId: string;
  readonly state?: MissingCase["state"];
  readonly zone: string;
  /** On a whole minute. */
  readonly reportedMs: number;
  /** On a whole minute, at or before `reportedMs`. */
  readonly lastContactMs: number;
  readonly reportedAs: ReportedAs;
  readonly missingFrom: NonNullable<MissingCase["missingFrom"]>;
  readonly priorEpisodes: number;
  readonly place?: Place;
  readonly outcome?: CaseStatus;
  readonly operationId?: string;
  /** Force the locate at this instant (on a whole minute, after the report). */
  readonly locateAtMs?: number;
  /** Events after this instant are not known yet (a snapshot at year end). */
  readonly untilMs?: number;
};

/** A random NIC: `M` + 9 digits (NCIC-6, format unverified). @internal */
export function randomNic(rng: Rng): string {
  return `M${String(rng.int(0, 999_999_999)).padStart(9, "0")}`;
}

/**
 * Local midnights between two instants in a zone (EpisodeFacts.nightsAway): the same count
 * as `nightsAway`, on instants already in milliseconds.
 */
function nightsBetween(fromMs: number, toMs: number, zone: string): number {
  return dayNumber(localPacked(toMs, zone)) - dayNumber(localPacked(fromMs, zone));
}

/**
 * A case from its spec: facts, risk indicators and a history that the lifecycle table
 * allows, cut at `spec.untilMs`. Its `status` is what the events lead to.
 * @internal
 */
export function buildCase(rng: Rng, spec: EpisodeSpec): MissingCase {
  const facts = episodeFacts(rng, spec.reportedAs);
  const fromCare = isCarePlacement(spec.missingFrom);
  const category = entryCategory(spec.reportedAs, facts, spec.child.disability === true);
  const plan = historyPlan(rng, {
    category,
    nic: randomNic(rng),
    fromCare,
    ny: spec.state === "NY",
    ...(spec.outcome ? { outcome: spec.outcome } : {}),
    ...(spec.operationId ? { operationId: spec.operationId } : {}),
    ...(spec.locateAtMs === undefined
      ? {}
      : { locateAfter: Math.round((spec.locateAtMs - spec.reportedMs) / MINUTE_MS) }),
  });
  const { events, status } = buildHistory(plan, spec.reportedMs, spec.zone, spec.untilMs);
  const locate = events.find((e) => e.type === "locate");
  const enter = events.find((e) => e.type === "enter");
  const nights = locate
    ? nightsBetween(spec.lastContactMs, instantMs(locate.at, "at"), spec.zone)
    : undefined;
  const indicators = recordedIndicators(rng);
  const abducted = spec.reportedAs.endsWith("abduction") && facts.physicalSafetyAtRisk === true;
  return {
    id: spec.id,
    child: spec.child,
    reportingAgencyId: spec.reportingAgencyId,
    ...(spec.state ? { state: spec.state } : {}),
    timeZone: spec.zone,
    reportedAt: formatInstant(spec.reportedMs, spec.zone),
    lastContactAt: formatInstant(spec.lastContactMs, spec.zone),
    ...(spec.place ? { lastContactPlace: spec.place } : {}),
    reportedAs: spec.reportedAs,
    missingFrom: spec.missingFrom,
    priorEpisodes: spec.priorEpisodes,
    facts: nights === undefined ? facts : { ...facts, nightsAway: nights },
    ...(indicators ? { riskIndicators: indicators } : {}),
    ...(enter?.type === "enter"
      ? {
          ncic: {
            nic: enter.nic ?? "",
            category: enter.category,
            ...(abducted ? { flags: ["CA" as const] } : {}),
          },
        }
      : {}),
    status,
    events,
  };
}

/** Minutes between last contact and the report: mostly hours, sometimes a day or more. @internal */
export function reportDelay(rng: Rng): number {
  return rng.chance(0.8) ? rng.int(20, 12 * 60) : rng.int(12 * 60, 72 * 60);
}

/** What the reporter said, with runaways at `runawayShare`. @internal */
export function randomReportedAs(rng: Rng, runawayShare: number): ReportedAs {
  return rng.chance(runawayShare) ? "runaway" : rng.weighted(NON_RUNAWAY);
}

/** Where the child went missing from (runaways from care far more often). @internal */
export function randomMissingFrom(rng: Rng, reportedAs: ReportedAs) {
  return reportedAs === "runaway"
    ? rng.weighted(MISSING_FROM)
    : rng.chance(0.9)
      ? "home"
      : "foster-care";
}

/** The status events lead to; `'reported'` for events the table does not allow (tests build those). */
function statusOf(events: readonly CaseEvent[]): CaseStatus {
  try {
    return deriveStatus(events);
  } catch {
    return "reported";
  }
}

/** Overrides of {@link makeCase}: any field of a case. */
export type CaseOverrides = Partial<MissingCase>;

function reportTimes(
  rng: Rng,
  zone: string,
  o: CaseOverrides,
): [reported: number, lastContact: number] {
  const floor = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  if (o.reportedAt !== undefined) {
    const reported = floor(instantMs(o.reportedAt, "overrides.reportedAt"));
    const last = o.lastContactAt === undefined ? reported - reportDelay(rng) * MINUTE_MS : reported;
    return [reported, last];
  }
  if (o.lastContactAt !== undefined) {
    // Rounded up to a whole minute, so the report is never before the last contact.
    const last =
      Math.ceil(instantMs(o.lastContactAt, "overrides.lastContactAt") / MINUTE_MS) * MINUTE_MS;
    return [last + reportDelay(rng) * MINUTE_MS, last];
  }
  const reported = wallToMs(
    zone,
    2025,
    rng.int(1, 12),
    rng.int(1, 28),
    rng.int(0, 23),
    rng.int(0, 59),
  );
  return [reported, reported - reportDelay(rng) * MINUTE_MS];
}

/**
 * A valid case with a consistent event history, deterministic for its seed (default 1).
 *
 * The history follows the lifecycle table (`allowedEvents`, `deriveStatus`): give
 * `overrides.status` alone to get a history that ends there, or `overrides.events` alone to
 * get the status they lead to. Fields the history depends on (`timeZone`, `reportedAt`,
 * `lastContactAt`, `reportedAs`, `missingFrom`, `state`, `child`) are read from
 * `overrides` before the rest is built, so the result stays valid; overrides that contradict
 * each other (a birth date after the last contact, say) are kept as given, which is how
 * tests build invalid records. The reference year is 2025 (no clock is read).
 *
 * @example
 * ```ts
 * import { makeCase } from "missing-child-cases/testing";
 * const c = makeCase({ status: "located", reportedAs: "runaway" }, { seed: 7 });
 * parseCase(c).ok;           // true
 * c.events.at(-1)?.type;     // "locate"
 * ```
 */
export function makeCase(overrides: CaseOverrides = {}, options: FactoryOptions = {}): MissingCase {
  const seed = options.seed ?? 1;
  const rng = createRng(deriveSeed(seed, 2));
  // A case in a profiled state defaults to that state's zone (CA: America/Los_Angeles).
  const zone = overrides.timeZone ?? zoneOfState(overrides.state);
  const [reportedMs, lastContactMs] = reportTimes(rng, zone, overrides);
  const reportedAs = overrides.reportedAs ?? randomReportedAs(rng, 0.8);
  const missingFrom = overrides.missingFrom ?? randomMissingFrom(rng, reportedAs);
  const age = rng.weighted(AGE_WEIGHTS);
  const child =
    overrides.child ??
    randomChild(
      rng,
      `child-${seed}`,
      formatPacked(birthDateForAge(rng, localPacked(lastContactMs, zone), age)),
      age,
    );
  const state = overrides.state ?? "NY";
  const built = buildCase(rng, {
    id: `case-${seed}`,
    child,
    reportingAgencyId: "albany-pd",
    state,
    zone,
    reportedMs,
    lastContactMs,
    reportedAs,
    missingFrom,
    priorEpisodes: rng.weighted([
      [0, 70],
      [1, 15],
      [2, 8],
      [3, 7],
    ] as const),
    place: { city: "Albany", county: "Albany", state: "NY" },
    ...(overrides.status && !overrides.events ? { outcome: overrides.status } : {}),
  });
  const events: readonly CaseEvent[] = overrides.events ?? built.events;
  const status = overrides.status ?? (overrides.events ? statusOf(overrides.events) : built.status);
  return { ...built, ...overrides, events, status };
}

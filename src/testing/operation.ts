/**
 * Synthetic operations: a Capital Region-like multi-agency rescue operation (OP-1 … OP-5).
 * @module
 */
import type { Agency } from "../models/agency.js";
import type { MissingCase } from "../models/case.js";
import type { Operation } from "../models/operation.js";
import { localPacked } from "../time/local-date.js";
import { formatPacked, type PackedDate } from "../time/packed-date.js";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "../time/units.js";
import { requireZone } from "../time/zone.js";
import { capitalRegionAgencies } from "./agency.js";
import { buildCase } from "./case.js";
import { type FactoryOptions, randomChild } from "./child.js";
import { formatInstant, wallToMs } from "./clock.js";
import {
  agesOf,
  birthDateFor,
  daysBefore,
  daysMissing,
  HEADLINE_CHILDREN,
  headlineOwners,
  OPERATION_MISSING_FROM,
  ROMANCE,
  type Role,
  reportedAsOf,
  roleOf,
} from "./operation-plan.js";
import { createRng, deriveSeed, type Rng } from "./random.js";
import { CASE_OWNERS } from "./vocabulary.js";

const LOCAL_DEPARTMENTS = 48;

/** The Capital Region-like participants: named agencies plus county and town departments. */
function participants(zone: string): Agency[] {
  const towns = Array.from({ length: LOCAL_DEPARTMENTS }, (_, i): Agency => {
    const n = String(i + 1).padStart(2, "0");
    return {
      id: `town-pd-${n}`,
      name: `Town ${n} Police Department`,
      kind: "law-enforcement",
      level: "local",
      state: "NY",
      timeZone: zone,
    };
  });
  return [...capitalRegionAgencies(zone), ...towns];
}

/**
 * A valid operation, deterministic for its seed (default 1): a Capital Region-like
 * three-day rescue operation (OP-1) led by the state clearinghouse with
 * 62 participants (the lead included), starting on a March morning of 2025 and ending at
 * 17:00 on its third day, working 40–90 cases.
 *
 * @example
 * ```ts
 * import { makeOperation } from "missing-child-cases/testing";
 * const op = makeOperation({ caseIds: ["c-1", "c-2"] }, { seed: 5 });
 * parseOperation(op).ok; // true
 * ```
 */
export function makeOperation(
  overrides: Partial<Operation> = {},
  options: FactoryOptions = {},
): Operation {
  const seed = options.seed ?? 1;
  const rng = createRng(deriveSeed(seed, 5));
  const zone = overrides.timeZone ?? "America/New_York";
  const day = rng.int(3, 24);
  const cases = rng.int(40, 90);
  return {
    id: `op-capital-region-${seed}`,
    name: "Capital Region Missing Child Rescue Operation",
    leadAgencyId: "nys-dcjs",
    participantAgencyIds: participants(zone).map((a) => a.id),
    startsAt: formatInstant(wallToMs(zone, 2025, 3, day, 8), zone),
    endsAt: formatInstant(wallToMs(zone, 2025, 3, day + 2, 17), zone),
    timeZone: zone,
    caseIds: Array.from(
      { length: cases },
      (_, i) => `ALB-${seed}-${String(i + 1).padStart(4, "0")}`,
    ),
    ...overrides,
  };
}

/** Options of {@link syntheticOperation}. */
export type SyntheticOperationOptions = {
  /** Seed: the same seed gives the same operation, cases and agencies. */
  readonly seed: number;
  /**
   * Cases the operation works (default 90). The published figures need at least 65 (the 64
   * children located in the window and the adult); with fewer, the first ones of the plan.
   */
  readonly cases?: number;
  /** IANA zone. Default `"America/New_York"`. */
  readonly timeZone?: string;
};

/** A Capital Region-like operation with the cases it worked and the agencies taking part. */
export type SyntheticOperation = {
  /** The operation; its `caseIds` are the ids of `cases`, in order. */
  readonly operation: Operation;
  /** The cases it worked, each owned by its police department. */
  readonly cases: MissingCase[];
  /** Every participant, the lead included. */
  readonly agencies: Agency[];
};

/** The window and the instant of the published later count (11 a.m. on 21 March). */
type Window = { readonly start: number; readonly end: number; readonly later: number };

/** When the case's child is found, on a whole minute, or `undefined` for an open case. */
function foundAt(rng: Rng, role: Role, w: Window): number | undefined {
  const minute = (from: number, to: number) =>
    from + rng.int(0, Math.floor((to - from) / MINUTE_MS)) * MINUTE_MS;
  if (role === "open") return undefined;
  if (role === "after") return minute(w.end + HOUR_MS, w.later - HOUR_MS);
  return minute(w.start, w.end);
}

/** The facts of the youngest: taken by a parent without custody, and kept out of reach. */
const PARENTAL_ABDUCTION = {
  takenBy: "family-member",
  custodyViolation: true,
  concealment: true,
} as const;

/** Recorded indicators plus, for about one teenager in four, a "romance" indicator (TRF-3). */
function withRomance(rng: Rng, c: MissingCase, role: Role): MissingCase["riskIndicators"] {
  if (role === "adult" || role === "youngest" || !rng.chance(0.25)) return c.riskIndicators;
  return [...new Set([...(c.riskIndicators ?? []), rng.weighted(ROMANCE)])].sort();
}

function workedCase(rng: Rng, op: Operation, id: string, role: Role, owner: string, w: Window) {
  const zone = op.timeZone;
  const found = foundAt(rng, role, w);
  const ages = agesOf(rng, role);
  const foundDate = localPacked(found ?? w.end, zone);
  const reportDate = daysBefore(foundDate, daysMissing(rng, role, ages));
  const birth = birthDateFor(rng, reportDate, foundDate, ages);
  const reportedMs = wallToMs(zone, ...unpack(reportDate), rng.int(7, 22), rng.int(0, 59));
  const lastContactMs = reportedMs - rng.int(30, 600) * MINUTE_MS;
  const child = randomChild(rng, `${id}-p`, formatPacked(birth), ages.report);
  const reportedAs = reportedAsOf(role);
  const built = buildCase(rng, {
    id,
    child: role === "adult" ? { ...child, disability: true } : child,
    reportingAgencyId: owner,
    state: "NY",
    zone,
    reportedMs,
    lastContactMs,
    reportedAs,
    missingFrom: role === "adult" ? "home" : rng.weighted(OPERATION_MISSING_FROM),
    priorEpisodes: rng.weighted([
      [0, 40],
      [1, 20],
      [2, 20],
      [4, 20],
    ] as const),
    place: { city: "Albany", county: "Albany", state: "NY" },
    operationId: op.id,
    ...(found === undefined ? { outcome: "active" as const } : { locateAtMs: found }),
    // A snapshot eight days after the window (OP-3: counts as of an instant).
    untilMs: w.end + 8 * DAY_MS,
  });
  const facts = role === "youngest" ? { ...built.facts, ...PARENTAL_ABDUCTION } : built.facts;
  const riskIndicators = withRomance(rng, built, role);
  return { ...built, facts, ...(riskIndicators ? { riskIndicators } : {}) };
}

const unpack = (p: PackedDate): [number, number, number] => [
  Math.floor(p / 10000),
  Math.floor(p / 100) % 100,
  p % 100,
];

/**
 * The Capital Region Missing Child Rescue Operation of March 2025 reproduced on synthetic
 * records, with the cases it worked and its agencies (OP-1…OP-5; figures from
 * https://ncptf.org/first-ever-capital-region-missing-child-rescue-operation-results-in-successful-location-of-65-children-and-teens-reported-as-runaways).
 * Whatever the seed, with the default 90 cases `summarizeOperation` computes the published
 * figures from the records:
 *
 * - 3 days, 11 to 13 March 2025, ending at 17:00 local time; 62 participants (more than 60):
 *   local, state and federal police, the state child-welfare office and a county one, the
 *   clearinghouse (the lead), a prosecutor, NCMEC and a national nonprofit task force, a
 *   private partner;
 * - as of the window's end, 64 children and teens located (`locatedMinors`), owned by three
 *   city departments (Albany 47, Troy 11, Schenectady 6), aged 2–17 when reported and 6–22
 *   when found (`minorsOnly: true`): some were reported years before. The youngest, 2 when
 *   reported and 6 when found, was taken by a non-custodial parent (`episodeTypeOf` gives
 *   `'family-abduction'`); the others were recorded as runaways, many from group homes, about
 *   one in four with a "romance" trafficking indicator;
 * - one 25-year-old vulnerable adult (a proven disability), owned by a fourth department
 *   (Colonie), located in the window and counted in `located` but not in `locatedMinors`;
 * - five more children located in the days after the window (69 by 11 a.m. on 21 March, as
 *   published), the other cases still open; the records are a snapshot eight days after the
 *   window.
 *
 * Every age is computed from a birth date and the report and locate instants, as the library
 * computes ages; nothing is a label. Deterministic for its seed.
 *
 * @example
 * ```ts
 * import { syntheticOperation } from "missing-child-cases/testing";
 * const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });
 * const s = summarizeOperation(operation, cases, agencies, {
 *   asOf: operation.endsAt,
 *   minorsOnly: true,
 * });
 * [s.locatedMinors, s.ageAtReport, s.ageAtFound]; // [64, { min: 2, max: 17 }, { min: 6, max: 22 }]
 * ```
 * @see `docs/rules.md#op-1`
 * @see `docs/rules.md#op-4`
 */
export function syntheticOperation(options: SyntheticOperationOptions): SyntheticOperation {
  const zone = options.timeZone ?? "America/New_York";
  requireZone(zone, "options.timeZone");
  const n = options.cases ?? 90;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError("options.cases must be a non-negative integer");
  const rng = createRng(deriveSeed(options.seed, 6));
  const start = wallToMs(zone, 2025, 3, 11, 8);
  const end = wallToMs(zone, 2025, 3, 13, 17);
  const base = makeOperation(
    { timeZone: zone, startsAt: formatInstant(start, zone), endsAt: formatInstant(end, zone) },
    { seed: options.seed },
  );
  const caseIds = Array.from(
    { length: n },
    (_, i) => `${base.id}-case-${String(i + 1).padStart(3, "0")}`,
  );
  const operation: Operation = { ...base, caseIds };
  const w: Window = { start, end, later: wallToMs(zone, 2025, 3, 21, 11) };
  const owners = headlineOwners(rng);
  const cases = caseIds.map((id, i) => {
    const role = roleOf(i);
    const owner =
      role === "adult"
        ? "colonie-pd"
        : i <= HEADLINE_CHILDREN
          ? (owners[i - 1] as string)
          : rng.weighted(CASE_OWNERS);
    return workedCase(rng, operation, id, role, owner, w);
  });
  return { operation, cases, agencies: participants(zone) };
}

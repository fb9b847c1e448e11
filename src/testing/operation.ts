/**
 * Synthetic operations: a Capital Region-like multi-agency rescue operation (OP-1 … OP-5).
 * @module
 */
import type { Agency } from "../models/agency.js";
import type { MissingCase } from "../models/case.js";
import type { Operation } from "../models/operation.js";
import { localPacked } from "../time/local-date.js";
import { formatPacked } from "../time/packed-date.js";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "../time/units.js";
import { requireZone } from "../time/zone.js";
import { capitalRegionAgencies } from "./agency.js";
import { buildCase, randomMissingFrom } from "./case.js";
import { birthDateForAge, type FactoryOptions, randomChild } from "./child.js";
import { formatInstant, wallToMs } from "./clock.js";
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
  /** Cases the operation works (default 90). */
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

function workedCase(
  rng: Rng,
  op: Operation,
  id: string,
  i: number,
  window: [number, number],
): MissingCase {
  const zone = op.timeZone;
  const [start, end] = window;
  // The headline adult (OP-4: a 25-year-old vulnerable adult, Colonie PD) is case 0.
  const adult = i === 0;
  const reportedMs =
    Math.floor((start - rng.int(2, 700) * DAY_MS - rng.int(0, 23) * HOUR_MS) / MINUTE_MS) *
    MINUTE_MS;
  const lastContactMs = reportedMs - rng.int(30, 600) * MINUTE_MS;
  const age = adult
    ? 25
    : i === 1
      ? 2
      : rng.weighted([
          [8, 1],
          [11, 1],
          [12, 2],
          [13, 4],
          [14, 8],
          [15, 12],
          [16, 14],
          [17, 12],
        ] as const);
  const child = randomChild(
    rng,
    `${id}-p`,
    formatPacked(birthDateForAge(rng, localPacked(lastContactMs, zone), age)),
    age,
  );
  const fate = rng.next();
  const locateAtMs =
    fate < 0.72
      ? start + rng.int(0, Math.floor((end - start) / MINUTE_MS)) * MINUTE_MS
      : fate < 0.78
        ? end + rng.int(60, 7 * 24 * 60) * MINUTE_MS
        : undefined;
  const reportedAs = i === 1 ? "family-abduction" : "runaway";
  return buildCase(rng, {
    id,
    child: adult ? { ...child, disability: true } : child,
    reportingAgencyId: adult ? "colonie-pd" : rng.weighted(CASE_OWNERS),
    state: "NY",
    zone,
    reportedMs,
    lastContactMs,
    reportedAs,
    missingFrom: randomMissingFrom(rng, reportedAs),
    priorEpisodes: rng.weighted([
      [0, 50],
      [1, 20],
      [2, 15],
      [4, 15],
    ] as const),
    place: { city: "Albany", county: "Albany", state: "NY" },
    operationId: op.id,
    ...(adult || locateAtMs !== undefined
      ? { locateAtMs: locateAtMs ?? start + 6 * HOUR_MS }
      : { outcome: "active" as const }),
    // Headline as of eight days after the window (OP-3: counts as of an instant).
    untilMs: end + 8 * DAY_MS,
  });
}

/**
 * A Capital Region-like rescue operation with the cases it worked and its agencies
 * (OP-1…OP-5; shaped after
 * https://ncptf.org/first-ever-capital-region-missing-child-rescue-operation-results-in-successful-location-of-65-children-and-teens-reported-as-runaways):
 * cases owned by three city police departments (weighted like
 * Albany 47, Troy 11, Schenectady 6) plus one 25-year-old vulnerable adult owned by a fourth;
 * children 2–17 at report, the youngest a family abduction; about seven in ten located
 * during the three-day window and some in the week after (each locate names the operation),
 * the rest still open eight days after the window. Deterministic for its seed.
 *
 * @example
 * ```ts
 * import { syntheticOperation } from "missing-child-cases/testing";
 * const { operation, cases, agencies } = syntheticOperation({ seed: 2025 });
 * summarizeOperation(operation, cases, agencies).located; // about 70
 * ```
 */
export function syntheticOperation(options: SyntheticOperationOptions): SyntheticOperation {
  const zone = options.timeZone ?? "America/New_York";
  requireZone(zone, "options.timeZone");
  const n = options.cases ?? 90;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError("options.cases must be a non-negative integer");
  const rng = createRng(deriveSeed(options.seed, 6));
  const base = makeOperation({ timeZone: zone }, { seed: options.seed });
  const caseIds = Array.from(
    { length: n },
    (_, i) => `${base.id}-case-${String(i + 1).padStart(3, "0")}`,
  );
  const operation: Operation = { ...base, caseIds };
  const window: [number, number] = [Date.parse(operation.startsAt), Date.parse(operation.endsAt)];
  const cases = caseIds.map((id, i) => workedCase(rng, operation, id, i, window));
  return { operation, cases, agencies: participants(zone) };
}

/**
 * Arbitraries of cases.
 * @module
 */
import * as fc from "fast-check";
import { deriveStatus } from "../lifecycle/status.js";
import type { MissingCase } from "../models/case.js";
import { MISSING_FROM } from "../models/case.js";
import { NCIC_CATEGORIES, NCIC_FLAGS } from "../models/codes.js";
import {
  type EpisodeFacts,
  EpisodeFactsSchema,
  PERPETRATOR_PURPOSES,
  TAKEN_BY,
} from "../models/episode-facts.js";
import { REPORTED_AS } from "../models/reported-as.js";
import { RISK_INDICATORS } from "../models/risk-indicator.js";
import { MINUTE_MS } from "../time/units.js";
import { childArbitrary } from "./child.js";
import { at, merged, minuteMs, optional, ZONES } from "./common.js";
import { eventHistoryArbitrary } from "./history.js";

/** The yes/no facts, read from the schema so that a fact added to the model is covered. */
const BOOLEAN_FACTS = Object.entries(EpisodeFactsSchema.unwrap().shape)
  .filter(([, schema]) => schema.unwrap()._zod.def.type === "boolean")
  .map(([key]) => key as keyof EpisodeFacts);

/**
 * Episode facts with every field present, absent (unknown) or set, so that three-valued
 * rules meet true, false and unknown on each fact.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(episodeFactsArbitrary(), (facts) => classifyEpisode(facts, { age: 15 }) !== undefined));
 * ```
 */
export function episodeFactsArbitrary(): fc.Arbitrary<EpisodeFacts> {
  return merged(
    ...BOOLEAN_FACTS.map((k) => optional(k, fc.boolean())),
    optional("nightsAway", fc.integer({ min: 0, max: 60 })),
    optional("takenBy", fc.constantFrom(...TAKEN_BY)),
    optional("perpetratorPurpose", fc.constantFrom(...PERPETRATOR_PURPOSES)),
    optional("detainedMinutes", fc.integer({ min: 0, max: 600 })),
    optional("milesTransported", fc.integer({ min: 0, max: 500 })),
    optional("caretakerAlarmedMinutes", fc.integer({ min: 0, max: 600 })),
  ) as fc.Arbitrary<EpisodeFacts>;
}

/** Options of {@link caseArbitrary}. */
export type CaseArbitraryOptions = {
  /** Zones to draw from (default: a set with and without DST, half-hour offsets and UTC). */
  readonly timeZones?: readonly string[];
  /** Longest event history (default 8). */
  readonly maxEvents?: number;
};

/**
 * Valid cases: any zone, report instant (2000–2035), gap to last contact, child (full or
 * partial birth date on or before the last contact, any age), circumstance, placement,
 * facts and indicators, and an event history the lifecycle table allows, with `status`
 * equal to what it leads to. Every value passes `parseCase`.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { caseArbitrary } from "missing-child-cases/arbitraries";
 * fc.assert(fc.property(caseArbitrary(), (c) => parseCase(c).ok));
 * ```
 */
export function caseArbitrary(options: CaseArbitraryOptions = {}): fc.Arbitrary<MissingCase> {
  const zones = options.timeZones ?? ZONES;
  return fc
    .record({
      zone: fc.constantFrom(...zones),
      reportedMs: minuteMs(),
      contactGap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 * 24 * 30 })),
      seq: fc.integer({ min: 1, max: 1e9 }),
    })
    .chain(({ zone, reportedMs, contactGap, seq }) => {
      const lastContactMs = reportedMs - contactGap * MINUTE_MS;
      return merged(
        fc.record({
          id: fc.constant(`case-${seq}`),
          child: childArbitrary({ bornBy: { ms: lastContactMs, timeZone: zone } }),
          reportingAgencyId: fc.constantFrom("albany-pd", "troy-pd", "nypd"),
          timeZone: fc.constant(zone),
          reportedAt: fc.constant(at(reportedMs, zone)),
          lastContactAt: fc.constant(at(lastContactMs, zone)),
          reportedAs: fc.constantFrom(...REPORTED_AS),
          events: eventHistoryArbitrary(
            { reportedMs, timeZone: zone },
            { maxLength: options.maxEvents ?? 8 },
          ),
        }),
        optional("state", fc.constantFrom("NY", "NJ", "CA", "TX")),
        optional("missingFrom", fc.constantFrom(...MISSING_FROM)),
        optional("priorEpisodes", fc.integer({ min: 0, max: 12 })),
        optional("facts", episodeFactsArbitrary()),
        optional("riskIndicators", fc.subarray([...RISK_INDICATORS])),
        optional(
          "ncic",
          merged(
            optional("category", fc.constantFrom(...NCIC_CATEGORIES)),
            optional("flags", fc.subarray([...NCIC_FLAGS])),
          ),
        ),
      ).map((c) => ({ ...c, status: deriveStatus(c.events) }) as MissingCase);
    });
}

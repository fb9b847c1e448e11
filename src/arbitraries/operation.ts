/**
 * Arbitraries of agencies and operations.
 * @module
 */
import * as fc from "fast-check";
import type { Agency } from "../models/agency.js";
import { AGENCY_KINDS, AGENCY_LEVELS } from "../models/agency.js";
import type { Operation } from "../models/operation.js";
import { MINUTE_MS } from "../time/units.js";
import { at, merged, minuteMs, optional, text, ZONES } from "./common.js";

/**
 * Valid agencies of every kind and level, with or without an ORI and state.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(agencyArbitrary(), (a) => parseAgency(a).ok));
 * ```
 */
export function agencyArbitrary(): fc.Arbitrary<Agency> {
  return merged(
    fc.record({
      id: fc.integer({ min: 1, max: 1e6 }).map((n) => `agency-${n}`),
      name: text(),
      kind: fc.constantFrom(...AGENCY_KINDS),
      timeZone: fc.constantFrom(...ZONES),
    }),
    optional("level", fc.constantFrom(...AGENCY_LEVELS)),
    optional(
      "ori",
      fc.integer({ min: 0, max: 9_999_999 }).map((n) => `NY${String(n).padStart(7, "0")}`),
    ),
    optional("state", fc.constantFrom("NY", "NJ", "VT", "MA")),
  ) as fc.Arbitrary<Agency>;
}

/**
 * Valid operations: a lead among one to 80 distinct participants, a window of up to two
 * weeks (`endsAt` ≥ `startsAt`), any zone, and up to 120 distinct case ids.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(operationArbitrary(), (op) => parseOperation(op).ok));
 * ```
 */
export function operationArbitrary(): fc.Arbitrary<Operation> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 1e6 }),
      participants: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), {
        minLength: 1,
        maxLength: 80,
      }),
      lead: fc.nat(),
      startMs: minuteMs(),
      minutes: fc.integer({ min: 0, max: 14 * 24 * 60 }),
      zone: fc.constantFrom(...ZONES),
      cases: fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 120 }),
    })
    .map(({ n, participants, lead, startMs, minutes, zone, cases }) => {
      const ids = participants.map((p) => `agency-${p}`);
      return {
        id: `op-${n}`,
        name: `Operation ${n}`,
        leadAgencyId: ids[lead % ids.length] as string,
        participantAgencyIds: ids,
        startsAt: at(startMs, zone),
        endsAt: at(startMs + minutes * MINUTE_MS, zone),
        timeZone: zone,
        caseIds: cases.map((c) => `case-${c}`),
      };
    });
}

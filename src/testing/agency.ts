/**
 * Synthetic agencies.
 * @module
 */
import type { Agency } from "../models/agency.js";
import type { FactoryOptions } from "./child.js";
import { createRng, deriveSeed } from "./random.js";
import { CAPITAL_REGION_AGENCIES } from "./vocabulary.js";

/**
 * A valid agency record, deterministic for its seed (default 1): one of a Capital
 * Region-like set of police departments, child-welfare offices, the clearinghouse,
 * nonprofits and private partners (OP-1), in `America/New_York`.
 *
 * @example
 * ```ts
 * import { makeAgency } from "missing-child-cases/testing";
 * makeAgency({ id: "troy-pd" }, { seed: 3 }).timeZone; // "America/New_York"
 * ```
 */
export function makeAgency(overrides: Partial<Agency> = {}, options: FactoryOptions = {}): Agency {
  const rng = createRng(deriveSeed(options.seed ?? 1, 3));
  const base = rng.pick(CAPITAL_REGION_AGENCIES);
  return { ...base, timeZone: "America/New_York", ...overrides };
}

/**
 * Every agency of the Capital Region-like operation (OP-1), in `timeZone`.
 * @internal
 */
export function capitalRegionAgencies(timeZone: string): Agency[] {
  return CAPITAL_REGION_AGENCIES.map((a) => ({ ...a, timeZone }));
}

/** @module */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { TextSchema, type UsState, UsStateSchema } from "./primitives.js";

/**
 * A place, as precise as it is known. Every field is optional; each is a line of text of at
 * most `LIMITS.textLength` characters, except `state`.
 *
 * @example
 * ```ts
 * const place: Place = { city: "Albany", county: "Albany", state: "NY", country: "US" };
 * ```
 */
export interface Place {
  /** City, town or village. */
  readonly city?: string | undefined;
  /** County (or borough, parish). */
  readonly county?: string | undefined;
  /** USPS code of the state or territory. */
  readonly state?: UsState | undefined;
  /** Country, as written by the agency (no code list is imposed). */
  readonly country?: string | undefined;
}

/**
 * Schema of a {@link Place}: every field optional, no other key.
 *
 * @example
 * ```ts
 * PlaceSchema.parse({ city: "Albany", county: "Albany", state: "NY", country: "US" });
 * ```
 */
export const PlaceSchema = /* @__PURE__ */ lazySchema(buildPlace);

function buildPlace() {
  return z
    .strictObject({
      city: TextSchema.optional(),
      county: TextSchema.optional(),
      state: UsStateSchema.optional(),
      country: TextSchema.optional(),
    })
    .readonly();
}

/** @module */
import * as z from "zod";
import { withStandardSchema } from "../boundary/standard.js";
import { TextSchema, UsStateSchema } from "./primitives.js";

/**
 * A place, as precise as it is known. Every field is optional.
 *
 * @example
 * ```ts
 * PlaceSchema.parse({ city: "Albany", county: "Albany", state: "NY", country: "US" });
 * ```
 */
export const PlaceSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      city: TextSchema.optional(),
      county: TextSchema.optional(),
      state: UsStateSchema.optional(),
      country: TextSchema.optional(),
    })
    .readonly(),
);
/** A place. */
export type Place = z.infer<typeof PlaceSchema>;

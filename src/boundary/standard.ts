/**
 * The Standard Schema face of the library's schemas (`schema["~standard"].validate`, what
 * Fastify, hono and tRPC adapters call): the library's parse instead of zod's, so that an
 * adapter gets the same issues as the matching `parse*` function, with the same paths and
 * messages and each issue's `code`, and the input is neither frozen nor kept.
 * @module
 */
import type * as z from "zod";
import { parserOf } from "./parser.js";

/**
 * Gives `schema` the library's Standard Schema `validate` and returns it. Zod's own
 * `parse`/`safeParse` are unchanged; so is a schema derived from it (`.optional()`,
 * `.extend()`…), which gets zod's `validate` again.
 *
 * @example
 * ```ts
 * export const PlaceSchema = withStandardSchema(z.strictObject({ city: TextSchema.optional() }));
 * PlaceSchema["~standard"].validate({ town: "x" }); // { issues: [{ code: "schema/unknown-key", … }] }
 * ```
 * @internal
 */
export function withStandardSchema<S extends z.ZodType>(schema: S): S {
  const zod = schema["~standard"];
  const parse = parserOf(schema);
  const standard = {
    ...zod,
    validate: (value: unknown) => {
      const r = parse(value);
      return r.ok ? { value: r.value } : { issues: r.issues };
    },
  };
  (schema as { "~standard": unknown })["~standard"] = standard;
  return schema;
}

// What the draft-07 schemas and the OpenAPI document share: the exact date patterns of the
// models replaced by formats and short patterns, and the names of the reused parts.
import * as z from "zod";

/** A pattern longer than this in a written schema fails the build: error messages quote it. */
export const PATTERN_LIMIT = 200;

const FULL_DATE = "^\\d{4}-\\d{2}-\\d{2}$";
const DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";
const PARTIAL_DATE = "^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?$";

/**
 * The exact calendar regexes of the models (hundreds of characters, quoted whole in every
 * error message) mapped to a `format` (checked by ajv-formats, which Fastify always loads)
 * and a short pattern for the shape. The format checks what the short pattern leaves out
 * (days of the month, leap years, hours up to 23).
 */
export function dateReplacements(lib) {
  const exact = (schema) => z.toJSONSchema(schema, { target: "draft-7" }).pattern;
  return new Map([
    [
      exact(lib.IsoDateSchema),
      {
        description: "A calendar date YYYY-MM-DD.",
        format: "date",
        pattern: FULL_DATE,
      },
    ],
    [
      exact(lib.IsoDateTimeSchema),
      {
        description:
          "An RFC 3339 date-time with seconds and Z or an offset, e.g. 2025-03-11T14:05:00-04:00.",
        format: "date-time",
        pattern: DATE_TIME,
      },
    ],
    [
      exact(lib.PartialDateSchema),
      {
        description: "A birth date YYYY-MM-DD, or YYYY-MM / YYYY when only partly known.",
        pattern: PARTIAL_DATE,
        if: { pattern: FULL_DATE },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
        then: { format: "date" },
      },
    ],
  ]);
}

/** Parts reused across the models, by the name they have in `definitions` and components. */
export function sharedParts(lib) {
  return [
    [lib.ChildSchema, "Child", "A child as known at intake."],
    [lib.PersonNameSchema, "PersonName", "A person's name."],
    [lib.PlaceSchema, "Place", "A place: city, county, state, country."],
    [lib.EpisodeFactsSchema, "EpisodeFacts", "What is known of how the child went missing."],
    [lib.NcicRecordSchema, "NcicRecord", "The NCIC data kept on a case."],
    [lib.CaseEventSchema, "CaseEvent", "One event of a case's lifecycle, told apart by type."],
  ];
}

/**
 * `registry`, reading the models' own metadata too (`.meta()`, held by zod's global registry:
 * the year range of dates, `uniqueItems`), which a registry passed to `toJSONSchema` would
 * otherwise replace. Its own entries (ids, titles) win.
 */
export function withModelMeta(registry) {
  const own = registry.get.bind(registry);
  registry.get = (schema) => {
    const model = z.globalRegistry.get(schema);
    const named = own(schema);
    return model || named ? { ...model, ...named } : undefined;
  };
  return registry;
}

/** A zod registry naming every shared part except `root` (the schema being written). */
export function registryWithout(lib, root) {
  const registry = z.registry();
  for (const [schema, id, description] of sharedParts(lib)) {
    if (schema !== root) registry.add(schema, { id, title: id, description });
  }
  return withModelMeta(registry);
}

// JSON Schema draft-07 versions of the models: what Fastify's default validator (ajv 8 in
// draft-07 mode, with ajv-formats) compiles. Shared parts sit in `definitions`.
import * as z from "zod";
import { dateReplacements, PATTERN_LIMIT, registryWithout } from "./shared.mjs";
import {
  longPatterns,
  replacePatterns,
  stripReadOnly,
  tagUnions,
  unwrapLoneRefs,
} from "./tidy.mjs";

/**
 * The draft-07 schema of `schema`, with the root keywords in `head` first.
 * Throws when a pattern too long to read in an error message is left.
 */
export function draft07(lib, schema, head) {
  const json = z.toJSONSchema(schema, {
    target: "draft-7",
    unrepresentable: "throw",
    metadata: registryWithout(lib, schema),
  });
  const { $schema, ...body } = json;
  const tidy = replacePatterns(
    tagUnions(unwrapLoneRefs(stripReadOnly(body))),
    dateReplacements(lib),
  );
  const long = longPatterns(tidy, PATTERN_LIMIT);
  if (long.length > 0) throw new Error(`draft-07 ${head.title}: unreadable pattern ${long[0]}`);
  return { $schema, ...head, ...tidy };
}

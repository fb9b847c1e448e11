// Rewrites of the JSON Schemas that zod writes, shared by every output (draft 2020-12, draft-07,
// OpenAPI). Each is a pure function from a schema tree to a new tree; none reads zod.

/** Applies `fn` to every object node of a JSON tree, bottom-up, and returns a new tree. */
export function mapNodes(node, fn) {
  if (Array.isArray(node)) return node.map((n) => mapNodes(n, fn));
  if (node === null || typeof node !== "object") return node;
  const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapNodes(v, fn)]));
  return fn(copy);
}

/**
 * Drops `readOnly: true`, which zod writes for every `.readonly()` schema: the models are
 * readonly in TypeScript, but in OpenAPI and JSON Schema `readOnly` means "never sent in a
 * request", and every field of these models is sent.
 */
export function stripReadOnly(schema) {
  return mapNodes(schema, ({ readOnly: _, ...rest }) => rest);
}

/** `{ allOf: [{ $ref }] }` with nothing beside it (zod's draft-07 wrapping) becomes `{ $ref }`. */
export function unwrapLoneRefs(schema) {
  return mapNodes(schema, (node) => {
    const keys = Object.keys(node);
    const only = keys.length === 1 && Array.isArray(node.allOf) && node.allOf.length === 1;
    return only && Object.keys(node.allOf[0]).join() === "$ref" ? node.allOf[0] : node;
  });
}

/** The `type` constant of a branch of a union discriminated by `type`, or undefined. */
function tagOf(branch) {
  const tag = branch?.properties?.type?.const;
  const required = Array.isArray(branch?.required) && branch.required.includes("type");
  return branch?.type === "object" && typeof tag === "string" && required ? tag : undefined;
}

/**
 * A `oneOf` whose branches are objects told apart by a constant `type` becomes one object
 * whose `type` is an enum, with one `if`/`then` per branch. A validator then applies exactly
 * one branch: a bad event gives one or two errors instead of one per branch (ajv lists every
 * failing branch of a `oneOf`), and ajv's `removeAdditional` (on by default in Fastify) can no
 * longer strip the fields of one branch while trying another.
 */
export function tagUnions(schema) {
  return mapNodes(schema, (node) => {
    if (!Array.isArray(node.oneOf) || node.oneOf.length < 2) return node;
    const tags = node.oneOf.map(tagOf);
    if (tags.some((t) => t === undefined) || new Set(tags).size !== tags.length) return node;
    const { oneOf, ...rest } = node;
    return {
      ...rest,
      type: "object",
      required: ["type"],
      properties: { type: { type: "string", enum: tags } },
      allOf: oneOf.map((branch, i) => ({
        if: { properties: { type: { const: tags[i] } }, required: ["type"] },
        // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
        then: branch,
      })),
    };
  });
}

/**
 * Replaces exact patterns (long regular expressions that spell out the calendar) by a
 * `format`, a short `pattern` that shows the expected shape in an error message, and a
 * description. `replacements` maps an exact pattern to the keywords that stand for it.
 */
export function replacePatterns(schema, replacements) {
  return mapNodes(schema, (node) => {
    const replacement = typeof node.pattern === "string" && replacements.get(node.pattern);
    if (!replacement) return node;
    const { pattern: _, ...rest } = node;
    return { ...rest, ...replacement };
  });
}

/** Every `pattern` in a schema longer than `limit` characters (a guard for readable errors). */
export function longPatterns(schema, limit) {
  const found = [];
  mapNodes(schema, (node) => {
    if (typeof node.pattern === "string" && node.pattern.length > limit) found.push(node.pattern);
    return node;
  });
  return found;
}

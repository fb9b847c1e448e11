// An OpenAPI 3.1 document whose components.schemas hold the models, the parts they share (by
// $ref) and the issue a parse returns. OpenAPI 3.1 schemas are JSON Schema 2020-12.
import * as z from "zod";
import { dateReplacements, PATTERN_LIMIT, sharedParts, withModelMeta } from "./shared.mjs";
import { longPatterns, replacePatterns, stripReadOnly, unwrapLoneRefs } from "./tidy.mjs";

const REF = "#/components/schemas/";

function models(lib) {
  return [
    [lib.CaseStatusSchema, "CaseStatus", "Where a case stands in its lifecycle."],
    [lib.AgencySchema, "Agency", "An agency or partner."],
    [
      lib.MissingCaseSchema,
      "MissingCase",
      "One agency's record of one reported episode. Its cross-field rules are checked by parseCase.",
    ],
    [
      lib.OperationSchema,
      "Operation",
      "A multi-agency rescue operation. Its cross-field rules are checked by parseOperation.",
    ],
  ];
}

function events(lib) {
  return [
    [lib.EnterEventSchema, "EnterEvent", "NCIC entry; NCIC assigns the NIC."],
    [lib.VerifyEventSchema, "VerifyEvent", "Record verified or updated."],
    [lib.NotifyEventSchema, "NotifyEvent", "A notice sent to NCMEC, NamUs or the clearinghouse."],
    [lib.LocateEventSchema, "LocateEvent", "Whereabouts established; not yet closure."],
    [lib.ClearEventSchema, "ClearEvent", "The entering agency closes the record."],
    [lib.CancelEventSchema, "CancelEvent", "Record withdrawn; never counts as found."],
    [lib.ReopenEventSchema, "ReopenEvent", "A located or closed case opened again."],
  ];
}

/** The issue a parse function returns (its codes are listed in `examples`). */
function issueSchema(lib) {
  return {
    title: "Issue",
    description:
      "A problem found in input: a stable code, where it is, and a message written from the schema (never quoting the input).",
    type: "object",
    properties: {
      code: {
        type: "string",
        pattern: "^[a-z0-9-]+/[a-z0-9-]+$",
        description: "A stable code `area/problem`; new versions may add codes.",
        examples: Object.keys(lib.ISSUE_MESSAGES),
      },
      path: {
        type: "array",
        items: { anyOf: [{ type: "string" }, { type: "integer", minimum: 0 }] },
        description: "Where the problem is: object keys and array indexes from the root.",
      },
      message: { type: "string" },
    },
    required: ["code", "path", "message"],
    additionalProperties: false,
  };
}

/** Why `transition` refused an event. */
function transitionErrorSchema(lib) {
  return {
    title: "TransitionError",
    description: "Why a transition was refused, and where the case stood.",
    type: "object",
    properties: {
      code: { type: "string", examples: Object.keys(lib.TRANSITION_MESSAGES) },
      message: { type: "string" },
      status: { $ref: `${REF}CaseStatus` },
      event: { type: "string", enum: [...lib.CASE_EVENT_TYPES] },
    },
    required: ["code", "message", "status", "event"],
  };
}

/** `oneOf` over the event components, with an OpenAPI discriminator on `type`. */
function caseEventSchema(variants, description) {
  const mapping = Object.fromEntries(variants.map(([tag, id]) => [tag, `${REF}${id}`]));
  return {
    title: "CaseEvent",
    description,
    type: "object",
    properties: { type: { type: "string", enum: Object.keys(mapping) } },
    required: ["type"],
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: "type", mapping },
  };
}

/** The OpenAPI 3.1 document. Throws when a pattern too long to read is left. */
export function openApiDocument(lib, { version, description }) {
  const registry = withModelMeta(z.registry());
  const named = [...sharedParts(lib), ...models(lib), ...events(lib)];
  for (const [schema, id, text] of named)
    registry.add(schema, { id, title: id, description: text });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    unrepresentable: "throw",
    metadata: registry,
    uri: (id) => `${REF}${id}`,
  });
  const components = {};
  for (const [, id] of named) {
    const { $schema, $id, ...body } = schemas[id];
    components[id] = replacePatterns(unwrapLoneRefs(stripReadOnly(body)), dateReplacements(lib));
  }
  const variants = events(lib).map(([, id]) => [components[id].properties.type.const, id]);
  components.CaseEvent = caseEventSchema(variants, components.CaseEvent.description);
  components.Issue = issueSchema(lib);
  components.TransitionError = transitionErrorSchema(lib);
  const long = longPatterns(components, PATTERN_LIMIT);
  if (long.length > 0) throw new Error(`openapi: unreadable pattern ${long[0]}`);
  return {
    openapi: "3.1.0",
    info: {
      title: "missing-child-cases",
      version,
      description,
      license: { name: "MIT", identifier: "MIT" },
    },
    components: { schemas: components },
  };
}

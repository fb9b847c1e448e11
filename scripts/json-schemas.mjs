// The JSON Schemas the package ships (schemas/<name>.json, draft 2020-12), made from the zod
// models. One function for the build (scripts/build-schemas.mjs, over dist/) and the tests
// (test/schemas, over src/, no build needed), so both see the same documents.
import * as z from "zod";

const CROSS_FIELD =
  "Cross-field rules (event order, lifecycle, status, dates) are checked by parseCase / parseOperation and cannot be expressed here; see docs/issues.md.";

/**
 * @param {Record<string, z.ZodType>} models the library's exports (ChildSchema, …)
 * @param {string} version the package version, for each schema's $id
 * @returns {Record<string, Record<string, unknown>>} each schema by file name, without `.json`
 */
export function jsonSchemas(models, version) {
  const SCHEMAS = {
    child: [models.ChildSchema, "Child", "A child as known at intake."],
    agency: [models.AgencySchema, "Agency", "An agency or partner."],
    case: [models.MissingCaseSchema, "MissingCase", "One agency's record of one reported episode."],
    operation: [models.OperationSchema, "Operation", "A multi-agency rescue operation."],
    "case-event": [models.CaseEventSchema, "CaseEvent", "One event of a case's lifecycle."],
  };
  const out = {};
  for (const [name, [schema, title, description]] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw" });
    out[name] = {
      $schema: json.$schema,
      $id: `https://unpkg.com/missing-child-cases@${version}/schemas/${name}.json`,
      title,
      description: `${description} ${CROSS_FIELD}`,
      ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== "$schema")),
    };
  }
  return out;
}

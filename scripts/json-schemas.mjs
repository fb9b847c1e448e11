// The JSON Schemas the package ships, made from the zod models: schemas/<name>.json (draft
// 2020-12), schemas/draft-07/<name>.json (what Fastify's default validator compiles) and
// schemas/openapi.json (OpenAPI 3.1 components). One function for the build
// (scripts/build-schemas.mjs, over dist/) and the tests (test/schemas, over src/, no build
// needed), so both see the same documents.
import * as z from "zod";
import { draft07 } from "./schemas/draft-07.mjs";
import { openApiDocument } from "./schemas/openapi.mjs";
import { stripReadOnly } from "./schemas/tidy.mjs";

const CROSS_FIELD =
  "Cross-field rules (event order, lifecycle, status, dates, and dates in the record's time zone) are checked by parseCase / parseOperation and cannot be expressed here; see docs/issues.md. Size and date limits: docs/limits.md.";

/**
 * @param {Record<string, any>} lib the library's exports (ChildSchema, …)
 * @param {string} version the package version, for each schema's $id
 * @returns {Record<string, Record<string, unknown>>} each document by its path under
 *   schemas/, without `.json` (`case`, `draft-07/case`, `openapi`)
 */
export function jsonSchemas(lib, version) {
  const SCHEMAS = {
    child: [lib.ChildSchema, "Child", "A child as known at intake."],
    agency: [lib.AgencySchema, "Agency", "An agency or partner."],
    case: [lib.MissingCaseSchema, "MissingCase", "One agency's record of one reported episode."],
    operation: [lib.OperationSchema, "Operation", "A multi-agency rescue operation."],
    "case-event": [lib.CaseEventSchema, "CaseEvent", "One event of a case's lifecycle."],
  };
  const base = `https://unpkg.com/missing-child-cases@${version}/schemas`;
  const out = {};
  for (const [name, [schema, title, description]] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw" });
    const { $schema, ...body } = stripReadOnly(json);
    const head = { title, description: `${description} ${CROSS_FIELD}` };
    out[name] = { $schema, $id: `${base}/${name}.json`, ...head, ...body };
    out[`draft-07/${name}`] = draft07(lib, schema, {
      $id: `${base}/draft-07/${name}.json`,
      ...head,
    });
  }
  out.openapi = openApiDocument(lib, { version, description: CROSS_FIELD });
  return out;
}

// Writes the JSON Schemas from the built zod schemas: schemas/<name>.json (draft 2020-12),
// schemas/draft-07/<name>.json (what Fastify's default validator compiles) and
// schemas/openapi.json (OpenAPI 3.1 components). A plain .mjs over dist/, because Node 20 runs
// no TypeScript.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import * as lib from "../dist/index.js";
import { draft07 } from "./schemas/draft-07.mjs";
import { openApiDocument } from "./schemas/openapi.mjs";
import { stripReadOnly } from "./schemas/tidy.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(
  await import("node:fs").then((fs) => fs.readFileSync(join(root, "package.json"), "utf8")),
);

const SCHEMAS = {
  child: [lib.ChildSchema, "Child", "A child as known at intake."],
  agency: [lib.AgencySchema, "Agency", "An agency or partner."],
  case: [lib.MissingCaseSchema, "MissingCase", "One agency's record of one reported episode."],
  operation: [lib.OperationSchema, "Operation", "A multi-agency rescue operation."],
  "case-event": [lib.CaseEventSchema, "CaseEvent", "One event of a case's lifecycle."],
};

const CROSS_FIELD =
  "Cross-field rules (event order, lifecycle, status, dates) are checked by parseCase / parseOperation and cannot be expressed here; see docs/issues.md.";

const base = `https://unpkg.com/missing-child-cases@${version}/schemas`;
const write = (file, json) =>
  writeFileSync(join(root, "schemas", file), `${JSON.stringify(json, null, 2)}\n`);

mkdirSync(join(root, "schemas", "draft-07"), { recursive: true });
for (const [name, [schema, title, description]] of Object.entries(SCHEMAS)) {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw" });
  const { $schema, ...body } = stripReadOnly(json);
  const head = { title, description: `${description} ${CROSS_FIELD}` };
  write(`${name}.json`, { $schema, $id: `${base}/${name}.json`, ...head, ...body });
  write(
    `draft-07/${name}.json`,
    draft07(lib, schema, { $id: `${base}/draft-07/${name}.json`, ...head }),
  );
}
write("openapi.json", openApiDocument(lib, { version, description: CROSS_FIELD }));
const count = Object.keys(SCHEMAS).length;
console.log(
  `schemas: wrote ${count} files to schemas/, ${count} to schemas/draft-07/, openapi.json`,
);

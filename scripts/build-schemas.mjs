// Writes schemas/<name>.json (JSON Schema draft 2020-12) from the built zod schemas.
// A plain .mjs over dist/, because Node 20 runs no TypeScript.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import * as lib from "../dist/index.js";

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
  "Cross-field rules (event order, lifecycle, status, dates, and dates in the record's time zone) are checked by parseCase / parseOperation and cannot be expressed here; see docs/issues.md. Size and date limits: docs/limits.md.";

mkdirSync(join(root, "schemas"), { recursive: true });
for (const [name, [schema, title, description]] of Object.entries(SCHEMAS)) {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw" });
  const out = {
    $schema: json.$schema,
    $id: `https://unpkg.com/missing-child-cases@${version}/schemas/${name}.json`,
    title,
    description: `${description} ${CROSS_FIELD}`,
    ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== "$schema")),
  };
  writeFileSync(join(root, "schemas", `${name}.json`), `${JSON.stringify(out, null, 2)}\n`);
}
console.log(`schemas: wrote ${Object.keys(SCHEMAS).length} files to schemas/`);

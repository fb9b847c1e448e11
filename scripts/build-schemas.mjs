// Writes the JSON Schemas under schemas/ from the built zod schemas (dist/); what goes in each
// document is decided in scripts/json-schemas.mjs, which the tests also run over src/.
// A plain .mjs over dist/, because Node 20 runs no TypeScript.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as lib from "../dist/index.js";
import { jsonSchemas } from "./json-schemas.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const schemas = jsonSchemas(lib, version);
for (const [name, json] of Object.entries(schemas)) {
  const file = join(root, "schemas", `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`schemas: wrote ${Object.keys(schemas).length} files to schemas/`);

/**
 * Renders `docs/limits.md` from the limits table of the models.
 * @module
 */
import { LIMITS_TABLE } from "../../src/models/limits.js";
import { cell, generatedBy } from "./markdown.js";

/** The text of `docs/limits.md`. */
export function renderLimits(): string {
  const rows = LIMITS_TABLE.map(
    (r) => `| ${cell(r.fields)} | ${cell(r.limit)} | \`${r.jsonSchema}\` | \`${r.code}\` |`,
  );
  return `${generatedBy("src/models/limits.ts")}
# Limits

Every record a parse function accepts stays within these limits, generous for real records
and small enough that one hostile record cannot make a parse, a log line or a JSON Schema
validator do unbounded work. The zod schemas check them (a parse reports the code below), and
the JSON Schemas in \`schemas/\` carry them as the keyword shown. Strings are measured in
Unicode code points, as JSON Schema counts them.

| what | limit | JSON Schema | issue code |
|---|---|---|---|
${rows.join("\n")}

A parse also stops after \`maxIssues\` issues (an option of every \`parse*\` function, default
100) and adds one last issue \`schema/too-many-issues\`: its time and memory are bounded by what
it read up to there. An unknown key is reported with its name cut to 64 characters.

The local-date bound ("in the record's \`timeZone\`") needs the zone, so only the parse
functions check it, with the other cross-field rules; the JSON Schemas check the year as
written.
`;
}

/**
 * `docs/limits.md` is generated from `src/models/limits.ts`: this test renders it and fails
 * when the committed file is stale. `UPDATE_DOCS=1 npx vitest run test/models/limits` rewrites
 * it. The limits themselves are tested at their bounds in `test/reliability/size.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ISSUE_MESSAGES } from "../../src/issues/codes.js";
import { LIMITS, LIMITS_TABLE } from "../../src/models/limits.js";

const DOC = fileURLToPath(new URL("../../docs/limits.md", import.meta.url));
const cell = (s: string) => s.replaceAll("|", "\\|");

function render(): string {
  const rows = LIMITS_TABLE.map(
    (r) => `| ${cell(r.fields)} | ${cell(r.limit)} | \`${r.jsonSchema}\` | \`${r.code}\` |`,
  );
  return `<!-- Generated from src/models/limits.ts by test/models/limits.test.ts. Do not edit: run \`UPDATE_DOCS=1 npx vitest run test/models/limits\`. -->
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

describe("docs/limits.md", () => {
  it("has a row per limit, each with a known code", () => {
    for (const row of LIMITS_TABLE) expect(Object.hasOwn(ISSUE_MESSAGES, row.code)).toBe(true);
    expect(LIMITS.minYear).toBeLessThan(LIMITS.maxYear);
  });

  it("is up to date (UPDATE_DOCS=1 rewrites it)", () => {
    const expected = render();
    if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, expected);
    const actual = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
    expect(
      actual,
      "docs/limits.md is stale: run UPDATE_DOCS=1 npx vitest run test/models/limits",
    ).toBe(expected);
  });
});

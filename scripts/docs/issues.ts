/**
 * Renders `docs/issues.md` from the issue codes, their messages and their descriptions.
 * @module
 */
import { INPUT_MESSAGES, ISSUE_MESSAGES, TRANSITION_MESSAGES } from "../../src/issues/codes.js";
import {
  type CodeDescription,
  INPUT_DESCRIPTIONS,
  ISSUE_DESCRIPTIONS,
  TRANSITION_DESCRIPTIONS,
} from "../../src/issues/descriptions.js";
import { cell, generatedBy } from "./markdown.js";

function table(
  messages: Readonly<Record<string, string>>,
  descriptions: Readonly<Record<string, CodeDescription>>,
): string {
  const rows = Object.entries(messages).map(([code, message]) => {
    const d = descriptions[code];
    if (!d) throw new Error(`no description for ${code}`);
    return `| \`${code}\` | ${cell(message)} | ${cell(d.trigger)} | ${cell(d.path)} |`;
  });
  return ["| code | message | triggered by | path |", "|---|---|---|---|", ...rows].join("\n");
}

/** The text of `docs/issues.md`. */
export function renderIssues(): string {
  return `${generatedBy("src/issues/codes.ts and src/issues/descriptions.ts")}
# Issue codes

\`parseChild\`, \`parseAgency\`, \`parseCase\`, \`parseOperation\` and \`parseCaseEvent\` never throw:
they return \`{ ok: false, issues }\`, each issue a stable \`code\`, a \`path\` into the input and a
\`message\`. Messages are written from the schema, never from the data: no issue quotes a value
of the input (it may be a child's name or birth date). Only the path can hold input, when it
names an unknown key.

Codes are \`kebab/kebab\` and never change meaning. A message may add a detail taken from the
schema after a colon (the expected type, the allowed values, a bound).

The cross-field rules (\`case/*\`, \`event/*\`, \`operation/*\`) run only once every field is valid
on its own, so a record with a malformed field reports that field alone. The JSON Schemas in
\`schemas/\` check fields but cannot express these rules.

## Parse issues

${table(ISSUE_MESSAGES, ISSUE_DESCRIPTIONS)}

## Transition errors

\`transition\` and \`applyEvents\` return \`{ ok: false, error: { code, message, status, event } }\`
with one of these codes.

${table(TRANSITION_MESSAGES, TRANSITION_DESCRIPTIONS)}

## Command-line input

The command line (\`validate\`, \`stats\`, \`operation\`) reports these codes, in the same
\`{ code, path, message }\` shape, for input that never reaches a parser.

${table(INPUT_MESSAGES, INPUT_DESCRIPTIONS)}
`;
}

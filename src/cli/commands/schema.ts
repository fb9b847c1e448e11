/**
 * `missing-child-cases schema <child|agency|case|operation|case-event>`
 * @module
 */
import { readFile } from "node:fs/promises";
import * as z from "zod";
import { AgencySchema } from "../../models/agency.js";
import { MissingCaseSchema } from "../../models/case.js";
import { CaseEventSchema } from "../../models/case-event.js";
import { ChildSchema } from "../../models/child.js";
import { OperationSchema } from "../../models/operation.js";
import { parseCommand } from "../args.js";
import type { Context } from "../context.js";
import { EXIT, UsageError } from "../errors.js";
import type { CommandHelp } from "../help.js";

/** The help of `schema`. @internal */
export const SCHEMA_HELP: CommandHelp = {
  usage: "missing-child-cases schema <child|agency|case|operation|case-event>",
  summary: "print a JSON Schema (draft 2020-12)",
  description: [
    "Prints the JSON Schema the package ships for a model (schemas/<name>.json), generated",
    "from the zod models. It checks fields; the cross-field rules (event order, lifecycle,",
    "dates) are only checked by the parse functions and the validate command.",
  ].join("\n"),
  options: [],
  examples: [
    ["the case schema into a file", "missing-child-cases schema case > case.schema.json"],
    ["the names of a case's fields", "missing-child-cases schema case | jq '.properties | keys'"],
  ],
};

/** The models behind each shipped JSON Schema. @internal */
const MODELS = {
  child: ChildSchema,
  agency: AgencySchema,
  case: MissingCaseSchema,
  operation: OperationSchema,
  "case-event": CaseEventSchema,
} as const;

/** The JSON Schemas the package ships (`schemas/<name>.json`, draft 2020-12). @internal */
export const SCHEMA_NAMES = Object.keys(MODELS) as (keyof typeof MODELS)[];

/**
 * Prints the JSON Schema (draft 2020-12) the build wrote from the zod models
 * (`scripts/build-schemas.mjs`), read from the package's `schemas/` folder. Should the file
 * be missing (a source checkout mid-build), it is generated the same way with
 * `z.toJSONSchema`, without the `$id`, title and description the build adds.
 * @internal
 */
export async function schemaCommand(args: readonly string[], ctx: Context): Promise<number> {
  const p = parseCommand(args, {}, ["name"]);
  const name = p.positionals[0] as string;
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`schema name must be one of ${SCHEMA_NAMES.join(", ")}`);
  }
  // dist/cli.js → ../schemas/<name>.json, the folder the package publishes.
  const url = new URL(`../schemas/${name}.json`, import.meta.url);
  let text: string;
  try {
    text = await readFile(url, "utf8");
  } catch {
    const schema = MODELS[name as keyof typeof MODELS];
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw" });
    text = JSON.stringify(json, null, 2);
  }
  ctx.out.write(text.endsWith("\n") ? text : `${text}\n`);
  return EXIT.ok;
}

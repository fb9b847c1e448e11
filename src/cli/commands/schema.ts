/**
 * `missing-child-cases schema <child|agency|case|operation|case-event>`
 * @module
 */
import { readFile } from "node:fs/promises";
import { parseCommand } from "../args.js";
import { EXIT, IoError, UsageError } from "../errors.js";
import type { Io } from "../io.js";

/** The usage line of `schema`. @internal */
export const SCHEMA_USAGE = "missing-child-cases schema <child|agency|case|operation|case-event>";

/** The JSON Schemas the package ships (`schemas/<name>.json`, draft 2020-12). @internal */
export const SCHEMA_NAMES = ["child", "agency", "case", "operation", "case-event"] as const;

/**
 * Prints the JSON Schema (draft 2020-12) the build generated from the zod models
 * (`scripts/build-schemas.mjs`), read from the package's `schemas/` folder.
 * @internal
 */
export async function schemaCommand(args: readonly string[], io: Io): Promise<number> {
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
    throw new IoError(`schemas/${name}.json is missing from the package (run npm run build)`);
  }
  io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  return EXIT.ok;
}

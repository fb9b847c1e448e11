/**
 * Argument parsing with `node:util` `parseArgs`; every failure becomes a `UsageError`.
 * @module
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors.js";
import { MAX_ERRORS, type ReportOptions } from "./report.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed arguments: named values and positionals. @internal */
export type Parsed = {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
};

/**
 * Parses `args` against `options` (strict: unknown options are errors), requiring exactly
 * `positionals` positional arguments, named in `names` for the error message.
 * @internal
 */
export function parseCommand(
  args: readonly string[],
  options: Options,
  names: readonly string[],
): Parsed {
  let parsed: Parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    }) as Parsed;
  } catch (e) {
    // node:util writes some messages over several lines; ours are one line each.
    throw new UsageError((e as Error).message.replace(/\s*\n\s*/g, " "));
  }
  if (parsed.positionals.length !== names.length) {
    const want = names.length === 0 ? "no arguments" : names.map((n) => `<${n}>`).join(" ");
    throw new UsageError(`expected ${want}, got ${parsed.positionals.length} argument(s)`);
  }
  return parsed;
}

/** A string option's value, or `undefined`. @internal */
export function text(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === "string" ? v : undefined;
}

/** A required integer option within bounds; the message names the option. @internal */
export function integer(
  p: Parsed,
  name: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  const v = text(p, name);
  if (v === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required`);
  }
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
  }
  return n;
}

/** An option whose value must be one of `allowed`. @internal */
export function oneOf<T extends string>(
  p: Parsed,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = text(p, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}`);
  }
  return v as T;
}

/** The options of every command that reads records: `--json` and `--max-errors <n>`. @internal */
export const READING_ARGS = {
  json: { type: "boolean" },
  "max-errors": { type: "string" },
} as const satisfies Options;

/** How a reading command reports, from its parsed arguments. @internal */
export function reportOptions(p: Parsed): ReportOptions {
  return {
    json: p.values.json === true,
    maxErrors: integer(p, "max-errors", 0, Number.MAX_SAFE_INTEGER, MAX_ERRORS),
  };
}

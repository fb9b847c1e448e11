/**
 * The command line's dispatcher: `--help`, `--version` and the commands of API.md
 * "Command line", with exit codes 0 (all valid, done), 1 (some records invalid) and
 * 2 (usage or I/O error).
 * @module
 */
import { readFileSync } from "node:fs";
import { DEMO_USAGE, demoCommand } from "./commands/demo.js";
import { GENERATE_USAGE, generateCommand } from "./commands/generate.js";
import { LINK_USAGE, linkCommand } from "./commands/link.js";
import { OPERATION_USAGE, operationCommand } from "./commands/operation.js";
import { SCHEMA_USAGE, schemaCommand } from "./commands/schema.js";
import { STATS_USAGE, statsCommand } from "./commands/stats.js";
import { VALIDATE_USAGE, validateCommand } from "./commands/validate.js";
import { EXIT, IoError, UsageError } from "./errors.js";
import type { Io } from "./io.js";

type Command = {
  usage: string;
  summary: string;
  run: (args: readonly string[], io: Io) => Promise<number>;
};

const COMMANDS: Record<string, Command> = {
  validate: {
    usage: VALIDATE_USAGE,
    summary: "check every record; bad ones on stderr",
    run: validateCommand,
  },
  stats: { usage: STATS_USAGE, summary: "annual statistics of a file of cases", run: statsCommand },
  link: { usage: LINK_USAGE, summary: "children with two or more reports", run: linkCommand },
  operation: {
    usage: OPERATION_USAGE,
    summary: "summary of a rescue operation",
    run: operationCommand,
  },
  generate: {
    usage: GENERATE_USAGE,
    summary: "synthetic New York-like year as NDJSON",
    run: generateCommand,
  },
  schema: {
    usage: SCHEMA_USAGE,
    summary: "print a JSON Schema (draft 2020-12)",
    run: schemaCommand,
  },
  demo: { usage: DEMO_USAGE, summary: "a guided tour on synthetic data", run: demoCommand },
};

/** The help text. @internal */
export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    "missing-child-cases: validate, count and explain missing-child case records",
    "",
    "Usage:",
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    "  missing-child-cases --help | --version",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Input files are NDJSON (one record a line, streamed) or a JSON array; `-` reads stdin.",
    "Bad records are reported on stderr by line (or array index), issue code and path,",
    "never by value. A progress line is drawn on stderr when it is a terminal.",
    "",
    "Exit codes: 0 all valid / done, 1 some records invalid, 2 usage or I/O error.",
  ].join("\n");
}

/** The package version, read from the package.json beside `dist/`. @internal */
export function version(): string {
  try {
    const url = new URL("../package.json", import.meta.url);
    return (JSON.parse(readFileSync(url, "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * Runs the command line on `args` (without `node` and the script) and returns the exit code.
 * @internal
 */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout).write(`${helpText()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`missing-child-cases: unknown command '${name}'\n\n${helpText()}\n`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`Usage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`missing-child-cases ${name}: ${e.message}\nUsage: ${command.usage}\n`);
      return EXIT.usage;
    }
    if (e instanceof IoError) {
      io.stderr.write(`missing-child-cases ${name}: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

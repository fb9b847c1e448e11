/**
 * The command line's dispatcher: `--help`, `--version` and the commands, with exit codes 0
 * (all valid, done), 1 (some records invalid) and 2 (usage or I/O error). Output failures
 * end here: a closed stdout quietly, any other write error with one line and exit 2.
 * @module
 */
import { readFileSync } from "node:fs";
import { DEMO_HELP, demoCommand } from "./commands/demo.js";
import { GENERATE_HELP, generateCommand } from "./commands/generate.js";
import { LINK_HELP, linkCommand } from "./commands/link.js";
import { OPERATION_HELP, operationCommand } from "./commands/operation.js";
import { SCHEMA_HELP, schemaCommand } from "./commands/schema.js";
import { STATS_HELP, statsCommand } from "./commands/stats.js";
import { VALIDATE_HELP, validateCommand } from "./commands/validate.js";
import { type Context, createContext } from "./context.js";
import { EXIT, IoError, UsageError } from "./errors.js";
import { printable } from "./escape.js";
import { type CommandHelp, renderHelp } from "./help.js";
import type { Io } from "./io.js";
import { OutputError } from "./sink.js";

type Command = {
  readonly help: CommandHelp;
  readonly run: (args: readonly string[], ctx: Context) => Promise<number>;
};

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: { help: VALIDATE_HELP, run: validateCommand },
  stats: { help: STATS_HELP, run: statsCommand },
  link: { help: LINK_HELP, run: linkCommand },
  operation: { help: OPERATION_HELP, run: operationCommand },
  generate: { help: GENERATE_HELP, run: generateCommand },
  schema: { help: SCHEMA_HELP, run: schemaCommand },
  demo: { help: DEMO_HELP, run: demoCommand },
};

const NAME = "missing-child-cases";
// Messages name files and options the user typed: escaped, cut far past any real path.
const MAX_MESSAGE = 1000;

/** The help text. @internal */
export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    `${NAME}: validate, count and explain missing-child case records`,
    "",
    "Usage:",
    ...Object.values(COMMANDS).map((c) => `  ${c.help.usage}`),
    `  ${NAME} <command> --help`,
    `  ${NAME} --help | --version`,
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.help.summary}`),
    "",
    "Input files are NDJSON (one record a line, streamed), a JSON array or one JSON object;",
    "`-` reads stdin. Bad records are reported on stderr by line (or array index), issue code",
    "and path, never by value. A progress line is drawn on stderr when it is a terminal.",
    "Colour is used on a terminal only; --no-color or NO_COLOR=1 turn it off.",
    "",
    "Exit codes: 0 all valid / done, 1 some records invalid, 2 usage or I/O error.",
  ].join("\n");
}

/** The package version, from the package.json of the build (`dist/`) or the checkout. @internal */
export function version(): string {
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
      if (pkg.name === NAME && typeof pkg.version === "string") return pkg.version;
    } catch {
      // Not there: try the next place.
    }
  }
  return "unknown";
}

/** `args` without `--no-color` (before a `--`), and whether it was there. */
function takeNoColor(args: readonly string[]): { args: string[]; noColor: boolean } {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  const rest = end === -1 ? [] : args.slice(end);
  const kept = options.filter((a) => a !== "--no-color");
  return { args: [...kept, ...rest], noColor: kept.length < options.length };
}

/** What the help flags ask for, if anything. */
function helpWanted(
  name: string | undefined,
  rest: readonly string[],
): CommandHelp | "all" | undefined {
  if (name === "--help" || name === "-h") return "all";
  if (name === "help") return COMMANDS[rest[0] ?? ""]?.help ?? "all";
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command && (rest.includes("--help") || rest.includes("-h"))) return command.help;
  return undefined;
}

/** Runs one command; failures of the command become an exit code and a line on stderr. */
async function dispatch(args: readonly string[], ctx: Context): Promise<number> {
  const [name, ...rest] = args;
  const help = helpWanted(name, rest);
  if (help) {
    ctx.out.write(`${help === "all" ? helpText() : renderHelp(help)}\n`);
    return EXIT.ok;
  }
  if (name === undefined) {
    ctx.err.write(`${helpText()}\n`);
    return EXIT.usage;
  }
  if (name === "--version" || name === "-v") {
    ctx.out.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.err.write(`${NAME}: unknown command '${printable(name)}'\n\n${helpText()}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, ctx);
  } catch (e) {
    const message = e instanceof Error ? printable(e.message, MAX_MESSAGE) : "";
    if (e instanceof UsageError) {
      ctx.err.write(`${NAME} ${name}: ${message}\nUsage: ${command.help.usage}\n`);
      return EXIT.usage;
    }
    if (e instanceof IoError) {
      ctx.err.write(`${NAME} ${name}: ${message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

/**
 * Runs the command line on `args` (without `node` and the script) over `io` and returns the
 * exit code. A reader that goes away (`… | head -1`) stops the command quietly: the exit code
 * is what it had found, or 0 if it was still writing. Any other failure to write stdout
 * prints one line and gives 2; stderr failing changes nothing.
 * @internal
 */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const { args: rest, noColor } = takeNoColor(args);
  const ctx = createContext(io, noColor);
  let code: number | undefined;
  try {
    code = await dispatch(rest, ctx);
    await ctx.out.flush();
    return code;
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    if (e.closed) return code ?? EXIT.ok;
    const name = rest[0] && COMMANDS[rest[0]] ? ` ${rest[0]}` : "";
    ctx.err.write(`${NAME}${name}: ${printable(e.message, MAX_MESSAGE)}\n`);
    return EXIT.usage;
  }
}

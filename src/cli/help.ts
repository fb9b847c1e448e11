/**
 * Help texts: each command's usage, what it does, its options and examples, printed by
 * `<command> --help` (or `help <command>`).
 * @module
 */

/** What `<command> --help` prints. @internal */
export type CommandHelp = {
  /** The synopsis, from `missing-child-cases`. */
  readonly usage: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** What the command does, in a few lines. */
  readonly description: string;
  /** `[flag, meaning]` pairs. */
  readonly options: readonly (readonly [string, string])[];
  /** Command lines to copy, each with a comment line before it. */
  readonly examples: readonly (readonly [string, string])[];
};

/** Options of every command that reads records. @internal */
export const READING_OPTIONS: readonly (readonly [string, string])[] = [
  ["--json", "one JSON object on stdout, one JSON line per bad record on stderr"],
  ["--max-errors <n>", "print at most n error lines (default 100); the summary counts all"],
];

/** Options of every command. @internal */
export const COMMON_OPTIONS: readonly (readonly [string, string])[] = [
  ["--no-color", "no colour (also: NO_COLOR=1); colour is only used on a terminal"],
  ["-h, --help", "this help"],
];

/**
 * The help of one command as printed.
 *
 * @example
 * ```ts
 * renderHelp(VALIDATE_HELP).startsWith("Usage: missing-child-cases validate"); // true
 * ```
 * @internal
 */
export function renderHelp(h: CommandHelp): string {
  const options = [...h.options, ...COMMON_OPTIONS];
  const width = Math.max(...options.map(([flag]) => flag.length));
  return [
    `Usage: ${h.usage}`,
    "",
    h.description,
    "",
    "Options:",
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    "",
    "Examples:",
    ...h.examples.flatMap(([comment, line]) => [`  # ${comment}`, `  ${line}`]),
  ].join("\n");
}

/**
 * Colour on a terminal. On when the stream is a terminal, unless `--no-color` is given or
 * `NO_COLOR` is set to anything but the empty string (https://no-color.org); `FORCE_COLOR`
 * (any value but `0` or `false`) turns it on for pipes and files too; `TERM=dumb` turns it
 * off. `--no-color` always wins.
 * @module
 */

/** Environment variables, as `process.env` holds them. @internal */
export type Env = Readonly<Record<string, string | undefined>>;

/** Painters for the few things the command line colours; identity when colour is off. @internal */
export type Style = {
  readonly on: boolean;
  /** An issue code. */
  readonly code: (text: string) => string;
  /** A count of bad records. */
  readonly bad: (text: string) => string;
  /** A count of good records. */
  readonly good: (text: string) => string;
  /** A path or a place in the input. */
  readonly place: (text: string) => string;
  /** A heading. */
  readonly strong: (text: string) => string;
};

const paint = (open: number, close: number) => (text: string) =>
  `\x1b[${open}m${text}\x1b[${close}m`;
const plain = (text: string) => text;

/** The style that prints no colour. @internal */
export const NO_STYLE: Style = {
  on: false,
  code: plain,
  bad: plain,
  good: plain,
  place: plain,
  strong: plain,
};

const COLOUR: Style = {
  on: true,
  code: paint(33, 39), // yellow
  bad: paint(31, 39), // red
  good: paint(32, 39), // green
  place: paint(36, 39), // cyan
  strong: paint(1, 22), // bold
};

/**
 * Whether to colour a stream: `noColorFlag` (`--no-color`) first, then `FORCE_COLOR`,
 * `NO_COLOR`, `TERM=dumb`, and last whether the stream is a terminal.
 *
 * @example
 * ```ts
 * colorWanted(true, {}, false); // true
 * colorWanted(true, { NO_COLOR: "1" }, false); // false
 * colorWanted(false, { FORCE_COLOR: "1" }, false); // true
 * ```
 * @internal
 */
export function colorWanted(isTTY: boolean, env: Env, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/** The style for a stream. @internal */
export function styleFor(isTTY: boolean, env: Env, noColorFlag: boolean): Style {
  return colorWanted(isTTY, env, noColorFlag) ? COLOUR : NO_STYLE;
}

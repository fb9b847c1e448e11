/**
 * Errors and messages of the command line. Exit codes (`docs/cli.md`): 0 all valid
 * or done, 1 some records invalid, 2 usage or I/O error.
 * @module
 */

/** Exit codes of every command. @internal */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Bad arguments: the command prints the message and its usage, and exits 2. @internal */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A file that cannot be read or written: exit 2. The message names the file, never its content. @internal */
export class IoError extends Error {
  override readonly name = "IoError";
}

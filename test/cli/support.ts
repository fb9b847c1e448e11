/**
 * The command line in process: `run(args, io)` over streams in memory, so a test costs what
 * the command costs (no Node start-up), and write failures can be staged.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { makeCase, makeChild } from "../../src/testing/index.js";

/** A writable that keeps what it gets; `fail` stages an error code after `after` bytes. */
export function memoryStream(options: { isTTY?: boolean; fail?: string; after?: number } = {}) {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (options.fail !== undefined && bytes + chunk.length > (options.after ?? 0)) {
        const e = Object.assign(new Error(`write ${options.fail}`), { code: options.fail });
        // Like a real pipe or file: the failure is reported after the write returns.
        setImmediate(() => callback(e));
        return;
      }
      bytes += chunk.length;
      chunks.push(chunk);
      callback();
    },
  });
  return Object.assign(stream, {
    isTTY: options.isTTY === true,
    text: () => Buffer.concat(chunks).toString("utf8"),
  });
}

/** Options of one in-process run. */
export type RunOptions = {
  /** Standard input: text, or a stream (one that fails, say). */
  readonly stdin?: string | Readable;
  readonly env?: Record<string, string>;
  readonly stdout?: Writable & { text(): string; isTTY: boolean };
  readonly stderr?: Writable & { text(): string; isTTY: boolean };
  readonly maxWholeBytes?: number;
};

/** Runs the command line in process; resolves with its exit code and both outputs. */
export async function cli(args: readonly string[], options: RunOptions = {}) {
  const stdout = options.stdout ?? memoryStream();
  const stderr = options.stderr ?? memoryStream();
  const io: Io = {
    stdin:
      typeof options.stdin === "object"
        ? options.stdin
        : Readable.from([Buffer.from(options.stdin ?? "")]),
    stdout,
    stderr,
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.maxWholeBytes === undefined ? {} : { maxWholeBytes: options.maxWholeBytes }),
  };
  const code = await run(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** NDJSON of `records`. */
export const ndjson = (records: readonly unknown[]) =>
  records.map((r) => `${JSON.stringify(r)}\n`).join("");

/** A temporary folder for input files, and a function that writes one. */
export function tempFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name: string, text: string): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A valid case whose child has a name and birth date that must never be echoed. */
export const valid = makeCase(
  {
    status: "active",
    child: makeChild({ name: { given: "Zebulon", family: "Quartz" }, birthDate: "2009-06-14" }),
  },
  { seed: 3 },
);

/** The same case made invalid by a last contact after the report. */
export const bad = { ...valid, lastContactAt: "2099-01-01T00:00:00Z" };

/** Values of {@link valid} and {@link bad} that no output may hold. */
export const SECRETS = ["Zebulon", "Quartz", "2009-06-14", "2099"];

/** Whether `text` holds a control character other than the newline (C0, DEL, C1). */
export const hasControl = (text: string) => /\p{Cc}/u.test(text.replaceAll("\n", ""));

/** Whether `text` holds a colour (SGR) escape sequence. */
export const hasColour = (text: string) =>
  text
    .split("\u001b[")
    .slice(1)
    .some((after) => /^[\d;]+m/.test(after));

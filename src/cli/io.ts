/**
 * What a command reads and writes: the streams it was given (the process's, or a test's in
 * memory), input files or stdin (`-`), and output files.
 * @module
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { IoError } from "./errors.js";
import type { OutStream } from "./sink.js";

/**
 * The streams and settings a run of the command line gets: `process` itself, or a test's
 * streams in memory. `env` is read for colour settings only (none when omitted).
 * @internal
 */
export type Io = {
  readonly stdin: Readable;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The largest JSON array or object read whole, in bytes (a test lowers it). */
  readonly maxWholeBytes?: number;
};

// 64 KiB, below V8's largest young-generation object (128 KiB): a larger chunk's decoded text
// is a "large object", promoted whole to the old generation by every scavenge it outlives, so
// a stream of bad records (more garbage, more scavenges per chunk) grew the heap by 20 MB.
// Measured on 30,000 records: 256 KiB chunks 92 MB peak RSS valid / 114 MB all invalid;
// 64 KiB chunks 82 / 88 MB, and 20 % less CPU.
const CHUNK = 64 * 1024;

/**
 * A readable stream of a file, or of stdin for `-`. Fails with an {@link IoError} naming the
 * file when it is missing or is a directory.
 * @internal
 */
export async function openInput(
  path: string,
  io: Io,
): Promise<{ stream: Readable; size?: number }> {
  if (path === "-") return { stream: io.stdin };
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new IoError(`${path}: not a file`);
    return { stream: createReadStream(path, { highWaterMark: CHUNK }), size: s.size };
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw new IoError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** A writable file stream; fails with an {@link IoError} naming the file. @internal */
export async function openOutput(path: string): Promise<OutStream> {
  const out = createWriteStream(path);
  try {
    await once(out, "open");
  } catch (e) {
    throw new IoError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return out;
}

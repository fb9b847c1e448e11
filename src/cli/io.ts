/**
 * Input and output of the command line: records from NDJSON (streamed, memory does not
 * grow with the file), a JSON array (read whole) or stdin (`-`); output with backpressure.
 * @module
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { IoError } from "./errors.js";

/** Where a record was: its line (NDJSON, from 1) or its index (JSON array, from 0). @internal */
export type Where = { readonly line: number } | { readonly index: number };

/** One record read, or a place where the input was not JSON. @internal */
export type RecordItem =
  | { readonly kind: "record"; readonly where: Where; readonly value: unknown }
  | { readonly kind: "not-json" | "too-long"; readonly where: Where };

/** Bytes read so far, for the progress bar. @internal */
export type OnBytes = (bytes: number) => void;

/** The streams a command uses (the process's, or a test's). @internal */
export type Io = {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
};

const MAX_LINE = 64 * 1024 * 1024;
const CHUNK = 256 * 1024;

/** Where, as people read it: `line 12` or `index 3`. @internal */
export function describeWhere(where: Where): string {
  return "line" in where ? `line ${where.line}` : `index ${where.index}`;
}

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

/** Parses one NDJSON line; blank lines are skipped (they still count for line numbers). */
function lineItem(text: string, line: number): RecordItem | undefined {
  const end = text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
  const body = end === text.length ? text : text.slice(0, end);
  try {
    return { kind: "record", where: { line }, value: JSON.parse(body) };
  } catch {
    return body.trim() === "" ? undefined : { kind: "not-json", where: { line } };
  }
}

function arrayItems(text: string, each: (item: RecordItem) => void): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    each({ kind: "not-json", where: { line: 1 } });
    return;
  }
  if (!Array.isArray(value)) {
    each({ kind: "record", where: { index: 0 }, value });
    return;
  }
  value.forEach((v, index) => {
    each({ kind: "record", where: { index }, value: v });
  });
}

/** The first character that is not whitespace, or "" if none yet. */
function firstSignificant(text: string): string {
  const m = /\S/.exec(text);
  return m ? m[0] : "";
}

/**
 * Calls `each` for every record of `source`, in order, synchronously within each chunk (no
 * promise per record). Input whose first character is `[` is a JSON array and is read
 * whole; anything else is NDJSON, split line by line as the chunks arrive, so memory holds
 * one chunk and one partial line. A line that is not JSON is passed on as `not-json`.
 * @internal
 */
export async function forEachRecord(
  source: Readable,
  each: (item: RecordItem) => void,
  onBytes?: OnBytes,
): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let mode: "unknown" | "lines" | "array" = "unknown";
  const whole: string[] = [];
  let pending = "";
  let line = 0;
  let skipping = false;
  let bytes = 0;
  const flushLine = (text: string) => {
    line++;
    if (skipping) {
      skipping = false;
      return;
    }
    const item = lineItem(text, line);
    if (item) each(item);
  };
  try {
    for await (const chunk of source) {
      const buf = chunk as Buffer;
      bytes += buf.length;
      onBytes?.(bytes);
      let text = decoder.write(buf);
      // A byte-order mark is no part of the first record.
      if (pending === "" && line === 0 && mode !== "array" && text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
      }
      if (mode === "unknown") {
        const first = firstSignificant(pending + text);
        if (first !== "") mode = first === "[" ? "array" : "lines";
      }
      if (mode === "array") {
        whole.push(pending, text);
        pending = "";
        continue;
      }
      let all = pending + text;
      let start = 0;
      for (let nl = all.indexOf("\n"); nl !== -1; nl = all.indexOf("\n", start)) {
        flushLine(all.slice(start, nl));
        start = nl + 1;
      }
      all = all.slice(start);
      if (all.length > MAX_LINE) {
        // A runaway line: report it once and drop it up to its newline.
        if (!skipping) each({ kind: "too-long", where: { line: line + 1 } });
        skipping = true;
        all = "";
      }
      pending = all;
    }
  } catch (e) {
    throw new IoError(`cannot read input (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const rest = pending + decoder.end();
  if (mode === "array") arrayItems(whole.join("") + rest, each);
  else if (rest.length > 0 || skipping) flushLine(rest);
}

/** Writes text, waiting for `drain` when the stream asks to (backpressure). @internal */
export async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/** A writable file stream; fails with an {@link IoError} naming the file. @internal */
export async function openOutput(path: string): Promise<Writable> {
  const out = createWriteStream(path);
  try {
    await once(out, "open");
  } catch (e) {
    throw new IoError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return out;
}

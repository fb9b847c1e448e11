/**
 * Records out of a byte stream: NDJSON (one record a line, streamed: memory holds one chunk
 * and one partial line), or one JSON value read whole (an array of records, or a single
 * record, pretty-printed or not) up to a size limit.
 * @module
 */
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { IoError } from "./errors.js";

/** Where a record was: its line (NDJSON, from 1) or its index (JSON array, from 0). @internal */
export type Where = { readonly line: number } | { readonly index: number };

/** One record read, or a place where the input was not JSON. @internal */
export type RecordItem =
  | { readonly kind: "record"; readonly where: Where; readonly value: unknown }
  | { readonly kind: "not-json" | "too-long"; readonly where: Where };

/** Options of {@link forEachRecord}. @internal */
export type ReadOptions = {
  /** Bytes read so far, for a progress line. */
  readonly onBytes?: (bytes: number) => void;
  /** The largest input read whole (a JSON array or a multi-line object), in bytes. */
  readonly maxWholeBytes?: number;
  /** The longest NDJSON line read, in characters (a test lowers it). */
  readonly maxLine?: number;
};

/**
 * The largest JSON array or object read whole: 128 MiB. Parsing holds the text and every
 * record at once, about four times the file in memory (a 134 MB array of cases peaks near
 * 530 MB); anything larger belongs in NDJSON, which streams in constant memory.
 * @internal
 */
export const MAX_WHOLE_BYTES = 128 * 1024 * 1024;

/** The longest NDJSON line read: a longer one is reported once and skipped. @internal */
export const MAX_LINE = 64 * 1024 * 1024;

/** A JSON value too large to read whole: the input must be NDJSON. @internal */
export class TooLargeError extends Error {
  override readonly name = "TooLargeError";
  constructor(readonly limit: number) {
    super(`over ${limit} bytes`);
  }
}

/** Where, as people read it: `line 12` or `index 3`. @internal */
export function describeWhere(where: Where): string {
  return "line" in where ? `line ${where.line}` : `index ${where.index}`;
}

/** The line without a trailing `\r`. */
const stripCr = (text: string) =>
  text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;

function parsesAlone(text: string): boolean {
  try {
    JSON.parse(stripCr(text));
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits text into NDJSON lines as it arrives; blank lines are skipped but counted, a line
 * that is not JSON is passed on as `not-json`, one longer than `maxLine` as `too-long`.
 */
function lineReader(each: (item: RecordItem) => void, maxLine: number) {
  let pending = "";
  let line = 0;
  let skipping = false;
  const flush = (text: string) => {
    line++;
    if (skipping) {
      skipping = false;
      return;
    }
    const body = stripCr(text);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      if (body.trim() !== "") each({ kind: "not-json", where: { line } });
      return;
    }
    each({ kind: "record", where: { line }, value });
  };
  return {
    push(text: string) {
      const all = pending + text;
      let start = 0;
      for (let nl = all.indexOf("\n"); nl !== -1; nl = all.indexOf("\n", start)) {
        flush(all.slice(start, nl));
        start = nl + 1;
      }
      pending = all.slice(start);
      if (pending.length > maxLine) {
        // A runaway line: report it once and drop it up to its newline.
        if (!skipping) each({ kind: "too-long", where: { line: line + 1 } });
        skipping = true;
        pending = "";
      }
    },
    end() {
      if (pending.length > 0 || skipping) flush(pending);
    },
  };
}

type Mode = "unknown" | "lines" | "whole";

/** The line (from 1) of offset `at` in `text`. */
function lineAt(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * How to read input that starts with `head` (`newLine`: the text just added holds a line end). `[` is an array, read whole. `{` is NDJSON when
 * its first line is JSON alone, or when its next non-blank line is (a broken first record);
 * otherwise it is one record over several lines (pretty-printed), read whole. Anything else
 * is NDJSON.
 */
function detect(head: string, ended: boolean, newLine: boolean, maxLine: number): Mode {
  // Still unknown, unless the head is already longer than any line may be.
  const undecided = () => (head.length > maxLine ? "lines" : "unknown");
  const first = /\S/.exec(head);
  if (!first) return ended ? "lines" : "unknown";
  if (first[0] === "[") return "whole";
  if (first[0] !== "{") return "lines";
  // Nothing new to decide on until a line ends (scanning a long first line again is quadratic).
  if (!ended && !newLine) return undecided();
  const nl = head.indexOf("\n", first.index);
  if (nl === -1) return ended ? "lines" : undecided();
  if (parsesAlone(head.slice(first.index, nl))) return "lines";
  for (let from = nl + 1; ; ) {
    const next = head.indexOf("\n", from);
    if (next === -1 && !ended) return undecided();
    const line = head.slice(from, next === -1 ? head.length : next);
    if (line.trim() !== "") return parsesAlone(line) ? "lines" : "whole";
    if (next === -1) return "whole";
    from = next + 1;
  }
}

/** Calls `each` for the records of one JSON value read whole. */
function wholeItems(text: string, each: (item: RecordItem) => void): void {
  const line = lineAt(text, /\S/.exec(text)?.index ?? 0);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    each({ kind: "not-json", where: { line } });
    return;
  }
  if (!Array.isArray(value)) {
    each({ kind: "record", where: { line }, value });
    return;
  }
  value.forEach((v, index) => {
    each({ kind: "record", where: { index }, value: v });
  });
}

/**
 * Calls `each` for every record of `source`, in order, synchronously within each chunk (no
 * promise per record). NDJSON streams; a JSON array, or one record spread over several lines,
 * is read whole, and fails with a {@link TooLargeError} past `maxWholeBytes`. A failure to
 * read the source is an `IoError`.
 * @internal
 */
export async function forEachRecord(
  source: Readable,
  each: (item: RecordItem) => void,
  options: ReadOptions = {},
): Promise<void> {
  const maxWhole = options.maxWholeBytes ?? MAX_WHOLE_BYTES;
  const decoder = new StringDecoder("utf8");
  const maxLine = options.maxLine ?? MAX_LINE;
  const lines = lineReader(each, maxLine);
  let mode = "unknown" as Mode;
  let head = "";
  let bytes = 0;
  const take = (text: string, ended: boolean) => {
    if (mode === "lines") return lines.push(text);
    // A byte-order mark is no part of the first record.
    head += head === "" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (mode === "unknown") mode = detect(head, ended, text.includes("\n"), maxLine);
    if (mode === "whole" && bytes > maxWhole) throw new TooLargeError(maxWhole);
    if (mode === "lines") {
      lines.push(head);
      head = "";
    }
  };
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await iterator.next();
      } catch (e) {
        throw new IoError(`cannot read input (${(e as NodeJS.ErrnoException).code ?? "error"})`);
      }
      if (next.done) break;
      bytes += next.value.length;
      options.onBytes?.(bytes);
      take(decoder.write(next.value), false);
    }
  } finally {
    // Stopped early (an error, a closed output): close the input.
    await iterator.return?.().catch(() => undefined);
  }
  take(decoder.end(), true);
  if (mode === "whole") wholeItems(head, each);
  else lines.end();
}

/**
 * Output streams that fail politely. A write error arrives after the write (as an `error`
 * event), so a sink remembers it and the next write, wait or flush reports it as an
 * {@link OutputError}; the command line turns that into a quiet stop (a reader that went
 * away, `… | head -1`) or one line and exit 2 (a full disk), never a stack trace. The
 * error stream is lenient: once it fails, text for it is dropped and nothing else changes.
 * @module
 */
import type { Writable } from "node:stream";

/** A stream the command line writes to, with what it can tell about it. @internal */
export type OutStream = Writable & { readonly isTTY?: boolean };

/** Why a write failed, naming the target (`stdout` or a file), never the text. @internal */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(
    readonly target: string,
    readonly code: string,
  ) {
    super(`${target}: cannot write (${code})`);
  }

  /** The reader went away (a closed pipe): not an error of ours. */
  get closed(): boolean {
    return CLOSED.has(this.code);
  }
}

const CLOSED = new Set(["EPIPE", "ECONNRESET", "ERR_STREAM_DESTROYED"]);

/** Text out to a stream, with failures remembered. @internal */
export type Sink = {
  /** Whether the stream is a terminal. */
  readonly isTTY: boolean;
  /** Queues `text`; a strict sink throws an {@link OutputError} once the stream has failed. */
  write(text: string): void;
  /** Resolves when the stream wants more (backpressure). */
  drained(): Promise<void>;
  /** Resolves once everything written so far has been handed over (or failed). */
  flush(): Promise<void>;
};

type Failure = Error & { code?: string | undefined };

/**
 * A sink over `stream`. A strict sink (stdout, an output file) reports failures as
 * {@link OutputError}s naming `target`; a lenient one (stderr) drops text after a failure.
 * @internal
 */
export function createSink(stream: OutStream, target: string, strict: boolean): Sink {
  let failure: Failure | undefined;
  const fail = (e?: Error | null) => {
    if (e && !failure) failure = e;
  };
  stream.on("error", fail);
  // Throws for a strict sink that failed; true when text should be dropped.
  const failed = (): boolean => {
    fail(stream.errored);
    if (failure && strict) throw new OutputError(target, failure.code ?? "error");
    return failure !== undefined || stream.destroyed;
  };
  // Waits for `drain`, or an error or close, which end the wait too.
  const drain = () =>
    new Promise<void>((resolve) => {
      const events = ["drain", "error", "close"];
      const done = () => {
        for (const e of events) stream.off(e, done);
        resolve();
      };
      for (const e of events) stream.on(e, done);
    });
  return {
    isTTY: stream.isTTY === true,
    write(text) {
      if (failed()) return;
      try {
        stream.write(text, fail);
      } catch (e) {
        fail(e as Error);
        failed();
      }
    },
    async drained() {
      if (failed() || !stream.writableNeedDrain) return;
      await drain();
      failed();
    },
    async flush() {
      if (failed()) return;
      // The callback comes after every earlier write, with its error if the stream failed.
      await new Promise<void>((resolve) => {
        stream.write("", (e) => {
          fail(e);
          resolve();
        });
      });
      // An `error` event is emitted on the tick after the callback: let it land.
      await new Promise((resolve) => setImmediate(resolve));
      failed();
    },
  };
}

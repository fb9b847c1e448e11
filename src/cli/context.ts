/**
 * What a command runs with: its input, its two outputs wrapped as sinks (stdout strict,
 * stderr lenient: a closed stderr never changes the outcome) and the colour of each.
 * @module
 */
import type { Io } from "./io.js";
import { createSink, type Sink } from "./sink.js";
import { type Style, styleFor } from "./style.js";

/** A command's world. @internal */
export type Context = {
  readonly io: Io;
  readonly out: Sink;
  readonly err: Sink;
  /** Colour for stdout (summaries). */
  readonly outStyle: Style;
  /** Colour for stderr (error lines). */
  readonly errStyle: Style;
};

/** The context of one run over `io`; `noColor` is the `--no-color` flag. @internal */
export function createContext(io: Io, noColor: boolean): Context {
  const out = createSink(io.stdout, "stdout", true);
  const err = createSink(io.stderr, "stderr", false);
  const env = io.env ?? {};
  return {
    io,
    out,
    err,
    outStyle: styleFor(out.isTTY, env, noColor),
    errStyle: styleFor(err.isTTY, env, noColor),
  };
}

/**
 * A progress line on stderr (records, records per second, bytes read), drawn only when
 * stderr is a terminal and at most ten times a second; silent otherwise, so pipes and
 * files get no control characters.
 * @module
 */
import { formatBytes, formatCount } from "./format.js";
import type { Sink } from "./sink.js";

/** What the progress line shows. @internal */
export type Progress = {
  /** Records so far and bytes read so far (bytes may be omitted). */
  update(records: number, bytes?: number): void;
  /** Clears the line if it is drawn (before other text goes to the terminal); it comes back on the next update. */
  clear(): void;
};

const SILENT: Progress = { update: () => {}, clear: () => {} };
const WIDTH = 24;
const CLEAR_LINE = "\r\x1b[2K";

/**
 * A progress line for `label` on `stderr` when it is a terminal; `total` (bytes) draws a
 * bar, otherwise only counts are shown.
 * @internal
 */
export function createProgress(stderr: Sink, label: string, total?: number): Progress {
  if (!stderr.isTTY) return SILENT;
  // The command line may read the clock: only for the rate, never for results.
  const started = Date.now();
  let last = 0;
  let lastBytes = 0;
  let drawn = false;
  return {
    update(records, bytes) {
      if (bytes !== undefined) lastBytes = bytes;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const rate = (records / Math.max(now - started, 1)) * 1000;
      const share = total ? Math.min(lastBytes / total, 1) : undefined;
      const bar =
        share === undefined
          ? ""
          : `[${"#".repeat(Math.round(share * WIDTH)).padEnd(WIDTH, ".")}] ${(share * 100).toFixed(0)}% `;
      const read = lastBytes > 0 ? ` · ${formatBytes(lastBytes)}` : "";
      stderr.write(
        `${CLEAR_LINE}${label} ${bar}${formatCount(records)} records · ${formatCount(Math.round(rate))}/s${read}`,
      );
      drawn = true;
    },
    clear() {
      if (!drawn) return;
      stderr.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

/**
 * A progress line on stderr (records, records per second, bytes read), drawn only when
 * stderr is a terminal and at most ten times a second; silent otherwise, so pipes and
 * files get no control characters.
 * @module
 */
import type { Writable } from "node:stream";
import { formatBytes, formatCount } from "./format.js";

/** What the progress line shows. @internal */
export type Progress = {
  /** Records so far and bytes read so far (bytes may be omitted). */
  update(records: number, bytes?: number): void;
  /** Clears the line. */
  done(): void;
};

const SILENT: Progress = { update: () => {}, done: () => {} };
const WIDTH = 24;

/**
 * A progress line for `label` on `stderr` when it is a terminal; `total` (bytes) draws a
 * bar, otherwise only counts are shown.
 * @internal
 */
export function createProgress(
  stderr: Writable & { readonly isTTY?: boolean },
  label: string,
  total?: number,
): Progress {
  if (!stderr.isTTY) return SILENT;
  // The command line may read the clock: only for the rate, never for results.
  const started = Date.now();
  let last = 0;
  let lastBytes = 0;
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
        `\r\x1b[2K${label} ${bar}${formatCount(records)} records · ${formatCount(Math.round(rate))}/s${read}`,
      );
    },
    done() {
      stderr.write("\r\x1b[2K");
    },
  };
}

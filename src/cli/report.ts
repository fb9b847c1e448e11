/**
 * Error lines of the reading commands: one line per issue (where, code, path, message), or
 * one JSON line per bad record with `--json`; never a record's values. At most `maxErrors`
 * lines are printed; the summary counts the rest. The progress line is cleared before any
 * error line, so the two never share a line.
 * @module
 */
import type { Context } from "./context.js";
import { cutKey, printable, safeJson } from "./escape.js";
import { formatCount, formatPath } from "./format.js";
import { createProgress, type Progress } from "./progress.js";
import { describeWhere, type Where } from "./read.js";

/** An issue as the command line reports it: code, path and the schema's message. @internal */
export type ReportedIssue = {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
};

/** The default of `--max-errors`. @internal */
export const MAX_ERRORS = 100;

/** How a command reports. @internal */
export type ReportOptions = { readonly json: boolean; readonly maxErrors: number };

/** Error lines and progress for one command. @internal */
export type Reporter = {
  /** Reports a bad record (its lines, within the cap). */
  bad(where: Where, issues: readonly ReportedIssue[]): void;
  /** A progress line that steps aside for error lines. */
  progress(label: string, total?: number): Progress;
  /** Clears the progress line and says how many error lines were left out, if any. */
  end(): void;
  /** Error lines left out so far. */
  readonly notShown: number;
};

// Longest message printed: messages come from the library, this only bounds a surprise.
const MAX_MESSAGE = 1000;

/** A path whose keys are cut and escaped for a terminal. */
const textPath = (path: readonly (string | number)[]) =>
  formatPath(path.map((k) => (typeof k === "string" ? printable(k) : k)));

/** A path whose keys are cut (the JSON writer escapes them). */
const jsonPath = (path: readonly (string | number)[]) =>
  path.map((k) => (typeof k === "string" ? cutKey(k) : k));

/** The reporter of a command. @internal */
export function createReporter(ctx: Context, options: ReportOptions): Reporter {
  const { err, errStyle: s } = ctx;
  let printed = 0;
  let notShown = 0;
  let progress: Progress | undefined;
  const room = () => Math.max(0, options.maxErrors - printed);
  const textLines = (where: Where, issues: readonly ReportedIssue[]) => {
    const at = s.place(describeWhere(where));
    const shown = issues.slice(0, room());
    let text = "";
    for (const i of shown) {
      const message = printable(i.message, MAX_MESSAGE);
      text += `${at}: ${s.code(printable(i.code))} at ${s.place(textPath(i.path))}: ${message}\n`;
    }
    return { text, lines: shown.length, left: issues.length - shown.length };
  };
  const jsonLine = (where: Where, issues: readonly ReportedIssue[]) => {
    if (room() === 0) return { text: "", lines: 0, left: 1 };
    const slim = issues.map(({ code, path }) => ({ code, path: jsonPath(path) }));
    return { text: `${safeJson({ ...where, issues: slim })}\n`, lines: 1, left: 0 };
  };
  return {
    bad(where, issues) {
      const r = options.json ? jsonLine(where, issues) : textLines(where, issues);
      printed += r.lines;
      notShown += r.left;
      if (r.text === "") return;
      progress?.clear();
      err.write(r.text);
    },
    progress(label, total) {
      progress = createProgress(err, label, total);
      return progress;
    },
    end() {
      progress?.clear();
      if (notShown > 0 && !options.json) {
        err.write(
          `… ${formatCount(notShown)} more error line(s) not shown (--max-errors ${options.maxErrors}); the summary counts them all\n`,
        );
      }
    },
    get notShown() {
      return notShown;
    },
  };
}

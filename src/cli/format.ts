/**
 * Plain-text output: numbers, aligned tables and bar charts. Only data the library
 * computed is printed; record values are never echoed.
 * @module
 */

/** `12,114`. @internal */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** `41.2 %`. @internal */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** `1.3 GB`, `48.0 MB`, `512 B`. @internal */
export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

/** A cell: text is left-aligned, numbers right-aligned with thousands separators. @internal */
export type Cell = string | number;

/** Colours a cell's text (not its padding): `col` from 0, `row` from 0 below the header. @internal */
export type PaintCell = (text: string, col: number, row: number) => string;

/**
 * Rows as an aligned table with a header and a rule under it, each line indented; `paint`
 * colours body cells.
 * @internal
 */
export function table(
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
  indent = "  ",
  paint?: PaintCell,
): string {
  const text = rows.map((r) => r.map((c) => (typeof c === "number" ? formatCount(c) : c)));
  const widths = head.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? "").length)));
  const numeric = head.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number"),
  );
  const line = (cells: readonly string[], row?: number) =>
    indent +
    cells
      .map((c, i) => {
        const gap = " ".repeat(Math.max(0, (widths[i] ?? 0) - c.length));
        const shown = row === undefined || !paint ? c : paint(c, i, row);
        return numeric[i] ? gap + shown : shown + gap;
      })
      .join("  ")
      .trimEnd();
  const rule = indent + widths.map((w) => "─".repeat(w)).join("  ");
  return [line(head), rule, ...text.map((r, i) => line(r, i))].join("\n");
}

/**
 * Words of `text` wrapped to lines of at most `width` characters (a longer word stays whole).
 * @internal
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * Label–value pairs in two columns. Values are right-aligned when every one is a number
 * (or starts with a digit), else left-aligned and wrapped to `width` characters; `paint`
 * colours each printed line of a row (from 0).
 * @internal
 */
export function pairs(
  rows: readonly (readonly [string, Cell])[],
  indent = "  ",
  width = 100,
  paint: (line: string, row: number) => string = (line) => line,
): string {
  const text = rows.map(([k, v]) => [k, typeof v === "number" ? formatCount(v) : v] as const);
  const kw = Math.max(...text.map(([k]) => k.length));
  const vw = Math.max(...text.map(([, v]) => v.length));
  const right = text.every(([, v]) => /^[\d–]/.test(v));
  const room = Math.max(20, width - indent.length - kw - 2);
  return text
    .flatMap(([k, v], row) => {
      if (right) return [paint(`${indent}${k.padEnd(kw)}  ${v.padStart(vw)}`, row)];
      const [first, ...more] = wrap(v, room);
      return [
        `${indent}${k.padEnd(kw)}  ${first ?? ""}`.trimEnd(),
        ...more.map((m) => `${indent}${" ".repeat(kw)}  ${m}`),
      ].map((l) => paint(l, row));
    })
    .join("\n");
}

/** A horizontal bar chart: one line per label, bars scaled to the largest value. @internal */
export function barChart(
  rows: readonly (readonly [string, number])[],
  width = 40,
  indent = "  ",
): string {
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const lw = Math.max(...rows.map(([l]) => l.length));
  const vw = Math.max(...rows.map(([, v]) => formatCount(v).length));
  return rows
    .map(([label, v]) => {
      const bar = "█".repeat(Math.round((v / max) * width));
      return `${indent}${label.padEnd(lw)} ${formatCount(v).padStart(vw)} ${bar}`;
    })
    .join("\n");
}

/** An issue path as people read it: `events.2.at`, or `(record)` for the whole record. @internal */
export function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? "(record)" : path.join(".");
}

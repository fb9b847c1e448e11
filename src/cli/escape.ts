/**
 * Text from a record (an unknown key's name, an id, an operation's name) on its way to a
 * terminal: control and other non-printable characters become `\u001b`-style escapes, so no
 * escape sequence in a record can clear a screen, retitle a window or forge a line; and a key
 * name is cut short, so a 5 MB key does not give 5 MB of output.
 * @module
 */

/** How much of a key name is printed before `…`. @internal */
export const MAX_KEY_CHARS = 64;

// Controls (C0, DEL, C1), format characters (bidi overrides, zero-width), line and paragraph
// separators, lone surrogates, private-use and unassigned code points.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "gu");

/** `\uXXXX` for each UTF-16 unit of `s` (an astral character gives a surrogate pair). */
function unicodeEscape(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += `\\u${s.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}

/**
 * `text` safe to print: non-printable characters as `\u001b`, a backslash as `\\` (so an
 * escape in the output always means an escaped character), and at most `max` characters of
 * output, then `…`. An escape is never cut in half.
 *
 * @example
 * ```ts
 * printable("\u001b[2Jname"); // "\\u001b[2Jname"
 * printable("x".repeat(100)).length; // 65 (64 characters and "…")
 * ```
 * @internal
 */
export function printable(text: string, max = MAX_KEY_CHARS): string {
  let out = "";
  for (const ch of text) {
    const piece = ch === "\\" ? "\\\\" : UNPRINTABLE.test(ch) ? unicodeEscape(ch) : ch;
    if (out.length + piece.length > max) return `${out}…`;
    out += piece;
  }
  return out;
}

/**
 * A key name cut to `max` characters (whole code points), then `…`, for output that escapes
 * it in its own way (JSON).
 *
 * @example
 * ```ts
 * cutKey("x".repeat(100)).length; // 65
 * ```
 * @internal
 */
export function cutKey(key: string, max = MAX_KEY_CHARS): string {
  if (key.length <= max) return key;
  let out = "";
  let n = 0;
  for (const ch of key) {
    if (n++ === max) return `${out}…`;
    out += ch;
  }
  return out;
}

/**
 * `JSON.stringify(value)` with every non-printable character escaped, not only the ones JSON
 * requires (below U+0020): DEL, C1 controls such as U+009B (a one-character CSI to some
 * terminals), bidi overrides and line separators also come out as `\u…`. Still valid JSON
 * that parses back to the same value: those characters only occur inside strings.
 *
 * @example
 * ```ts
 * safeJson({ key: "a\u009b2J" }); // '{"key":"a\\u009b2J"}'
 * ```
 * @internal
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNPRINTABLE_ALL, unicodeEscape);
}

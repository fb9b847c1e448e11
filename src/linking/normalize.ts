/**
 * Names as the comparison reads them: case, accents, apostrophes, hyphens and spacing removed.
 * @module
 */

/** A name part after normalisation. @internal */
export type NormalName = {
  /** Lower-case ASCII words, in order ("garcia lopez" → ["garcia", "lopez"]). */
  readonly tokens: readonly string[];
  /** The words joined with nothing between them ("garcialopez"); "" when the name is empty. */
  readonly joined: string;
};

const EMPTY: NormalName = { tokens: [], joined: "" };
const PLAIN = /^[A-Za-z]+$/;

// Letters NFD does not decompose, spelled as English-language records spell them.
const FOLD: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
// Generation suffixes are not part of the family name ("Smith Jr." is a Smith).
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * A name normalised for comparison: Unicode NFD with the combining marks dropped (José →
 * jose, Muñoz → munoz), lower case, a few letters folded (ß → ss, ø → o), apostrophes
 * removed (O'Brien → obrien, D’Angelo → dangelo), and everything else that is not a letter
 * or digit (hyphens, periods, commas, spaces) read as one word break. With `dropSuffix`,
 * a last word jr, sr, ii, iii or iv is dropped.
 *
 * @example
 * ```ts
 * normalizeName("  María-José  ").joined; // "mariajose"
 * normalizeName("O'Brien").tokens;         // ["obrien"]
 * normalizeName("De La Cruz").tokens;      // ["de", "la", "cruz"]
 * normalizeName("Smith Jr.", true).joined; // "smith"
 * ```
 * @internal
 */
export function normalizeName(raw: string, dropSuffix = false): NormalName {
  // Most names are one word of ASCII letters: no Unicode work for them.
  if (PLAIN.test(raw)) {
    const lower = raw.toLowerCase();
    return { tokens: [lower], joined: lower };
  }
  let s = raw.normalize("NFD").toLowerCase();
  // Apostrophes ’ ` ´ ʼ and the letters ß æ œ ø ł đ ð þ ı, written as escapes: one non-ASCII
  // character in a bundle makes its whole source a two-byte string, slower to read and compile.
  s = s.replace(/[\u0300-\u036f]/g, "").replace(/['\u2019`\u00b4\u02bc]/g, "");
  s = s.replace(/[\u00df\u00e6\u0153\u00f8\u0142\u0111\u00f0\u00fe\u0131]/g, (c) => FOLD[c] ?? c);
  const tokens = s.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== "");
  if (dropSuffix && tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] as string)) {
    tokens.pop();
  }
  return tokens.length === 0 ? EMPTY : { tokens, joined: tokens.join("") };
}

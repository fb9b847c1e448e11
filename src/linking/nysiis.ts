/**
 * NYSIIS, the phonetic code of the New York State Identification and Intelligence System.
 * @module
 */

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const LETTERS = /^[a-z]*$/;
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/** Step 1: how the first letters of the name are rewritten. */
const FIRST: readonly (readonly [string, string])[] = [
  ["mac", "mcc"],
  ["kn", "nn"],
  ["k", "c"],
  ["ph", "ff"],
  ["pf", "ff"],
  ["sch", "sss"],
];
/** Step 2: how the last letters of the name are rewritten. */
const LAST: readonly (readonly [string, string])[] = [
  ["ee", "y"],
  ["ie", "y"],
  ["dt", "d"],
  ["rt", "d"],
  ["rd", "d"],
  ["nt", "d"],
  ["nd", "d"],
];

function rewriteEnds(name: string): string {
  let s = name;
  for (const [from, to] of FIRST) {
    if (s.startsWith(from)) {
      s = to + s.slice(from.length);
      break;
    }
  }
  for (const [from, to] of LAST) {
    if (s.endsWith(from)) {
      s = s.slice(0, s.length - from.length) + to;
      break;
    }
  }
  return s;
}

/**
 * What replaces `s[i]` (step 4), as letters and how many letters of `s` they consume. `prev`
 * is the letter the previous position became: H and W that take "the preceding letter" take
 * it as already translated (the in-place reading), so they add nothing to the code.
 */
function translate(s: string, i: number, prev: string): [string, number] {
  const c = s[i] as string;
  if (c === "e" && s[i + 1] === "v") return ["af", 2];
  if (isVowel(c)) return ["a", 1];
  if (c === "q") return ["g", 1];
  if (c === "z") return ["s", 1];
  if (c === "m") return ["n", 1];
  if (c === "k") return s[i + 1] === "n" ? ["n", 2] : ["c", 1];
  if (c === "s" && s.startsWith("ch", i + 1)) return ["sss", 3];
  if (c === "p" && s[i + 1] === "h") return ["ff", 2];
  if (c === "h" && (!isVowel(s[i - 1]) || !isVowel(s[i + 1]))) return [prev, 1];
  if (c === "w" && isVowel(s[i - 1])) return [prev, 1];
  return [c, 1];
}

/**
 * The NYSIIS code of a name (Taft, R. L., 1970, "Name Search Techniques", New York State
 * Identification and Intelligence System, Special Report No. 1; algorithm as given in
 * https://en.wikipedia.org/wiki/New_York_State_Identification_and_Intelligence_System),
 * written here from that description. Names that sound alike often get the same code
 * (Rodriguez and Rodrigues → RADRAG; Brianna and Breanna → BRAN), so spelling variants meet.
 *
 * Input: letters a–z (anything else is skipped), as `normalizeName` gives them.
 * Steps: rewrite the first letters (MAC → MCC, KN → NN, K → C, PH/PF → FF, SCH → SSS) and
 * the last (EE/IE → Y; DT/RT/RD/NT/ND → D); keep the first letter; translate the rest (EV →
 * AF, other vowels → A, Q → G, Z → S, M → N, KN → N, K → C, SCH → SSS, PH → FF, H after or
 * before a non-vowel → the letter before, W after a vowel → the letter before), adding a
 * letter only when it differs from the last one added; then drop a final S, turn a final AY
 * into Y and drop a final A. The code is not cut to six letters (the original did): whole
 * codes keep Christopher and Christina apart. Upper case; "" for a name with no letter.
 *
 * @example
 * ```ts
 * nysiis("rodriguez"); // "RADRAG"
 * nysiis("rodrigues"); // "RADRAG"
 * nysiis("jon") === nysiis("john"); // true: "JAN"
 * nysiis("macdonald"); // "MCDANALD"
 * ```
 * @internal
 */
export function nysiis(name: string): string {
  const letters = LETTERS.test(name) ? name : name.replace(/[^a-z]/g, "");
  if (letters === "") return "";
  const s = rewriteEnds(letters);
  let key = s[0] as string;
  let last = key;
  for (let i = 1; i < s.length; ) {
    const [out, used] = translate(s, i, last);
    for (const ch of out) {
      if (ch !== last) key += ch;
      last = ch;
    }
    i += used;
  }
  if (key.length > 1 && key.endsWith("s")) key = key.slice(0, -1);
  if (key.length > 2 && key.endsWith("ay")) key = `${key.slice(0, -2)}y`;
  if (key.length > 1 && key.endsWith("a")) key = key.slice(0, -1);
  return key.toUpperCase();
}

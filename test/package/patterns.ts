/**
 * What no file of the repository or the package may contain: a reference to a document
 * outside them, or to an issue number. Users who install or clone the library cannot open
 * either.
 */
// The names are assembled from parts so that this file does not itself match a plain search.
const DOCS = ["DOMAIN", "API", "TOOLCHAIN", "JURISDICTIONS"];
const SHARED = ["..", "shared"].join("/");

export const FORBIDDEN: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: "an outside document",
    pattern: new RegExp(`\\b(?:${DOCS.join("|")})\\.md\\b|\\.\\.\\/shared\\b|\\/work\\/shared\\b`),
  },
  { name: "an issue number", pattern: /\bissues?\s+#?\d+\b|(?:^|[^&\w/])#\d+\b/i },
];

/** Every forbidden match in `text`, as `line: excerpt`. */
export function forbiddenIn(text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, i) => {
    for (const { name, pattern } of FORBIDDEN) {
      const m = pattern.exec(line);
      if (m) found.push(`${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
    }
  });
  return found;
}

/** Lines the patterns must catch (checked by a test). */
export const CAUGHT: readonly string[] = [
  `see ${DOCS[0]}.md §3`,
  `(${DOCS[1]}.md 'Deadlines')`,
  `${DOCS[2]}.md measured it`,
  `${DOCS[3]}.md beside it`,
  `${SHARED}/API`,
  `from /work/${"shared"}/`,
  `Requirement (${"issue"} 8)`,
  `${"Issue"} 12 says`,
  `fixed in #${"12"}`,
  "see issues 3 and 4",
];

/** Lines the patterns must let through. */
export const ALLOWED: readonly string[] = [
  "https://github.com/encontradosco/encontrados/issues/216",
  "[AGE-4](rules.md#age-4)",
  "&#39; and the issue code",
  "stable issue codes",
  "the codes of docs/issues.md",
];

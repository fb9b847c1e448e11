/**
 * What no file of the repository or the package may contain: a reference to a document
 * outside them, or to an issue number. Users who install or clone the library cannot open
 * either.
 */
export const FORBIDDEN: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: "an outside document",
    pattern: /\b(?:DOMAIN|API|TOOLCHAIN|JURISDICTIONS)\.md\b|\.\.\/shared\b|\/work\/shared\b/,
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
  "see DOMAIN.md §3",
  "(API.md 'Deadlines')",
  "TOOLCHAIN.md measured it",
  "JURISDICTIONS.md beside it",
  "../shared/API",
  "from /work/shared/",
  "Requirement (issue 8)",
  "Issue 12 says",
  "fixed in #12",
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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutKey, MAX_KEY_CHARS, printable, safeJson } from "../../src/cli/escape.js";

// What a terminal may act on: controls (C0, DEL, C1), format characters such as bidi
// overrides, line and paragraph separators, lone surrogates, private-use and unassigned.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** Reverses `printable` (without a cut): `\\` and `\uXXXX` escapes back to characters. */
const decode = (s: string) =>
  s.replace(/\\(\\|u([0-9a-f]{4}))/g, (_, all: string, hex?: string) =>
    hex ? String.fromCharCode(Number.parseInt(hex, 16)) : all,
  );

// Strings rich in the characters that matter: controls, escapes, surrogates, astral.
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom("\u001b", "\u0007", "\n", "\r", "\u009b", "\u202e", "\u2028", "\\", "u", "0"),
    fc.constantFrom("\ud800", "\udfff", "\u{1f600}", "\u{e0001}", "\u{10fffd}", "é"),
    fc.string({ unit: "binary", maxLength: 1 }),
  ),
  maxLength: 80,
});

describe("printable", () => {
  it("escapes what a terminal acts on, and nothing is lost or ambiguous", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = printable(s, Number.POSITIVE_INFINITY);
        expect(out).not.toMatch(UNSAFE);
        expect(decode(out)).toBe(s);
      }),
    );
  });

  it("prints at most 64 characters, then …, never half an escape", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = printable(s);
        const full = printable(s, Number.POSITIVE_INFINITY);
        if (full.length <= MAX_KEY_CHARS) {
          expect(out).toBe(full);
          return;
        }
        expect(out.endsWith("…")).toBe(true);
        const kept = out.slice(0, -1);
        // Cut between escapes: what is kept is a prefix of the text, as long as fits.
        expect(full.startsWith(kept)).toBe(true);
        expect(s.startsWith(decode(kept))).toBe(true);
        expect(kept.length).toBeGreaterThan(MAX_KEY_CHARS - 12);
        expect(kept.length).toBeLessThanOrEqual(MAX_KEY_CHARS);
      }),
    );
    expect(printable("\u001b".repeat(20))).toBe(`${"\\u001b".repeat(10)}…`);
    expect(printable("x".repeat(64))).toBe("x".repeat(64));
    expect(printable("x".repeat(65))).toBe(`${"x".repeat(64)}…`);
  });

  it("leaves ordinary text alone", () => {
    expect(printable("lastContactAt")).toBe("lastContactAt");
    expect(printable("Zoë Ångström 😀 東京")).toBe("Zoë Ångström 😀 東京");
  });
});

describe("cutKey", () => {
  it("keeps 64 whole code points, then …", () => {
    expect(cutKey("k".repeat(64))).toBe("k".repeat(64));
    expect(cutKey("😀".repeat(100))).toBe(`${"😀".repeat(64)}…`);
    expect(cutKey(`${"k".repeat(63)}😀😀`)).toBe(`${"k".repeat(63)}😀…`);
    // 40 code points are 80 UTF-16 units: nothing to cut.
    expect(cutKey("😀".repeat(40))).toBe("😀".repeat(40));
  });
});

describe("safeJson", () => {
  it("is JSON that parses back to the value, with nothing a terminal acts on", () => {
    fc.assert(
      fc.property(fc.dictionary(nasty, fc.oneof(nasty, fc.integer())), (value) => {
        const out = safeJson({ issues: [value] });
        expect(out).not.toMatch(UNSAFE);
        // Lone surrogates included: JSON.stringify escapes them itself.
        expect(JSON.parse(out)).toEqual({ issues: [value] });
      }),
    );
    expect(safeJson({ key: "a\u009b2J\u202e" })).toBe('{"key":"a\\u009b2J\\u202e"}');
  });
});

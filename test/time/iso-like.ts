/**
 * fast-check arbitraries of strings shaped like ISO dates and instants: mostly near-valid (all
 * leap-year shapes, every separator and offset form), some broken, so that both sides of every
 * branch of the scanners are reached.
 */
import fc from "fast-check";

export const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max })
    .map((d) => d.join(""));
export const twoDigits = (max: number) =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));

/** Dates: mostly near-valid (all leap-year shapes), some broken. */
export const dateLike = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: digits(4, 4) },
      { weight: 2, arbitrary: fc.constantFrom("2000", "1900", "2024", "2100", "0000", "0004") },
      { weight: 1, arbitrary: digits(2, 5) },
    ),
    fc.constantFrom("-", "-", "-", "/", ""),
    twoDigits(13),
    fc.constantFrom("-", "-", "-", "."),
    twoDigits(32),
  )
  .map((parts) => parts.join(""));

/** Instants: a date-like string, a time and an offset, each part sometimes malformed. */
export const instantLike = fc
  .tuple(
    dateLike,
    fc.constantFrom("T", "T", "T", "t", " "),
    twoDigits(25),
    fc.constantFrom(":", ":", ":", ""),
    twoDigits(61),
    fc.option(fc.tuple(fc.constantFrom(":", ":", "."), twoDigits(61)).map((p) => p.join(""))),
    fc.option(fc.tuple(fc.constantFrom(".", ".", ","), digits(0, 12)).map((p) => p.join(""))),
    fc.oneof(
      fc.constantFrom("Z", "Z", "z", "", "+00:00", "-04:00", "+05:30", "Zx", "+05:30:00"),
      fc
        .tuple(fc.constantFrom("+", "-"), twoDigits(25), fc.constantFrom(":", ""), twoDigits(61))
        .map((p) => p.join("")),
    ),
  )
  .map(([d, t, h, c, m, s, f, zone]) => `${d}${t}${h}${c}${m}${s ?? ""}${f ?? ""}${zone}`);

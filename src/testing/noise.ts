/**
 * Recording noise: how a child's name and birth date come out when one more report is typed
 * by hand. Rates are the testing kit's assumptions (no published rates were found for
 * missing-child reports); docs/testing.md lists them.
 * @module
 */
import { nicknamesOf } from "../linking/nicknames.js";
import { normalizeName } from "../linking/normalize.js";
import { monthDays } from "../time/day-number.js";
import { formatPacked, type PackedDate, pack } from "../time/packed-date.js";
import type { Rng } from "./random.js";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** "elizabeth" → "Elizabeth"; keeps the rest as is. */
export const capitalize = (s: string): string => (s[0] ?? "").toUpperCase() + s.slice(1);

/**
 * One typing error in a name of four letters or more: a letter changed, dropped, doubled or
 * swapped with the next (Damerau's four kinds). The first letter is left alone, as typists
 * rarely miss it.
 * @example `typo(rng, "Jasmine"); // "Jasmien", "Jasine", "Jassmine" or "Jasmone"`
 * @internal
 */
export function typo(rng: Rng, name: string): string {
  if (name.length < 4) return name;
  const i = rng.int(1, name.length - 2);
  const kind = rng.int(0, 3);
  if (kind === 0) return name.slice(0, i) + rng.pick([...LETTERS]) + name.slice(i + 1);
  if (kind === 1) return name.slice(0, i) + name.slice(i + 1);
  if (kind === 2) return name.slice(0, i) + (name[i] ?? "") + name.slice(i);
  return name.slice(0, i) + (name[i + 1] ?? "") + (name[i] ?? "") + name.slice(i + 2);
}

/**
 * A nickname of `given` from the nickname dataset, capitalised, or `undefined` when it has none.
 * @example `nickname(rng, "Elizabeth"); // "Liz", "Beth", "Betsy", …`
 * @internal
 */
export function nickname(rng: Rng, given: string): string | undefined {
  const options = nicknamesOf(normalizeName(given).joined).filter((n) => /^[a-z]+$/.test(n));
  return options.length === 0 ? undefined : capitalize(rng.pick(options));
}

/** Accents dropped, as systems that take only ASCII (NCIC) record them. */
export const withoutAccents = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/**
 * How a family name is written on one report: hyphen, space or nothing between the parts
 * of a compound name, or only its first part; apostrophes kept, dropped or spaced;
 * particles ("De La Cruz") run together.
 * @example `familyVariant(rng, "García-Torres"); // "García Torres", "García", …`
 * @internal
 */
export function familyVariant(rng: Rng, family: string): string {
  const r = rng.next();
  if (family.includes("-")) {
    if (r < 0.25) return family.split("-")[0] as string;
    if (r < 0.35) return family.replace("-", " ");
    if (r < 0.4) return family.replace("-", "");
    return family;
  }
  if (family.includes("'")) {
    if (r < 0.3) return family.replace("'", "");
    if (r < 0.4) return family.replace("'", " ");
    return family;
  }
  if (family.includes(" ") && r < 0.3) return capitalize(family.replaceAll(" ", "").toLowerCase());
  return family;
}

/** A packed date if valid and not after `latest`, else undefined. */
function valid(y: number, m: number, d: number, latest: PackedDate): PackedDate | undefined {
  if (m < 1 || m > 12 || d < 1 || d > monthDays(y, m)) return undefined;
  const p = pack(y, m, d);
  return p <= latest ? p : undefined;
}

/**
 * How a full birth date comes out on one report (`latest`: the last-contact date, which a
 * birth date may not pass): 2 % day and month swapped (when that is a date), 3 % one digit
 * wrong, 1 % known to the month only, 0.5 % to the year only, 0.5 % another date within two
 * years; otherwise as it is.
 * @example `birthDateVariant(rng, 20090314, 20240601); // "2009-03-14" mostly; "2009-03-41" never`
 * @internal
 */
export function birthDateVariant(rng: Rng, born: PackedDate, latest: PackedDate): string {
  const y = Math.floor(born / 10000);
  const m = Math.floor(born / 100) % 100;
  const d = born % 100;
  const r = rng.next();
  let out: PackedDate | undefined;
  if (r < 0.02) out = d !== m ? valid(y, d, m, latest) : undefined;
  else if (r < 0.05) {
    const digits = String(born).split("");
    const at = rng.int(3, 7); // a year's last digit, the month or the day
    digits[at] = String((Number(digits[at]) + rng.int(1, 9)) % 10);
    const p = Number(digits.join(""));
    out = valid(Math.floor(p / 10000), Math.floor(p / 100) % 100, p % 100, latest);
  } else if (r < 0.06) return formatPacked(born).slice(0, 7);
  else if (r < 0.065) return formatPacked(born).slice(0, 4);
  else if (r < 0.07) {
    out = valid(y + rng.int(-2, 2), rng.int(1, 12), rng.int(1, 28), latest);
  }
  return formatPacked(out ?? born);
}

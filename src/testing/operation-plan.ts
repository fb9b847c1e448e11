/**
 * The plan of the synthetic Capital Region operation: who each worked case is, when it was
 * reported, how old the child was then and when found, and who owns it. Calibrated on the
 * published figures of the March 2025 Capital Region Missing Child Rescue Operation (OP-1 …
 * OP-5): 64 children and teens located in 3 days, aged 2–17 when reported and 6–22 when
 * found, the youngest taken by a non-custodial parent; a 25-year-old vulnerable adult
 * located by another department and reported apart; 69 children by 11 a.m. on 21 March.
 * @module
 */
import { ageOn } from "../age/index.js";
import type { MissingCase } from "../models/case.js";
import type { ReportedAs } from "../models/reported-as.js";
import { formatPacked, type PackedDate } from "../time/packed-date.js";
import { birthDateForAge } from "./child.js";
import { addDays } from "./clock.js";
import type { Rng } from "./random.js";
import type { Weighted } from "./vocabulary.js";

/** What a worked case is in the operation's story. @internal */
export type Role =
  | "adult" // the 25-year-old vulnerable adult, located in the window by another department
  | "youngest" // 2 at report, 6 when found: a family abduction by a non-custodial parent
  | "longest" // 17 at report, 22 when found
  | "long-missing" // reported years before, located in the window
  | "during" // located in the window
  | "after" // located in the week after the window
  | "open"; // not located

/** Children located in the window (the headline), then in the days after it. @internal */
export const HEADLINE_CHILDREN = 64;
const LATER_CHILDREN = 5;
const LONG_MISSING = 3;

/**
 * The role of the case at `index` of `n`: the adult, the youngest, the longest missing and
 * three more missing for years, then the rest of the 64 children located in the window, five
 * children located after it, and the others still open. With fewer cases, the first `n`.
 * @internal
 */
export function roleOf(index: number): Role {
  if (index === 0) return "adult";
  if (index === 1) return "youngest";
  if (index === 2) return "longest";
  if (index < 3 + LONG_MISSING) return "long-missing";
  if (index <= HEADLINE_CHILDREN) return "during";
  if (index <= HEADLINE_CHILDREN + LATER_CHILDREN) return "after";
  return "open";
}

/** Owners of the headline children, exactly as published: Albany 47, Troy 11, Schenectady 6. */
const HEADLINE_OWNERS: Weighted<string> = [
  ["albany-pd", 47],
  ["troy-pd", 11],
  ["schenectady-pd", 6],
];

/**
 * The owner of each headline child, in a seeded order: 47, 11 and 6 of them (a shuffle of
 * that list, so the split is exact whatever the seed).
 * @internal
 */
export function headlineOwners(rng: Rng): string[] {
  const owners = HEADLINE_OWNERS.flatMap(([id, n]) => Array.from({ length: n }, () => id));
  for (let i = owners.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [owners[i], owners[j]] = [owners[j] as string, owners[i] as string];
  }
  return owners;
}

/** Ages at report of the other children: teenagers mostly, none under 8. @internal */
// biome-ignore format: a table reads better packed
export const CHILD_AGES: Weighted<number> = [
  [8, 1], [11, 1], [12, 2], [13, 4], [14, 8], [15, 12], [16, 14], [17, 12],
];

/** Ages at report and when found, and years missing, of the children missing for years. */
const LONG_PAIRS: readonly (readonly [report: number, found: number])[] = [
  [12, 15],
  [14, 16],
  [15, 17],
];

/** The ages a role fixes: at report, and when found (undefined: whatever the dates give). */
export function agesOf(rng: Rng, role: Role): { report: number; found?: number } {
  switch (role) {
    case "adult":
      return { report: 25, found: 25 };
    case "youngest":
      return { report: 2, found: 6 };
    case "longest":
      return { report: 17, found: 22 };
    case "long-missing": {
      const [report, found] = rng.pick(LONG_PAIRS);
      return { report, found };
    }
    default:
      return { report: rng.weighted(CHILD_AGES) };
  }
}

/**
 * Days between the report and the find: years for the roles that fix both ages (the gap
 * between them, less up to 200 days), days to two years for the others, a few days for the
 * adult.
 * @internal
 */
export function daysMissing(rng: Rng, role: Role, ages: { report: number; found?: number }) {
  if (role === "adult") return rng.int(2, 20);
  if (ages.found !== undefined) return (ages.found - ages.report) * 365 - rng.int(0, 200);
  return rng.int(2, 700);
}

/**
 * A birth date at which the child is `report` on `reportDate` and, when given, `found` on
 * `foundDate`: real ages, computed by `ageOn` as the library computes them. Draws until both
 * hold (a few draws at most; the roles leave room for it).
 * @internal
 */
export function birthDateFor(
  rng: Rng,
  reportDate: PackedDate,
  foundDate: PackedDate,
  ages: { report: number; found?: number },
): PackedDate {
  for (let tries = 0; tries < 200; tries++) {
    const birth = birthDateForAge(rng, reportDate, ages.report);
    const atFound = ageOn(formatPacked(birth), formatPacked(foundDate));
    if (ages.found === undefined || atFound === ages.found) return birth;
  }
  throw new Error("no birth date gives these ages: the operation plan is inconsistent");
}

/** Where a worked child went missing from: group homes above all (OP-1). @internal */
export const OPERATION_MISSING_FROM: Weighted<NonNullable<MissingCase["missingFrom"]>> = [
  ["group-home", 45],
  ["home", 35],
  ["foster-care", 10],
  ["residential-facility", 10],
];

/** The "romance" trafficking indicators called common in the operation (TRF-3). @internal */
export const ROMANCE: Weighted<
  "romance-recruitment" | "controlling-older-partner" | "online-enticement"
> = [
  ["romance-recruitment", 3],
  ["controlling-older-partner", 2],
  ["online-enticement", 3],
];

/** What the reporter said: the youngest a family abduction, the adult unknown, else runaway. */
export function reportedAsOf(role: Role): ReportedAs {
  if (role === "youngest") return "family-abduction";
  return role === "adult" ? "unknown" : "runaway";
}

/** The local date `days` before a packed date. @internal */
export function daysBefore(date: PackedDate, days: number): PackedDate {
  return addDays(date, -days);
}

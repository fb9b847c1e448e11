/**
 * Options and result types of the age functions.
 * @module
 */

/**
 * Which day a person attains each age (AGE-3).
 * @example
 * ```ts
 * const rule: AgeRule = "common-law";
 * ```
 * @see `docs/rules.md#age-3`
 */
export type AgeRule = "anniversary" | "common-law";
/**
 * Which day stands for a 29 February birthday in a common year (AGE-4).
 * @example
 * ```ts
 * const leapDay: LeapDayRule = "feb28";
 * ```
 * @see `docs/rules.md#age-4`
 */
export type LeapDayRule = "mar1" | "feb28";

/**
 * How to count an age. `rule` (AGE-3): `'anniversary'` (default) attains each age on the
 * birthday, `'common-law'` on the day before. `leapDay` (AGE-4): a 29 February birthday
 * falls on `'mar1'` (default) or `'feb28'` in common years.
 *
 * @example
 * ```ts
 * const opts: AgeOptions = { rule: "common-law", leapDay: "feb28" };
 * ```
 */
export type AgeOptions = {
  readonly rule?: AgeRule | undefined;
  readonly leapDay?: LeapDayRule | undefined;
};

/**
 * The least and greatest age, in completed years, a partly known birth date allows
 * (AGE-5). `min === max` when the age is certain.
 *
 * @example
 * ```ts
 * const r: AgeRange = { min: 15, max: 16 };
 * ```
 * @see `docs/rules.md#age-5`
 */
export type AgeRange = { readonly min: number; readonly max: number };

/** Options checked once, as booleans for the integer path. @internal */
export type ResolvedAgeOptions = { readonly commonLaw: boolean; readonly feb28: boolean };

const DEFAULTS: ResolvedAgeOptions = { commonLaw: false, feb28: false };

/**
 * Checks `options` and resolves the defaults. Throws a `RangeError` naming `options.rule`
 * or `options.leapDay` on a value the options do not allow, and a `TypeError` naming `options`
 * when it is not an object.
 * @example
 * ```ts
 * resolveAgeOptions({ rule: "common-law" }); // { commonLaw: true, feb28: false }
 * ```
 * @internal
 */
export function resolveAgeOptions(options: AgeOptions | undefined): ResolvedAgeOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== "object" || options === null) {
    throw new TypeError("options must be an object or undefined");
  }
  const { rule, leapDay } = options;
  if (rule !== undefined && rule !== "anniversary" && rule !== "common-law") {
    throw new RangeError("options.rule must be 'anniversary' or 'common-law'");
  }
  if (leapDay !== undefined && leapDay !== "mar1" && leapDay !== "feb28") {
    throw new RangeError("options.leapDay must be 'mar1' or 'feb28'");
  }
  if (rule !== "common-law" && leapDay !== "feb28") return DEFAULTS;
  return { commonLaw: rule === "common-law", feb28: leapDay === "feb28" };
}

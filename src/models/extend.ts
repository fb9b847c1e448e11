/**
 * Agency fields on a case: a case schema with extra fields that keeps every cross-field rule,
 * every issue code and the strictness of `MissingCaseSchema`.
 * @module
 */
import type * as z from "zod";
import { type MissingCase, MissingCaseShape, withCaseRules } from "./case.js";
import type { CaseShape } from "./case-rules.js";

/**
 * A case with an agency's own fields: the fields of `Extra` (a zod shape, as
 * `z.object` takes), read-only, beside every field of {@link MissingCase}.
 *
 * @example
 * ```ts
 * type IntakeCase = ExtendedCase<{ badgeNumber: z.ZodString }>;
 * const c: IntakeCase = { ...makeCase(), badgeNumber: "4471" };
 * ```
 */
export type ExtendedCase<Extra extends z.ZodRawShape> = MissingCase &
  Readonly<z.output<z.ZodObject<Extra>>>;

/**
 * A shape of extra fields: zod schemas by name, none of them a field of {@link MissingCase}
 * (an extension adds fields; it never replaces one the rules read).
 *
 * @example
 * ```ts
 * const extra = { badgeNumber: z.string() } satisfies CaseExtension;
 * ```
 */
export type CaseExtension = z.ZodRawShape & { readonly [K in keyof MissingCase]?: never };

/**
 * A case schema with an agency's own fields added: the fields of `extra` beside the case's,
 * with **every cross-field rule** of `MissingCaseSchema` (LC-1, LC-2, the lifecycle table,
 * the status…) and the same issue codes, still strict (an unknown key is
 * `schema/unknown-key`), read-only when parsed, and with the library's Standard Schema
 * (`schema["~standard"].validate` gives the issues of {@link createCaseParser}'s parse).
 * Parse with `createCaseParser(schema)`; the library's functions take the cases it returns.
 *
 * `MissingCaseSchema.extend` does not exist (it is a refined, read-only schema), and
 * extending the fields alone would drop the cross-field rules: this is the supported way.
 * Extra fields made of strict objects, arrays, strings, numbers, booleans, enums and
 * literals with their plain checks keep the parse's fast path; any other zod construct (a
 * transform, `z.email()`, a record…) works too, with zod parsing the whole record.
 *
 * Throws a `TypeError` naming the field when `extra` names a field of `MissingCase`, and
 * naming `extra` when it is not an object.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * const IntakeCaseSchema = extendCaseSchema({
 *   badgeNumber: z.string().min(1).max(16),
 *   intakeChannel: z.enum(["phone", "walk-in", "online"]).optional(),
 * });
 * const parseIntakeCase = createCaseParser(IntakeCaseSchema);
 * parseIntakeCase({ ...makeCase(), badgeNumber: "4471" }).ok; // true
 * ```
 * @see `docs/rules.md#lc-1`
 */
export function extendCaseSchema<const Extra extends CaseExtension>(
  extra: Extra,
): z.ZodType<ExtendedCase<Extra>> {
  if (typeof extra !== "object" || extra === null) {
    throw new TypeError("extra must be an object of zod schemas");
  }
  for (const key of Object.keys(extra)) {
    if (Object.hasOwn(MissingCaseShape.shape, key)) {
      throw new TypeError(`extra.${key} is a field of MissingCase: an extension only adds fields`);
    }
  }
  // Typed here as if without the extra fields: zod's type of an extension generic in Extra
  // is too deep for the compiler to relate to the rules' input. Its output is the case's
  // fields and the extra ones, which is what ExtendedCase names (a type test checks it).
  const fields: z.ZodType<CaseShape> = MissingCaseShape.extend(extra as Record<never, never>);
  return withCaseRules(fields) as z.ZodType as z.ZodType<ExtendedCase<Extra>>;
}

/**
 * What each audience may see of a case (PRIV-2, PRIV-4).
 * @module
 */
import type { MissingCase } from "../models/case.js";
import type { CaseStatus } from "../models/case-status.js";
import type { Child } from "../models/child.js";
import type { Place } from "../models/place.js";
import type { ReportedAs } from "../models/reported-as.js";
import type { IsoDateTime } from "../time/types.js";

/**
 * Who a redacted case is for: a poster (`'public'`, PRIV-2) or a partner agency (`'partner'`).
 * @example `const audience: Audience = "public";`
 */
export type Audience = "public" | "partner";

/**
 * The child's description on a poster (PRIV-2): no id, birth date or health data.
 * @example `const d: PublicChild = { name: { given: "Jordan", family: "Rivera" }, sex: "F", heightCm: 160 };`
 */
export type PublicChild = Pick<
  Child,
  "name" | "aliases" | "sex" | "race" | "heightCm" | "weightKg" | "eyeColor" | "hairColor" | "marks"
>;

/**
 * What a poster shows (PRIV-2, PRIV-4): a description, ages (never the birth date), the
 * local date and city/state of last contact, and the reporting agency. The type has no
 * other field, so code cannot read a dropped one by mistake.
 *
 * @example
 * ```ts
 * const p: PublicCase = redactCase(c, "public", { now: "2025-03-12T12:00:00-04:00" });
 * p.lastContactDate; // "2025-03-07"
 * ```
 * @see `docs/rules.md#priv-2`
 * @see `docs/rules.md#priv-4`
 */
export type PublicCase = {
  readonly id: string;
  readonly reportingAgencyId: string;
  readonly status: CaseStatus;
  readonly reportedAs: ReportedAs;
  readonly child: PublicChild;
  /** Completed years on `now`'s local date; absent when a partial birth date leaves it uncertain. */
  readonly ageNow?: number;
  /** Completed years on the local date of last contact; absent when uncertain. */
  readonly ageAtLastContact?: number;
  /** Local calendar date of last contact in the case's zone: no time of day. */
  readonly lastContactDate: string;
  readonly lastContactPlace?: Pick<Place, "city" | "state">;
};

/**
 * The whole case less the NCIC number (NIC), for a partner agency. At run time the NIC is
 * also dropped from `enter` events.
 *
 * @example
 * ```ts
 * const p: PartnerCase = redactCase(c, "partner", { now: "2025-03-12T12:00:00-04:00" });
 * p.ncic?.category; // "EMJ"
 * ```
 */
export type PartnerCase = Omit<MissingCase, "ncic"> & {
  readonly ncic?: Omit<NonNullable<MissingCase["ncic"]>, "nic">;
};

/**
 * Options of `redactCase`: `now`, an RFC 3339 instant or a `Date` (the library never reads
 * the clock).
 * @example `redactCase(c, "public", { now: "2025-06-20T12:00:00-04:00" } satisfies RedactOptions);`
 */
export type RedactOptions = { readonly now: IsoDateTime | Date };

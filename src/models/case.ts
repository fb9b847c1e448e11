/** @module */
import * as z from "zod";
import { reportRuleIssues, WHEN_VALID } from "../boundary/rules.js";
import { withStandardSchema } from "../boundary/standard.js";
import { CaseEventSchema } from "./case-event.js";
import { caseRuleIssues } from "./case-rules.js";
import { CaseStatusSchema } from "./case-status.js";
import { ChildSchema } from "./child.js";
import { NcicCategorySchema, NcicFlagSchema } from "./codes.js";
import { EpisodeFactsSchema } from "./episode-facts.js";
import { LIMITS } from "./limits.js";
import { MISSING_FROM } from "./lists.js";
import { PlaceSchema } from "./place.js";
import {
  IdSchema,
  IsoDateTimeSchema,
  NicSchema,
  TimeZoneSchema,
  UsStateSchema,
} from "./primitives.js";
import { ReportedAsSchema } from "./reported-as.js";
import { RISK_INDICATORS, RiskIndicatorSchema } from "./risk-indicator.js";

/** The NCIC data kept on a case. */
export const NcicRecordSchema = /* @__PURE__ */ withStandardSchema(
  z
    .strictObject({
      nic: NicSchema.optional(),
      category: NcicCategorySchema.optional(),
      flags: z.array(NcicFlagSchema).readonly().optional(),
    })
    .readonly(),
);

/** Each index of `items` that repeats an earlier item. */
function repeats(items: readonly unknown[]): number[] {
  const seen = new Set<unknown>();
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (seen.has(items[i])) out.push(i);
    else seen.add(items[i]);
  }
  return out;
}

/**
 * Risk indicators, each at most once (so there are never more than the indicators): an
 * issue `schema/duplicate-item` at each repeat. JSON Schema: `uniqueItems`.
 */
const RiskIndicatorsSchema = z
  .array(RiskIndicatorSchema)
  .max(RISK_INDICATORS.length)
  .superRefine((items, ctx) =>
    reportRuleIssues(
      repeats(items).map((i) => ({ code: "schema/duplicate-item", path: [i] })),
      ctx,
    ),
  )
  .meta({ uniqueItems: true })
  .readonly();

/** The fields of a case, each checked on its own (no cross-field rules). @internal */
export const MissingCaseShape = /* @__PURE__ */ withStandardSchema(
  z.strictObject({
    id: IdSchema,
    child: ChildSchema,
    reportingAgencyId: IdSchema,
    state: UsStateSchema.optional(),
    timeZone: TimeZoneSchema,
    reportedAt: IsoDateTimeSchema,
    lastContactAt: IsoDateTimeSchema,
    lastContactPlace: PlaceSchema.optional(),
    reportedAs: ReportedAsSchema,
    missingFrom: z.enum(MISSING_FROM).optional(),
    priorEpisodes: z.number().int().nonnegative().optional(),
    facts: EpisodeFactsSchema.optional(),
    riskIndicators: RiskIndicatorsSchema.optional(),
    ncic: NcicRecordSchema.optional(),
    status: CaseStatusSchema,
    events: z.array(CaseEventSchema).max(LIMITS.events).readonly(),
  }),
);

/**
 * One agency's record of one reported episode of a missing child (VOC-5).
 *
 * Besides each field's own checks, the schema enforces these cross-field rules,
 * each with its own issue code (see `docs/issues.md`): `lastContactAt` ≤ `reportedAt`
 * (LC-1); the earliest possible birth date on or before the local date of last contact;
 * events oldest first and none before the report; each event allowed from the status
 * before it by the lifecycle table; `status` equal to what the events lead to; a locate not
 * before last contact (LC-2); and a `'deceased'` clear exactly when the locate in force was
 * `'deceased'`.
 *
 * @example
 * ```ts
 * const r = MissingCaseSchema.safeParse(record);
 * if (!r.success) console.log(r.error.issues.map((i) => i.message));
 * ```
 */
export const MissingCaseSchema = /* @__PURE__ */ withStandardSchema(
  MissingCaseShape.superRefine(
    (c, ctx) => reportRuleIssues(caseRuleIssues(c), ctx),
    WHEN_VALID,
  ).readonly(),
);
/** One agency's record of one reported episode. */
export type MissingCase = z.infer<typeof MissingCaseSchema>;
/** Where the child was living when they went missing. */
export type MissingFrom = NonNullable<MissingCase["missingFrom"]>;

export { MISSING_FROM } from "./lists.js";

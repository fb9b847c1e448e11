/** @module */
import * as z from "zod";
import { lazySchema } from "../boundary/lazy.js";
import { refineWithRules } from "../boundary/rules.js";
import { withStandardSchema } from "../boundary/standard.js";
import type { RuleIssue } from "../issues/issue.js";
import { type CaseEvent, CaseEventSchema } from "./case-event.js";
import { type CaseShape, caseRuleIssues } from "./case-rules.js";
import { type CaseStatus, CaseStatusSchema } from "./case-status.js";
import { type Child, ChildSchema } from "./child.js";
import { type NcicCategory, NcicCategorySchema, type NcicFlag, NcicFlagSchema } from "./codes.js";
import { type EpisodeFacts, EpisodeFactsSchema } from "./episode-facts.js";
import { LIMITS } from "./limits.js";
import { MISSING_FROM } from "./lists.js";
import { type Place, PlaceSchema } from "./place.js";
import {
  IdSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  NicSchema,
  type TimeZone,
  TimeZoneSchema,
  type UsState,
  UsStateSchema,
} from "./primitives.js";
import { type ReportedAs, ReportedAsSchema } from "./reported-as.js";
import { RISK_INDICATORS, type RiskIndicator, RiskIndicatorSchema } from "./risk-indicator.js";

/** Where the child was living when they went missing. */
export type MissingFrom = (typeof MISSING_FROM)[number];

/**
 * The NCIC data kept on a case: what NCIC assigned and the category and flags it was entered
 * with.
 *
 * @example
 * ```ts
 * const ncic: NcicRecord = { nic: "M123456789", category: "EMJ", flags: ["CA"] };
 * ```
 */
export interface NcicRecord {
  /** The NCIC number of the record (`M` and 9 digits, NCIC-6). */
  readonly nic?: string | undefined;
  /** The Missing Person File category (NCIC-4). */
  readonly category?: NcicCategory | undefined;
  /** MNP flags: `CA` child abduction (NCIC-3), `AA` AMBER Alert. */
  readonly flags?: readonly NcicFlag[] | undefined;
}

/**
 * One agency's record of one reported episode of a missing child (VOC-5): the child, when
 * and where they were last seen, what was reported, what is known, and the history of
 * events after intake. Read and written as plain JSON; every instant is an RFC 3339 string
 * and every local date is read in the case's `timeZone`. `parseCase` checks one; the rules
 * it enforces are listed on {@link MissingCaseSchema}.
 *
 * @example
 * ```ts
 * const c: MissingCase = {
 *   id: "ALB-2025-0142",
 *   child: { id: "p-1", name: { given: "Jordan", family: "Rivera" }, birthDate: "2009-06-14", sex: "F" },
 *   reportingAgencyId: "albany-pd",
 *   state: "NY",
 *   timeZone: "America/New_York",
 *   reportedAt: "2025-03-07T21:00:00-05:00",
 *   lastContactAt: "2025-03-07T16:30:00-05:00",
 *   reportedAs: "runaway",
 *   status: "reported",
 *   events: [],
 * };
 * ```
 * @see `docs/rules.md#voc-5`
 */
export interface MissingCase {
  /** The case's id in the reporting agency's records. */
  readonly id: string;
  /** The missing child. */
  readonly child: Child;
  /** The agency that took the report and owns the case (OP-1: an operation owns none). */
  readonly reportingAgencyId: string;
  /** The state whose law applies (New York's rules read `'NY'`). */
  readonly state?: UsState | undefined;
  /** The reporting jurisdiction's zone: every local date of the case is read in it (AGE-1). */
  readonly timeZone: TimeZone;
  /** When the report was received: ages at report and deadlines start here (AGE-7). */
  readonly reportedAt: IsoDateTime;
  /** When the child was last seen or heard from; not after `reportedAt` (LC-1). */
  readonly lastContactAt: IsoDateTime;
  /** Where the child was last seen. */
  readonly lastContactPlace?: Place | undefined;
  /** The circumstance recorded at intake: what was reported, not a classification (OP-5). */
  readonly reportedAs: ReportedAs;
  /** Where the child was living; care placements bring the foster-care deadlines (FED-7). */
  readonly missingFrom?: MissingFrom | undefined;
  /** Earlier episodes of the same child known to the agency. */
  readonly priorEpisodes?: number | undefined;
  /** What is known about the episode; absent facts are unknown. */
  readonly facts?: EpisodeFacts | undefined;
  /** Risk indicators recorded, each at most once; absent: not assessed; empty: none observed. */
  readonly riskIndicators?: readonly RiskIndicator[] | undefined;
  /** The NCIC data kept on the case. */
  readonly ncic?: NcicRecord | undefined;
  /** The status the events lead to (checked: it must equal what they give). */
  readonly status: CaseStatus;
  /** The events after intake, oldest first, each allowed by the lifecycle table. */
  readonly events: readonly CaseEvent[];
}

/** Schema of an {@link NcicRecord}. */
export const NcicRecordSchema = /* @__PURE__ */ lazySchema(buildNcicRecord);

/**
 * A `schema/duplicate-item` issue at each index of `items` that repeats an earlier item. The
 * lists are short (at most one of each indicator): a scan back per item, and no allocation
 * when nothing repeats (`isCase` runs it on every record that lists indicators).
 */
function duplicateItemIssues(items: readonly unknown[]): readonly RuleIssue[] {
  let issues: RuleIssue[] | undefined;
  for (let i = 1; i < items.length; i++) {
    if (items.indexOf(items[i]) < i) {
      issues ??= [];
      issues.push({ code: "schema/duplicate-item", path: [i] });
    }
  }
  return issues ?? NO_ISSUES;
}

const NO_ISSUES: readonly RuleIssue[] = Object.freeze([]);

/**
 * Risk indicators, each at most once (so there are never more than the indicators): an
 * issue `schema/duplicate-item` at each repeat. JSON Schema: `uniqueItems`.
 */
const riskIndicators = () =>
  refineWithRules(z.array(RiskIndicatorSchema).max(RISK_INDICATORS.length), duplicateItemIssues, {
    always: true,
  })
    .meta({ uniqueItems: true })
    .readonly();

/** The fields of a case, each checked on its own (no cross-field rules). @internal */
export const MissingCaseShape = /* @__PURE__ */ lazySchema(buildMissingCaseShape);

/**
 * `fields` (a case's, and maybe an agency's own) with every cross-field rule of a case, made
 * read-only, with the library's Standard Schema: the one place where the rules join a
 * schema, so that an extended case keeps every one of them.
 *
 * @example
 * ```ts
 * const schema = withCaseRules(MissingCaseShape.extend({ badge: z.string() }));
 * ```
 * @internal
 */
export function withCaseRules<S extends z.ZodType<CaseShape>>(fields: S): z.ZodReadonly<S> {
  return withStandardSchema(caseRules(fields));
}

/** `fields` with every cross-field rule of a case, made read-only. */
const caseRules = <S extends z.ZodType<CaseShape>>(fields: S): z.ZodReadonly<S> =>
  refineWithRules(fields, caseRuleIssues).readonly();

/**
 * Schema of a {@link MissingCase}: one agency's record of one reported episode of a missing
 * child (VOC-5). To add an agency's own fields, see `extendCaseSchema`.
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
export const MissingCaseSchema = /* @__PURE__ */ lazySchema(buildMissingCase);

export { MISSING_FROM } from "./lists.js";

function buildNcicRecord() {
  return z
    .strictObject({
      nic: NicSchema.optional(),
      category: NcicCategorySchema.optional(),
      flags: z.array(NcicFlagSchema).readonly().optional(),
    })
    .readonly();
}

function buildMissingCase() {
  return caseRules(MissingCaseShape);
}

function buildMissingCaseShape() {
  return z.strictObject({
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
    riskIndicators: riskIndicators().optional(),
    ncic: NcicRecordSchema.optional(),
    status: CaseStatusSchema,
    events: z.array(CaseEventSchema).max(LIMITS.events).readonly(),
  });
}

/**
 * The hand-written model interfaces and the zod schemas cannot drift: each interface is
 * exactly the schema's output type, readonly and optional modifiers included. Checked by
 * `tsc` (`npm run typecheck`), not by vitest: a drift is a compile error here.
 */
import type * as z from "zod";
import type {
  Agency,
  AgencySchema,
  CancelEvent,
  CancelEventSchema,
  CaseEvent,
  CaseEventSchema,
  CaseExtension,
  CaseStatus,
  CaseStatusSchema,
  Child,
  ChildSchema,
  ClearEvent,
  ClearEventSchema,
  EnterEvent,
  EnterEventSchema,
  EpisodeFacts,
  EpisodeFactsSchema,
  ExtendedCase,
  IsoDate,
  IsoDateSchema,
  IsoDateTime,
  IsoDateTimeSchema,
  LocateEvent,
  LocateEventSchema,
  MissingCase,
  MissingCaseSchema,
  NcicCategory,
  NcicCategorySchema,
  NcicEyeColor,
  NcicEyeColorSchema,
  NcicFlag,
  NcicFlagSchema,
  NcicHairColor,
  NcicHairColorSchema,
  NcicRace,
  NcicRaceSchema,
  NcicRecord,
  NcicRecordSchema,
  NcicSex,
  NcicSexSchema,
  NotifyEvent,
  NotifyEventSchema,
  Operation,
  OperationSchema,
  PartialDate,
  PartialDateSchema,
  PersonName,
  PersonNameSchema,
  Place,
  PlaceSchema,
  ReopenEvent,
  ReopenEventSchema,
  ReportedAs,
  ReportedAsSchema,
  RiskIndicator,
  RiskIndicatorSchema,
  TimeZone,
  TimeZoneSchema,
  UsState,
  UsStateSchema,
  VerifyEvent,
  VerifyEventSchema,
} from "../../src/index.js";
import type { MissingCaseShape } from "../../src/models/case.js";

/**
 * `true` exactly when `A` and `B` are the same type to the compiler (identity, not mutual
 * assignability: a field that is readonly on one side only, or optional on one side only,
 * makes them differ).
 */
export type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;

/** Each model next to its schema: every line fails to compile when the two differ. */
export type ModelsEqualTheirSchemas = [
  Assert<Equals<z.output<typeof MissingCaseSchema>, MissingCase>>,
  Assert<Equals<z.output<typeof ChildSchema>, Child>>,
  Assert<Equals<z.output<typeof PersonNameSchema>, PersonName>>,
  Assert<Equals<z.output<typeof AgencySchema>, Agency>>,
  Assert<Equals<z.output<typeof PlaceSchema>, Place>>,
  Assert<Equals<z.output<typeof NcicRecordSchema>, NcicRecord>>,
  Assert<Equals<z.output<typeof EpisodeFactsSchema>, EpisodeFacts>>,
  Assert<Equals<z.output<typeof OperationSchema>, Operation>>,
  Assert<Equals<z.output<typeof CaseEventSchema>, CaseEvent>>,
  Assert<Equals<z.output<typeof EnterEventSchema>, EnterEvent>>,
  Assert<Equals<z.output<typeof VerifyEventSchema>, VerifyEvent>>,
  Assert<Equals<z.output<typeof NotifyEventSchema>, NotifyEvent>>,
  Assert<Equals<z.output<typeof LocateEventSchema>, LocateEvent>>,
  Assert<Equals<z.output<typeof ClearEventSchema>, ClearEvent>>,
  Assert<Equals<z.output<typeof CancelEventSchema>, CancelEvent>>,
  Assert<Equals<z.output<typeof ReopenEventSchema>, ReopenEvent>>,
  Assert<Equals<z.output<typeof CaseStatusSchema>, CaseStatus>>,
  Assert<Equals<z.output<typeof ReportedAsSchema>, ReportedAs>>,
  Assert<Equals<z.output<typeof RiskIndicatorSchema>, RiskIndicator>>,
  Assert<Equals<z.output<typeof NcicSexSchema>, NcicSex>>,
  Assert<Equals<z.output<typeof NcicRaceSchema>, NcicRace>>,
  Assert<Equals<z.output<typeof NcicEyeColorSchema>, NcicEyeColor>>,
  Assert<Equals<z.output<typeof NcicHairColorSchema>, NcicHairColor>>,
  Assert<Equals<z.output<typeof NcicCategorySchema>, NcicCategory>>,
  Assert<Equals<z.output<typeof NcicFlagSchema>, NcicFlag>>,
  Assert<Equals<z.output<typeof UsStateSchema>, UsState>>,
  Assert<Equals<z.output<typeof IsoDateSchema>, IsoDate>>,
  Assert<Equals<z.output<typeof IsoDateTimeSchema>, IsoDateTime>>,
  Assert<Equals<z.output<typeof PartialDateSchema>, PartialDate>>,
  Assert<Equals<z.output<typeof TimeZoneSchema>, TimeZone>>,
];

/** The check itself can fail: a readonly field made mutable, or an optional one required. */
export type EqualsCanFail = [
  Assert<Equals<Equals<{ readonly a: string }, { a: string }>, false>>,
  Assert<Equals<Equals<{ a?: string | undefined }, { a: string | undefined }>, false>>,
  Assert<Equals<Equals<{ a: "x" | "y" }, { a: string }>, false>>,
];

/** `true` exactly when each of `A` and `B` is assignable to the other. */
export type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Extra fields of every optionality and kind, as an agency would add them. */
type Extra = {
  badgeNumber: z.ZodString;
  intakeChannel: z.ZodOptional<z.ZodEnum<{ phone: "phone"; online: "online" }>>;
  contacts: z.ZodReadonly<z.ZodArray<z.ZodString>>;
};
/** What zod itself infers for the case's fields extended with `Extra`, made read-only. */
type ZodExtended = z.output<z.ZodReadonly<ReturnType<typeof MissingCaseShape.extend<Extra>>>>;

/** `extendCaseSchema` names its output `ExtendedCase`: the same as zod's own inference. */
export type ExtendedCaseIsZodsOutput = [
  Assert<MutuallyAssignable<ZodExtended, ExtendedCase<Extra>>>,
  Assert<Equals<ExtendedCase<Extra>["badgeNumber"], string>>,
  Assert<Equals<ExtendedCase<Extra>["intakeChannel"], "phone" | "online" | undefined>>,
  Assert<Equals<Extra extends CaseExtension ? true : false, true>>,
  Assert<Equals<{ reportedAt: z.ZodString } extends CaseExtension ? true : false, false>>,
];

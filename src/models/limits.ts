/**
 * Size and range limits of the models: generous for real records, small enough that one
 * hostile record cannot make a parse, a log line or a JSON Schema validator do unbounded
 * work. The schemas and the JSON Schemas (`maxLength`, `maxItems`, `uniqueItems`, `pattern`)
 * take their numbers from here, and the table below, rendered as `docs/limits.md`, documents
 * them from the same data.
 * @module
 */
import type { IssueCode } from "../issues/codes.js";

/**
 * Every limit, by name. Strings are measured in Unicode code points, as JSON Schema counts
 * them.
 *
 * @example
 * ```ts
 * LIMITS.idLength; // 128
 * ```
 */
export const LIMITS = {
  /** Characters of an id (`id`, `child.id`, agency and case references, `by`). */
  idLength: 128,
  /** Characters of each part of a name (`given`, `family`, `middle`, `suffix`). */
  namePartLength: 100,
  /** Characters of any other free text (an alias, a mark, a place name, a reason). */
  textLength: 1000,
  /** Items of `aliases`, `marks` and `medicalNeeds`. */
  listItems: 50,
  /** Events of a case. */
  events: 10_000,
  /** Cases of an operation. */
  caseIds: 100_000,
  /** Participating agencies of an operation. */
  participants: 10_000,
  /** The first year of any date or instant of a record. */
  minYear: 1800,
  /** The last year of any date or instant of a record. */
  maxYear: 2999,
} as const;

/**
 * One row of the limits table: what is limited, the limit, the JSON Schema keyword that
 * carries it (when one can) and the issue code a parse reports.
 *
 * @example
 * ```ts
 * const row: LimitRow = { fields: "`events`", limit: "at most 10,000 items", jsonSchema: "maxItems", code: "schema/too-big" };
 * ```
 */
export type LimitRow = {
  readonly fields: string;
  readonly limit: string;
  readonly jsonSchema: string;
  readonly code: IssueCode;
};

/**
 * `10000` as `10,000`, by hand: `toLocaleString` loads locale data and a regex would be
 * compiled, both at import.
 */
const n = (x: number): string => {
  const digits = String(x);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
};

/**
 * The limits as a table, in the order `docs/limits.md` shows them.
 *
 * @example
 * ```ts
 * LIMITS_TABLE.find((r) => r.fields.includes("events"))?.limit; // "at most 10,000 items"
 * ```
 */
export const LIMITS_TABLE: readonly LimitRow[] = [
  {
    fields:
      "ids: `id`, `child.id`, `reportingAgencyId`, `leadAgencyId`, each of `participantAgencyIds` and `caseIds`, an event's `by` and `operationId`",
    limit: `at most ${LIMITS.idLength} characters`,
    jsonSchema: "maxLength",
    code: "schema/too-big",
  },
  {
    fields: "each part of a name: `given`, `family`, `middle`, `suffix`",
    limit: `at most ${LIMITS.namePartLength} characters`,
    jsonSchema: "maxLength",
    code: "schema/too-big",
  },
  {
    fields:
      "other text: each alias, mark and medical need, a place's `city`, `county`, `country`, an agency's or operation's `name`, a reopen's `reason`, `timeZone`",
    limit: `at most ${n(LIMITS.textLength)} characters`,
    jsonSchema: "maxLength",
    code: "schema/too-big",
  },
  {
    fields: "`aliases`, `marks`, `medicalNeeds`",
    limit: `at most ${LIMITS.listItems} items`,
    jsonSchema: "maxItems",
    code: "schema/too-big",
  },
  {
    fields: "`riskIndicators`",
    limit: "no item twice",
    jsonSchema: "uniqueItems",
    code: "schema/duplicate-item",
  },
  {
    fields: "a case's `events`",
    limit: `at most ${n(LIMITS.events)} items`,
    jsonSchema: "maxItems",
    code: "schema/too-big",
  },
  {
    fields: "an operation's `caseIds`",
    limit: `at most ${n(LIMITS.caseIds)} items`,
    jsonSchema: "maxItems",
    code: "schema/too-big",
  },
  {
    fields: "an operation's `participantAgencyIds`",
    limit: `at most ${n(LIMITS.participants)} items`,
    jsonSchema: "maxItems",
    code: "schema/too-big",
  },
  {
    fields: "calendar dates: `child.birthDate` (its year when partial), `child.photoDate`",
    limit: `years ${LIMITS.minYear}–${LIMITS.maxYear}`,
    jsonSchema: "pattern",
    code: "date/out-of-range",
  },
  {
    fields:
      "instants: `reportedAt`, `lastContactAt`, `events[i].at`, `startsAt`, `endsAt` — as written, in UTC and in the record's `timeZone`",
    limit: `years ${LIMITS.minYear}–${LIMITS.maxYear} (the JSON Schemas check the year as written)`,
    jsonSchema: "pattern",
    code: "date-time/out-of-range",
  },
];

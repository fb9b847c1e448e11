/**
 * What triggers each issue and transition code, and the path it reports: the second half of
 * `docs/issues.md` (the first is the messages of `codes.ts`). A test renders the page from
 * both tables and fails when the committed page is stale.
 * @module
 */
import type { InputCode, IssueCode, TransitionCode } from "./codes.js";

/**
 * How one code comes about.
 *
 * @example
 * ```ts
 * const d: CodeDescription = { trigger: "A required field is absent.", path: "the field" };
 * ```
 * @internal
 */
export type CodeDescription = {
  /** What in the input triggers the code. */
  readonly trigger: string;
  /** The path it reports (`i` stands for an array index). */
  readonly path: string;
};

/**
 * The trigger and path of every issue code.
 *
 * @example
 * ```ts
 * ISSUE_DESCRIPTIONS["case/status-mismatch"].path; // "`status`"
 * ```
 * @internal
 */
export const ISSUE_DESCRIPTIONS: { readonly [C in IssueCode]: CodeDescription } = {
  "schema/invalid-type": {
    trigger:
      "A field holds the wrong JSON type (a number where a string is expected, say); the message names the expected type.",
    path: "the field",
  },
  "schema/missing": { trigger: "A required field is absent.", path: "the field" },
  "schema/unknown-key": {
    trigger:
      "An object has a key its schema does not define (every object is strict), `__proto__` and `constructor` included.",
    path: "the object's path plus the key",
  },
  "schema/invalid-value": {
    trigger:
      "A value is not in its enumeration, or an event `type` is none of the event types; the message lists the allowed values (from the schema).",
    path: "the field",
  },
  "schema/invalid-union": {
    trigger: "A value matches none of the shapes of a union.",
    path: "the field",
  },
  "schema/too-small": {
    trigger:
      "An empty string where text is required, or a number below its minimum (a negative count, a height of 0).",
    path: "the field",
  },
  "schema/too-big": {
    trigger:
      "A number above its maximum (`heightCm` over 300, `weightKg` over 700), a string longer than its limit or a list with more items than its limit (see `docs/limits.md`).",
    path: "the field",
  },
  "schema/invalid-format": {
    trigger: "A string fails a built-in format check that has no code of its own.",
    path: "the field",
  },
  "schema/not-integer": {
    trigger: "A count that is not a whole number (`priorEpisodes`, `facts.nightsAway`).",
    path: "the field",
  },
  "schema/invalid": {
    trigger: "Any other failure of a field's own check.",
    path: "the field",
  },
  "schema/unreadable": {
    trigger:
      "The input cannot be read: a getter or proxy throws while it is parsed (never plain JSON).",
    path: "`[]`",
  },
  "schema/duplicate-item": {
    trigger: "A list whose items must be distinct repeats one (`riskIndicators`).",
    path: "the list plus the index of the repeat",
  },
  "schema/too-many-issues": {
    trigger:
      "The parse found more issues than `maxIssues` (default 100): it stops after that many and adds this one last issue. What follows was not read.",
    path: "`[]`",
  },
  "date/invalid": {
    trigger: "A calendar date that is not a real `YYYY-MM-DD` date (`child.photoDate`).",
    path: "the field",
  },
  "date-time/invalid": {
    trigger:
      "An instant that is not RFC 3339 with seconds and `Z` or an offset (`reportedAt`, `lastContactAt`, `events[i].at`, `startsAt`, `endsAt`).",
    path: "the field",
  },
  "date/out-of-range": {
    trigger:
      "A calendar date, or the year of a partial birth date, before 1800 or after 2999 (`child.birthDate`, `child.photoDate`).",
    path: "the field",
  },
  "date-time/out-of-range": {
    trigger:
      "An instant whose year is before 1800 or after 2999 as written, in UTC, or in the record's `timeZone` (`2999-12-31T20:00:00Z` is in 3000 in `Pacific/Kiritimati`).",
    path: "the field (`events[i].at` for an event)",
  },
  "birth-date/invalid": {
    trigger: "A birth date that is none of `YYYY-MM-DD`, `YYYY-MM`, `YYYY`.",
    path: "`child.birthDate` (`birthDate` on a child)",
  },
  "time-zone/unknown": {
    trigger:
      "A `timeZone` that is not an IANA time-zone name in its exact spelling (names are case-sensitive: `america/new_york` is unknown; links such as `US/Eastern` are accepted), or one the runtime's `Intl` does not know.",
    path: "`timeZone`",
  },
  "state/unknown": {
    trigger: "A `state` that is not a USPS code of a state, DC or inhabited territory.",
    path: "`state`, `lastContactPlace.state`, `events[i].place.state`",
  },
  "ori/invalid": {
    trigger: "An agency `ori` that is not a known state code followed by 7 letters or digits.",
    path: "`ori`",
  },
  "nic/invalid": {
    trigger: "A NIC that is not `M` followed by 9 digits.",
    path: "`ncic.nic`, `events[i].nic`",
  },
  "case/last-contact-after-report": {
    trigger:
      "`lastContactAt` is a later instant than `reportedAt` (equal instants are valid, whatever their offsets).",
    path: "`lastContactAt`",
  },
  "case/born-after-last-contact": {
    trigger:
      "The earliest possible birth date (the first of the month or year of a partial date) is after the calendar date of `lastContactAt` in the case's `timeZone` (the same day is valid).",
    path: "`child.birthDate`",
  },
  "case/status-mismatch": {
    trigger:
      "`status` differs from the status the events lead to by the lifecycle table (not checked when an event is not allowed).",
    path: "`status`",
  },
  "event/before-report": {
    trigger: "An event's `at` is before `reportedAt`.",
    path: "`events[i].at`",
  },
  "event/out-of-order": {
    trigger:
      "An event's `at` is before the `at` of the event before it (equal instants are valid).",
    path: "`events[i].at`",
  },
  "event/not-allowed": {
    trigger:
      "The lifecycle table does not allow the event from the status before it (a `clear` of an active case, anything after a cancel).",
    path: "`events[i].type`",
  },
  "event/before-last-contact": {
    trigger:
      "A `locate` is before `lastContactAt` (possible only when last contact is also after the report).",
    path: "`events[i].at`",
  },
  "event/inconsistent-outcome": {
    trigger:
      "A `clear` after a locate with condition `deceased` has another disposition, or a `deceased` clear follows no such locate.",
    path: "`events[i].disposition`",
  },
  "operation/ends-before-start": {
    trigger: "An operation's `endsAt` is before its `startsAt`.",
    path: "`endsAt`",
  },
  "operation/lead-not-participant": {
    trigger: "An operation's `leadAgencyId` is not among its `participantAgencyIds`.",
    path: "`leadAgencyId`",
  },
};

/**
 * The trigger of every transition error code (`transition`, `applyEvents`).
 *
 * @example
 * ```ts
 * TRANSITION_DESCRIPTIONS["transition/not-allowed"].trigger;
 * ```
 * @internal
 */
export const TRANSITION_DESCRIPTIONS: { readonly [C in TransitionCode]: CodeDescription } = {
  "transition/invalid-event": {
    trigger:
      "The event does not parse as a case event (an unknown type, a missing or unknown field, a value outside its list); `error.issues` holds the issues, as `parseCaseEvent` gives them.",
    path: "none: `error.issues[i].path` is relative to the event",
  },
  "transition/not-allowed": {
    trigger: "The lifecycle table does not allow the event from the case's status.",
    path: "none: `error.status` and `error.event` say which",
  },
  "transition/out-of-order": {
    trigger: "The event is before `reportedAt` or before the case's last event.",
    path: "none",
  },
  "transition/before-last-contact": {
    trigger: "A `locate` before `lastContactAt`.",
    path: "none",
  },
  "transition/inconsistent-outcome": {
    trigger:
      "A `clear` whose disposition disagrees with a `deceased` locate, as for `event/inconsistent-outcome`.",
    path: "none",
  },
};

/**
 * The trigger of every code of the command line's input reading.
 *
 * @example
 * ```ts
 * INPUT_DESCRIPTIONS["json/invalid"].path; // "`[]`"
 * ```
 * @internal
 */
export const INPUT_DESCRIPTIONS: { readonly [C in InputCode]: CodeDescription } = {
  "json/invalid": {
    trigger: "A line (or file, for `operation`) that `JSON.parse` rejects.",
    path: "`[]`; the report gives the line number",
  },
  "json/too-long": {
    trigger: "An NDJSON line longer than 64 MiB; the line is skipped and counted invalid.",
    path: "`[]`; the report gives the line number",
  },
  "json/too-large": {
    trigger:
      "A JSON array, or one record over several lines, larger than 128 MiB: the command stops with exit 2 (NDJSON streams at any size).",
    path: "none; the file is named",
  },
};

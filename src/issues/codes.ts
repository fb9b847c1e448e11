/**
 * Every issue code this library reports, with its message: one module, so that codes are
 * stable and messages are written from the schema, never from the data (a value may be a
 * child's name or birth date). `docs/issues.md` lists the same table.
 * @module
 */

/** Issue codes and their messages. Codes are `kebab/kebab` and never change meaning. */
export const ISSUE_MESSAGES = {
  // Structure (from zod's own checks)
  "schema/invalid-type": "Wrong type for this field",
  "schema/missing": "Required field is missing",
  "schema/unknown-key": "Unknown field (objects are strict)",
  "schema/invalid-value": "Value is not one of the allowed values",
  "schema/invalid-union": "Value matches none of the allowed shapes",
  "schema/too-small": "Value is below the minimum",
  "schema/too-big": "Value is above the maximum",
  "schema/invalid-format": "String does not have the required format",
  "schema/not-integer": "Expected a whole number",
  "schema/invalid": "Value is invalid",
  "schema/unreadable": "Input could not be read (a getter or proxy threw)",
  "schema/duplicate-item": "Item repeats an earlier item of the list",
  "schema/too-many-issues": "Too many issues: the parse stopped here (see the maxIssues option)",
  // Primitives
  "date/invalid": "Expected a calendar date YYYY-MM-DD",
  "date-time/invalid":
    "Expected an RFC 3339 date-time with seconds and Z or an offset, e.g. 2025-03-11T14:05:00-04:00",
  "date/out-of-range": "Calendar date outside the years 1800–2999",
  "date-time/out-of-range":
    "Instant outside the years 1800–2999 (in UTC, as written, or in the record's time zone)",
  "birth-date/invalid":
    "Expected a birth date YYYY-MM-DD, or YYYY-MM / YYYY when only partly known",
  "time-zone/unknown":
    "Expected an IANA time-zone name in its exact spelling, known to Intl, e.g. America/New_York",
  "state/unknown": "Expected a 2-letter USPS state or territory code",
  "ori/invalid": "Expected an NCIC ORI: a state code followed by 7 letters or digits",
  "nic/invalid": "Expected an NCIC NIC: M followed by 9 digits",
  // Case cross-field rules (LC-1, LC-2 and the record's own consistency)
  "case/last-contact-after-report": "lastContactAt must not be after reportedAt",
  "case/born-after-last-contact":
    "The earliest possible birth date is after the local date of last contact",
  "case/status-mismatch": "status differs from the status the events lead to",
  "event/before-report": "Event is before reportedAt",
  "event/out-of-order": "Event is earlier than the event before it (events run oldest first)",
  "event/not-allowed": "Event is not allowed from the status before it",
  "event/before-last-contact": "A locate must not be before lastContactAt",
  "event/inconsistent-outcome":
    "A clear after a deceased locate must have disposition 'deceased', and a 'deceased' clear needs such a locate",
  // Operation cross-field rules
  "operation/ends-before-start": "endsAt must not be before startsAt",
  "operation/lead-not-participant": "leadAgencyId must be one of participantAgencyIds",
} as const;

/** A stable issue code. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

/** Whether `s` is one of this library's issue codes. @internal */
export function isIssueCode(s: string): s is IssueCode {
  return Object.hasOwn(ISSUE_MESSAGES, s);
}

/**
 * Error codes of `transition` and `applyEvents`.
 */
export const TRANSITION_MESSAGES = {
  "transition/invalid-event": "The event is not a valid case event (see error.issues)",
  "transition/not-allowed": "This event is not allowed from the case's current status",
  "transition/out-of-order": "The event is before the report or before the case's last event",
  "transition/before-last-contact": "A locate must not be before the date of last contact",
  "transition/inconsistent-outcome":
    "A clear after a deceased locate must have disposition 'deceased', and a 'deceased' clear needs such a locate",
} as const;

/** A stable transition error code. */
export type TransitionCode = keyof typeof TRANSITION_MESSAGES;

/**
 * Codes the command line reports for input that never reaches a parser: a line that is not
 * JSON, or too long to read. Messages never quote the input.
 *
 * @example
 * ```ts
 * INPUT_MESSAGES["json/invalid"]; // "Not valid JSON"
 * ```
 */
export const INPUT_MESSAGES = {
  "json/invalid": "Not valid JSON",
  "json/too-long": "Line longer than the limit of 64 MiB; skipped",
  "json/too-large":
    "JSON array or object too large to read whole; write one record a line (NDJSON) instead",
} as const;

/** A code the command line reports for input it could not read as JSON. */
export type InputCode = keyof typeof INPUT_MESSAGES;

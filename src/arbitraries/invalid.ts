/**
 * Arbitraries of invalid records, each with the issue code a parser must report.
 * @module
 */
import * as fc from "fast-check";
import type { IssueCode } from "../issues/codes.js";
import { deriveStatus } from "../lifecycle/status.js";
import type { MissingCase } from "../models/case.js";
import { CASE_STATUSES } from "../models/case-status.js";
import type { Child } from "../models/child.js";
import { instantMs } from "../time/instant.js";
import { MINUTE_MS } from "../time/units.js";
import { caseArbitrary } from "./case.js";
import { childArbitrary } from "./child.js";
import { at, localDateBefore } from "./common.js";

/** An invalid record and an issue code its parser must report (among possibly others). */
export type Invalid = { readonly record: unknown; readonly code: IssueCode };

type Mutation = (c: MissingCase, n: number) => Invalid;

const reported = (c: MissingCase) => instantMs(c.reportedAt, "c.reportedAt");

/** One way to break a valid case per issue code (the cross-field rules of `docs/issues.md`). */
const CASE_MUTATIONS: readonly Mutation[] = [
  (c, n) => ({
    record: { ...c, lastContactAt: at(reported(c) + (1 + (n % 5000)) * MINUTE_MS, c.timeZone) },
    code: "case/last-contact-after-report",
  }),
  (c, n) => {
    const others = CASE_STATUSES.filter((s) => s !== deriveStatus(c.events));
    return { record: { ...c, status: others[n % others.length] }, code: "case/status-mismatch" };
  },
  (c, n) => ({
    record: {
      ...c,
      child: {
        ...c.child,
        birthDate: localDateBefore(Date.parse(c.lastContactAt), c.timeZone, -1 - (n % 900)),
      },
    },
    code: "case/born-after-last-contact",
  }),
  (c) => ({
    record: {
      ...c,
      status: "reported",
      events: [
        { type: "notify", at: at(reported(c) + 10 * MINUTE_MS, c.timeZone), recipient: "ncmec" },
        { type: "notify", at: at(reported(c) + 5 * MINUTE_MS, c.timeZone), recipient: "namus" },
      ],
    },
    code: "event/out-of-order",
  }),
  (c, n) => ({
    record: {
      ...c,
      status: "reported",
      events: [
        {
          type: "notify",
          at: at(reported(c) - (1 + (n % 999)) * MINUTE_MS, c.timeZone),
          recipient: "ncmec",
        },
      ],
    },
    code: "event/before-report",
  }),
  (c) => ({
    record: {
      ...c,
      status: "closed",
      events: [{ type: "clear", at: c.reportedAt, disposition: "returned-on-own" }],
    },
    code: "event/not-allowed",
  }),
  (c) => ({ record: { ...c, timeZone: "Mars/Olympus_Mons" }, code: "time-zone/unknown" }),
  (c) => ({ record: { ...c, reportedAt: c.reportedAt.slice(0, 19) }, code: "date-time/invalid" }),
  (c) => ({ record: { ...c, ncic: { nic: "X12345" } }, code: "nic/invalid" }),
  (c) => ({ record: { ...c, state: "ZZ" }, code: "state/unknown" }),
  (c) => ({ record: { ...c, reportedAs: "kidnapped" }, code: "schema/invalid-value" }),
  (c) => ({ record: { ...c, nickname: "x" }, code: "schema/unknown-key" }),
  (c) => {
    const { reportingAgencyId: _, ...rest } = c;
    return { record: rest, code: "schema/missing" };
  },
  (c) => ({ record: { ...c, priorEpisodes: 1.5 }, code: "schema/not-integer" }),
];

/**
 * Invalid cases, each made from a valid one by one mutation, paired with the issue code
 * `parseCase` must report: last contact after the report, a status the events do not lead
 * to, a birth date after the last contact, events out of order or before the report, an
 * event the lifecycle table does not allow, an unknown zone, a date-time without offset,
 * a bad NIC or state, an unknown circumstance, an unknown key, a missing field, a
 * fractional count.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invalidCaseArbitrary(), ({ record, code }) => {
 *   const r = parseCase(record);
 *   return !r.ok && r.issues.some((i) => i.code === code);
 * }));
 * ```
 */
export function invalidCaseArbitrary(): fc.Arbitrary<Invalid> {
  return fc
    .tuple(caseArbitrary({ maxEvents: 4 }), fc.nat({ max: CASE_MUTATIONS.length - 1 }), fc.nat())
    .map(([c, which, n]) => (CASE_MUTATIONS[which] as Mutation)(c, n));
}

/**
 * Invalid children with the issue code `parseChild` must report: a birth date that is no
 * date (or 29 February of a common year), an unknown sex or eye code, a negative height,
 * an unknown key, an empty name.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invalidChildArbitrary(), ({ record, code }) => {
 *   const r = parseChild(record);
 *   return !r.ok && r.issues.some((i) => i.code === code);
 * }));
 * ```
 */
export function invalidChildArbitrary(): fc.Arbitrary<Invalid> {
  const mutations: readonly ((c: Child) => Invalid)[] = [
    (c) => ({ record: { ...c, birthDate: "2023-02-29" }, code: "birth-date/invalid" }),
    (c) => ({ record: { ...c, birthDate: "14/06/2009" }, code: "birth-date/invalid" }),
    (c) => ({ record: { ...c, sex: "female" }, code: "schema/invalid-value" }),
    (c) => ({ record: { ...c, eyeColor: "BROWN" }, code: "schema/invalid-value" }),
    (c) => ({ record: { ...c, heightCm: -150 }, code: "schema/too-small" }),
    (c) => ({ record: { ...c, ssn: "x" }, code: "schema/unknown-key" }),
    (c) => ({ record: { ...c, name: { ...c.name, given: "" } }, code: "schema/too-small" }),
  ];
  return fc
    .tuple(childArbitrary(), fc.nat({ max: mutations.length - 1 }))
    .map(([c, which]) => (mutations[which] as (c: Child) => Invalid)(c));
}

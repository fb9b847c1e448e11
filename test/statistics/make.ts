/**
 * Small deterministic builders of valid cases for the statistics, operations and privacy
 * tests (independent of the testing kit, which is written concurrently).
 */
import fc from "fast-check";
import type {
  CaseEvent,
  CaseEventType,
  CaseStatus,
  MissingCase,
  ReportedAs,
} from "../../src/index.js";
import { allowedEvents, deriveStatus, REPORTED_AS } from "../../src/index.js";
import { deepFreeze } from "../fixtures/valid.js";

export type CaseSpec = {
  readonly id: string;
  readonly birthDate: string;
  readonly reportedAt: string;
  readonly lastContactAt?: string;
  readonly timeZone?: string;
  readonly reportedAs?: ReportedAs;
  readonly reportingAgencyId?: string;
  readonly events?: readonly CaseEvent[];
};

/** A valid, deep-frozen case: status derived from the events. */
export function makeTestCase(s: CaseSpec): MissingCase {
  const events = [...(s.events ?? [])];
  return deepFreeze({
    id: s.id,
    child: {
      id: `p-${s.id}`,
      name: { given: "Test", family: "Child" },
      birthDate: s.birthDate,
      sex: "F",
    },
    reportingAgencyId: s.reportingAgencyId ?? "albany-pd",
    state: "NY",
    timeZone: s.timeZone ?? "America/New_York",
    reportedAt: s.reportedAt,
    lastContactAt: s.lastContactAt ?? s.reportedAt,
    reportedAs: s.reportedAs ?? "runaway",
    status: deriveStatus(events),
    events,
  } satisfies MissingCase);
}

/** Shorthands for events at an instant. */
export const ev = {
  enter: (at: string): CaseEvent => ({ type: "enter", at, category: "EMJ" }),
  locate: (at: string, operationId?: string): CaseEvent =>
    operationId === undefined
      ? { type: "locate", at, condition: "safe" }
      : { type: "locate", at, condition: "safe", operationId },
  clear: (at: string): CaseEvent => ({ type: "clear", at, disposition: "returned-to-guardian" }),
  reopen: (at: string): CaseEvent => ({ type: "reopen", at, reason: "Ran again" }),
  cancel: (
    at: string,
    reason: "entered-in-error" | "duplicate" | "report-withdrawn" | "unfounded",
  ): CaseEvent => ({ type: "cancel", at, reason }),
  notify: (at: string): CaseEvent => ({ type: "notify", at, recipient: "ncmec" }),
};

function eventOf(type: CaseEventType, at: string, pick: number): CaseEvent {
  switch (type) {
    case "enter":
      return ev.enter(at);
    case "verify":
      return { type: "verify", at };
    case "notify":
      return ev.notify(at);
    case "locate":
      return ev.locate(at, pick % 3 === 0 ? "op-1" : undefined);
    case "clear":
      return ev.clear(at);
    case "cancel":
      return ev.cancel(
        at,
        (["entered-in-error", "duplicate", "report-withdrawn", "unfounded"] as const)[pick % 4] ??
          "unfounded",
      );
    case "reopen":
      return ev.reopen(at);
  }
}

/** Events walking the lifecycle table from `reportedMs`, each `gaps[i]` seconds after the last. */
export function walk(
  reportedMs: number,
  steps: readonly (readonly [number, number])[],
): CaseEvent[] {
  const out: CaseEvent[] = [];
  let status: CaseStatus = "reported";
  let ms = reportedMs;
  for (const [choice, gap] of steps) {
    const allowed = allowedEvents(status);
    const type = allowed[choice % Math.max(allowed.length, 1)];
    if (type === undefined) break;
    ms += gap * 1000;
    const e = eventOf(type, new Date(ms).toISOString(), choice);
    out.push(e);
    status = deriveStatus(out);
  }
  return out;
}

const ZONES = ["America/New_York", "UTC", "Asia/Tokyo", "America/Sao_Paulo", "Pacific/Kiritimati"];
const FROM = Date.UTC(2022, 5, 1) / 1000;
const TO = Date.UTC(2025, 5, 1) / 1000;

/** Valid cases reported mid-2022 … mid-2025 in several zones, with random histories. */
export const arbCase: fc.Arbitrary<MissingCase> = fc
  .record({
    id: fc.integer({ min: 1, max: 1_000_000 }).map((n) => `c-${n}`),
    zone: fc.constantFrom(...ZONES),
    reportedS: fc.integer({ min: FROM, max: TO }),
    birthYear: fc.integer({ min: 2000, max: 2021 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    birthDay: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom("day", "day", "month", "year"),
    reportedAs: fc.constantFrom(...REPORTED_AS),
    steps: fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 200 * 86_400 })), {
      maxLength: 6,
    }),
  })
  .map((r) => {
    const mm = String(r.birthMonth).padStart(2, "0");
    const dd = String(r.birthDay).padStart(2, "0");
    const birthDate =
      r.precision === "day"
        ? `${r.birthYear}-${mm}-${dd}`
        : r.precision === "month"
          ? `${r.birthYear}-${mm}`
          : String(r.birthYear);
    const reportedMs = r.reportedS * 1000;
    return makeTestCase({
      id: r.id,
      birthDate,
      reportedAt: new Date(reportedMs).toISOString(),
      timeZone: r.zone,
      reportedAs: r.reportedAs,
      events: walk(reportedMs, r.steps),
    });
  });

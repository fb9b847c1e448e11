/**
 * Shared pieces of the fuzz suites: the run count, valid cases to corrupt, event
 * and instant arbitraries, and helpers to walk and change a JSON value without touching it.
 *
 * The run count comes from `FUZZ_RUNS` so that `npm test` stays fast (default 300) while
 * `npm run fuzz` sets 100,000 and runs only this folder.
 */
import fc from "fast-check";
import { caseArbitrary } from "../../src/arbitraries/index.js";
import type { CaseEvent, MissingCase } from "../../src/index.js";
import {
  CASE_EVENT_TYPES,
  CLEAR_DISPOSITIONS,
  LOCATE_CONDITIONS,
} from "../../src/models/case-event.js";
import { deepFreeze, validCases } from "../fixtures/valid.js";

export { deepFreeze };

const DEFAULT_RUNS = 300;

function runsFromEnv(): number {
  const raw = process.env.FUZZ_RUNS;
  const n = raw === undefined || raw === "" ? DEFAULT_RUNS : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new RangeError("FUZZ_RUNS must be a positive integer");
  return n;
}

/** Runs per property: `FUZZ_RUNS`, or 300. */
export const RUNS = runsFromEnv();

/** fast-check parameters for every fuzz property. */
export const FC_PARAMS: fc.Parameters<unknown> = { numRuns: RUNS };

/**
 * A vitest timeout that grows with the run count: a guard against a hang, not a speed test, so
 * it allows 20 ms a run (100 times the typical cost) for a loaded CI machine; at least 60 s.
 */
export const TIMEOUT_MS = Math.max(60_000, RUNS * 20);

/** A JSON value as the parsers see it (no `undefined`, no functions, no cycles). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A path into a JSON value: object keys and array indexes. */
export type Path = readonly (string | number)[];

/**
 * Valid cases to corrupt: every fixture plus a pool drawn once from `caseArbitrary` (a fixed
 * seed, so a failure replays). Drawing the pool once keeps 100,000 runs fast; fast-check
 * still varies which case, which field and which bad value.
 */
export const VALID_CASES: readonly MissingCase[] = deepFreeze([
  ...validCases,
  ...fc.sample(caseArbitrary(), { numRuns: 400, seed: 8 }),
]);

/** One of {@link VALID_CASES}, deep-frozen. */
export const validCaseArbitrary = (): fc.Arbitrary<MissingCase> => fc.constantFrom(...VALID_CASES);

/** Offsets in minutes that RFC 3339 allows and real zones use, UTC included. */
const OFFSETS = [0, -300, -240, -360, -420, -480, -600, 330, 345, 60, 840, -720] as const;

/** RFC 3339 with seconds and a fixed offset (`Z` when 0). */
export function isoAt(ms: number, offsetMin: number): string {
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
  if (offsetMin === 0) return `${local}Z`;
  const a = Math.abs(offsetMin);
  const hh = String(Math.floor(a / 60)).padStart(2, "0");
  const mm = String(a % 60).padStart(2, "0");
  return `${local}${offsetMin < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** An RFC 3339 instant between 1990 and 2040, on a whole second, in one of several offsets. */
export const instantArbitrary = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }),
      fc.constantFrom(...OFFSETS),
    )
    .map(([s, off]) => isoAt(s * 1000, off));

const NCIC = ["EMD", "EME", "EMI", "EMJ", "EMV", "EMO"] as const;
const RECIPIENTS = ["ncmec", "namus", "clearinghouse"] as const;
const CANCEL_REASONS = ["entered-in-error", "duplicate", "report-withdrawn", "unfounded"] as const;

/** Builds an event of each type from an instant and a number that picks its other fields. */
const BUILD: { readonly [T in CaseEvent["type"]]: (at: string, k: number) => CaseEvent } = {
  enter: (at, k) => ({ type: "enter", at, category: NCIC[k % NCIC.length] ?? "EMJ" }),
  verify: (at) => ({ type: "verify", at }),
  notify: (at, k) => ({
    type: "notify",
    at,
    recipient: RECIPIENTS[k % RECIPIENTS.length] ?? "ncmec",
  }),
  locate: (at, k) => ({
    type: "locate",
    at,
    condition: LOCATE_CONDITIONS[k % LOCATE_CONDITIONS.length] ?? "safe",
  }),
  clear: (at, k) => ({
    type: "clear",
    at,
    disposition: CLEAR_DISPOSITIONS[k % CLEAR_DISPOSITIONS.length] ?? "returned-to-guardian",
  }),
  cancel: (at, k) => ({
    type: "cancel",
    at,
    reason: CANCEL_REASONS[k % CANCEL_REASONS.length] ?? "duplicate",
  }),
  reopen: (at) => ({ type: "reopen", at, reason: "Ran again" }),
};

/** A well-typed case event of any type at any instant (it may still be refused by the table). */
export const eventArbitrary = (at = instantArbitrary()): fc.Arbitrary<CaseEvent> =>
  fc
    .tuple(fc.constantFrom(...CASE_EVENT_TYPES), at, fc.nat())
    .map(([type, when, k]) => BUILD[type](when, k));

/** Every path of `value` that leads to an object key (arrays' items included), depth first. */
export function keyPaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const out: Path[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const p = [...prefix, k];
    out.push(p, ...keyPaths(v, p));
  }
  return out;
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: Path): unknown {
  let node = value;
  for (const k of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

/**
 * A copy of `value` (never changed) with `path` set to `replacement`, or the key removed when
 * `replacement` is {@link REMOVE}. Only the objects along the path are copied.
 */
export function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (replacement === REMOVE && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = setAt(value[Number(head)], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const key = String(head);
  if (replacement === REMOVE && rest.length === 0) delete copy[key];
  else {
    // defineProperty, not assignment: a `__proto__` key must become an own key, as JSON.parse makes it.
    const inner = Object.hasOwn(copy, key) ? copy[key] : undefined;
    Object.defineProperty(copy, key, {
      value: setAt(inner, rest, replacement),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** Marks a key for removal in {@link setAt}. */
export const REMOVE: unique symbol = Symbol("remove");

/** The JSON type name of a value, telling arrays and null apart from objects. */
export function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** Every string (values and keys) anywhere in `value`. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  }
  return out;
}

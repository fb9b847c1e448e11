// parseCase throughput against ajv compiled from schemas/case.json (target: ≥ 0.7× ajv), and
// parseCase on records holding a 1,000,000-item invalid array (must be under 50 ms: a parse
// stops after its issue limit and reads no more), against JSON.parse of the same record.
// Both validate the same 10,000 varied valid records, built deterministically below from a
// few templates (ids, zones, dates, birth dates, optional fields and event histories vary)
// and passed through JSON.
// ajv checks fields only; parseCase also runs every cross-field rule and the Intl zone check.
//   npm run build && node bench/parse.bench.mjs
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parseCase } from "../dist/index.js";
import { isMain, opsPerSecond, printRows, row } from "./lib.mjs";

export const RECORDS = 10_000;
const HOUR = 3_600_000;
const ZONES = [
  ["America/New_York", "NY", -300],
  ["America/Chicago", "IL", -360],
  ["America/Denver", "CO", -420],
  ["America/Los_Angeles", "CA", -480],
  ["America/Anchorage", "AK", -540],
  ["Pacific/Honolulu", "HI", -600],
  ["America/Puerto_Rico", "PR", -240],
];
const FIRST = ["Jordan", "Ana", "Sam", "Maria", "Leah", "Tyrese", "Kai", "Noor", "Eli", "Rosa"];
const LAST = ["Rivera", "Okafor", "Lopez", "Marsh", "Nguyen", "Smith", "Haddad", "Kowalski"];
const REPORTED_AS = ["runaway", "family-abduction", "nonfamily-abduction", "unknown", "thrownaway"];
const MISSING_FROM = ["home", "foster-care", "group-home", "residential-facility", "other"];

/** RFC 3339 with a fixed offset in minutes (or Z when the offset is 0). */
function iso(ms, offsetMin) {
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
  if (offsetMin === 0) return `${local}Z`;
  const a = Math.abs(offsetMin);
  const hh = String(Math.floor(a / 60)).padStart(2, "0");
  return `${local}${offsetMin < 0 ? "-" : "+"}${hh}:${String(a % 60).padStart(2, "0")}`;
}

/** Event histories, as [type, hours after the report, extra fields]; the status they lead to. */
const HISTORIES = [
  ["reported", []],
  [
    "active",
    [
      ["enter", 1, { category: "EMJ" }],
      ["notify", 20, { recipient: "ncmec" }],
    ],
  ],
  [
    "located",
    [
      ["enter", 2, { category: "EMJ", nic: "M000000001" }],
      ["verify", 24 * 30, {}],
      ["locate", 24 * 40, { condition: "safe", place: { city: "Troy", state: "NY" } }],
    ],
  ],
  [
    "closed",
    [
      ["enter", 1, { category: "EME" }],
      ["locate", 50, { condition: "safe", operationId: "op-1" }],
      ["clear", 52, { disposition: "returned-to-guardian", by: "pd-1" }],
    ],
  ],
  [
    "active",
    [
      ["enter", 1, { category: "EMJ" }],
      ["locate", 30, { condition: "injured" }],
      ["clear", 31, { disposition: "placed-in-care" }],
      ["reopen", 200, { reason: "Ran again" }],
    ],
  ],
  ["cancelled", [["cancel", 3, { reason: "duplicate" }]]],
];

/** The i-th record: deterministic, valid, and different from its neighbours. */
export function makeRecord(i) {
  const [zone, state, offsetMin] = ZONES[i % ZONES.length];
  const [status, history] = HISTORIES[i % HISTORIES.length];
  const reportedMs = Date.UTC(2020, 0, 1) + ((i * 7919) % (5 * 365 * 24)) * HOUR;
  const offset = i % 3 === 0 ? 0 : offsetMin;
  const birthYear = 2003 + (i % 17);
  const birthDate =
    i % 10 === 0
      ? String(birthYear)
      : i % 10 === 1
        ? `${birthYear}-${String(1 + (i % 12)).padStart(2, "0")}`
        : `${birthYear}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const record = {
    id: `C-${i}`,
    child: {
      id: `p-${i}`,
      name: { given: FIRST[i % FIRST.length], family: LAST[i % LAST.length] },
      birthDate,
      sex: i % 2 ? "F" : "M",
      ...(i % 4 === 0 ? {} : { heightCm: 120 + (i % 60), weightKg: 30 + (i % 50) }),
      ...(i % 5 === 0 ? {} : { eyeColor: "BRO", hairColor: "BLK", race: ["W"] }),
    },
    reportingAgencyId: `pd-${i % 40}`,
    state,
    timeZone: zone,
    reportedAt: iso(reportedMs, offset),
    lastContactAt: iso(reportedMs - (1 + (i % 48)) * HOUR, offset),
    reportedAs: REPORTED_AS[i % REPORTED_AS.length],
    status,
    events: history.map(([type, h, extra]) => ({
      type,
      at: iso(reportedMs + h * HOUR, offset),
      ...extra,
    })),
  };
  if (i % 2 === 0) record.missingFrom = MISSING_FROM[i % MISSING_FROM.length];
  if (i % 3 === 0) record.facts = { leftWithoutPermission: true, nightsAway: i % 5 };
  if (i % 4 === 1) record.riskIndicators = ["missed-school"];
  if (i % 6 === 2) record.ncic = { category: "EMJ", flags: ["CA"] };
  return record;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall time of `fn()` in ms over `runs` calls. */
function medianMs(fn, runs) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * parseCase on a record whose `events` (over its limit) or `child.race` (no limit: the issue
 * cap bounds it) is an array of 1,000,000 invalid items, against JSON.parse of its text.
 */
function hugeArrayRows() {
  const HUGE = 1_000_000;
  const base = makeRecord(1);
  const records = [
    ["events", { ...base, events: new Array(HUGE).fill(0) }],
    ["child.race", { ...base, child: { ...base.child, race: new Array(HUGE).fill("?") } }],
  ];
  return records.map(([field, record]) => {
    const text = JSON.stringify(record);
    const jsonMs = medianMs(() => JSON.parse(text), 7);
    const issues = parseCase(record);
    if (issues.ok) throw new Error("the huge record must be invalid");
    const parseMs = medianMs(() => parseCase(record), 21);
    const baseline = {
      name: `JSON.parse of its ${(text.length / 1e6).toFixed(1)} MB text`,
      value: jsonMs,
    };
    return row({
      group: "parse",
      name: `parseCase, ${field} a 1M-item invalid array (${issues.issues.length} issues)`,
      value: parseMs,
      unit: "ms",
      baseline,
      requirement: "< 50 ms (median of 21)",
      pass: parseMs < 50,
    });
  });
}

export async function run() {
  // Through JSON, as a service receives them (flat strings, objects as JSON.parse builds them).
  const records = Array.from({ length: RECORDS }, (_, i) =>
    JSON.parse(JSON.stringify(makeRecord(i))),
  );
  const schema = JSON.parse(readFileSync(new URL("../schemas/case.json", import.meta.url), "utf8"));
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const invalid = records.findIndex((r) => !parseCase(r).ok || !validate(r));
  if (invalid >= 0) throw new Error(`bench record ${invalid} is not valid`);

  // Many short rounds, alternating which side goes first, and medians: this machine's speed
  // drifts by up to 2× from one second to the next (even a bare allocation loop shows it),
  // and pairing exposes both sides to the same conditions.
  const n = records.length;
  const rounds = 21;
  const ajvRun = (ms) => opsPerSecond((i) => validate(records[i % n]) || undefined, ms);
  const zodRun = (ms) => opsPerSecond((i) => parseCase(records[i % n]).ok || undefined, ms);
  const warm = { minMs: 1000, warmupMs: 0 };
  ajvRun(warm);
  zodRun(warm);
  const ajvRuns = [];
  const zodRuns = [];
  const round = { minMs: 200, warmupMs: 20 };
  for (let k = 0; k < rounds; k++) {
    if (k % 2) ajvRuns.push(ajvRun(round));
    zodRuns.push(zodRun(round));
    if (k % 2 === 0) ajvRuns.push(ajvRun(round));
  }
  const ajvOps = median(ajvRuns);
  const zodOps = median(zodRuns);
  const ratio = median(zodRuns.map((z, k) => z / ajvRuns[k]));
  const baseline = { name: "ajv 2020 + formats (schemas/case.json)", value: ajvOps };
  return [
    row({ group: "parse", name: baseline.name, value: ajvOps, unit: "records/s" }),
    row({
      group: "parse",
      name: `parseCase (${n.toLocaleString("en-US")} varied records)`,
      value: zodOps,
      unit: "records/s",
      baseline,
      requirement: `≥ 0.7× ajv (median of ${rounds} paired rounds: ${ratio.toFixed(2)}×)`,
      pass: ratio >= 0.7,
    }),
    ...hugeArrayRows(),
  ];
}

if (isMain(import.meta.url)) printRows(await run());

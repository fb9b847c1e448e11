// Classification benchmark: classifyEpisode over 10,000 varied fact sets, against a
// baseline that hand-codes the same ten criteria with plain Kleene helpers (no rule table, no
// missingFacts): the ratio is the cost of rules as data. Also classifyCase and the case-level
// functions on whole cases. Run: npm run build && node bench/classification.bench.mjs
import { cpuOpsPerSecond, isMain, opsPerSecond, printRows, rng, row } from "./lib.mjs";

const dist = process.env.CLASSIFICATION_BENCH_DIST ?? "../dist/index.js";
const {
  amberAlertEligibility,
  classifyCase,
  classifyEpisode,
  EpisodeFactsSchema,
  ncmecCaseType,
  suggestNcicCategory,
} = await import(dist);

const N = 10_000;
const GROUP = "classification";

/** The yes/no facts, read from the model's schema (as the fast-check arbitraries do). */
const BOOLEAN_FACTS = Object.entries(EpisodeFactsSchema.unwrap().shape)
  .filter(([, schema]) => schema.unwrap()._zod.def.type === "boolean")
  .map(([key]) => key);
const pick = (random, xs) => xs[Math.floor(random() * xs.length)];

/** N fact sets, each fact known with probability 1/2 (half-known facts are the hard case). */
export function makeFacts(n = N, seed = 4) {
  const random = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const f = {};
    for (const k of BOOLEAN_FACTS) if (random() < 0.5) f[k] = random() < 0.5;
    if (random() < 0.5) f.nightsAway = pick(random, [0, 1, 2, 5]);
    if (random() < 0.5) f.caretakerAlarmedMinutes = pick(random, [30, 59, 60, 600]);
    if (random() < 0.5) f.milesTransported = pick(random, [0, 49, 50, 300]);
    if (random() < 0.5) {
      f.takenBy = pick(random, [
        "family-member",
        "acquaintance",
        "slight-acquaintance",
        "stranger",
        "none",
      ]);
    }
    if (random() < 0.5)
      f.perpetratorPurpose = pick(random, [
        "ransom",
        "concealment",
        "keep-permanently",
        "harm",
        "other",
      ]);
    out.push({ facts: f, age: Math.floor(random() * 18) });
  }
  return JSON.parse(JSON.stringify(out));
}

// Baseline: the criteria of docs/classification.md typed out by hand with Kleene helpers.
const U = "unknown";
const and = (...xs) => (xs.includes(false) ? false : xs.includes(U) ? U : true);
const or = (...xs) => (xs.includes(true) ? true : xs.includes(U) ? U : false);
const not = (x) => (x === U ? U : !x);
const has = (v, test) => (v === undefined ? U : test(v));
const b = (v) => (v === undefined ? U : v);
function baseline(f, age) {
  const n1 = has(f.nightsAway, (n) => n >= 1);
  const fam = has(f.takenBy, (t) => t === "family-member");
  const nonfam = has(f.takenBy, (t) => t !== "family-member" && t !== "none");
  const ep4 = and(
    nonfam,
    or(
      b(f.forceOrThreat),
      and(
        b(f.lured),
        age < 15,
        has(
          f.perpetratorPurpose,
          (p) => p === "ransom" || p === "concealment" || p === "keep-permanently",
        ),
      ),
    ),
  );
  const cm = and(
    b(f.whereaboutsUnknownToCaretaker),
    has(f.caretakerAlarmedMinutes, (m) => m >= 60),
    b(f.caretakerTriedToLocate),
  );
  return [
    ep4,
    and(
      age < 18,
      fam,
      b(f.custodyViolation),
      or(b(f.concealment), b(f.flight), b(f.intentToDeprive)),
      or(age < 15, b(f.forceOrThreat), b(f.mentallyIncompetent)),
    ),
    and(or(b(f.toldToLeave), b(f.preventedFromReturning)), not(b(f.alternativeCareArranged)), n1),
    or(
      and(b(f.leftWithoutPermission), n1),
      and(b(f.choseNotToReturn), or(age <= 14, b(f.mentallyIncompetent)), n1),
      and(
        b(f.choseNotToReturn),
        age >= 15,
        has(f.nightsAway, (n) => n >= 2),
      ),
    ),
    and(cm, or(b(f.lostStrandedOrInjured), b(f.tooYoungToReturn))),
    and(cm, b(f.benignReason)),
    and(
      ep4,
      has(f.takenBy, (t) => t === "stranger" || t === "slight-acquaintance"),
      or(
        b(f.detainedOvernight),
        has(f.milesTransported, (m) => m >= 50),
        has(f.perpetratorPurpose, (p) => p === "ransom" || p === "keep-permanently"),
        b(f.killed),
      ),
    ),
    and(
      fam,
      b(f.custodyViolation),
      not(b(f.concealment)),
      not(b(f.flight)),
      not(b(f.intentToDeprive)),
    ),
    cm,
    and(cm, b(f.contactedPolice)),
  ];
}

/** Whole cases (valid shape) carrying the same facts, New York, reported 14 June 2025. */
function makeCases(items) {
  return items.map(({ facts, age }, i) => ({
    id: `c-${i}`,
    child: {
      id: `p-${i}`,
      name: { given: "A", family: "B" },
      birthDate: `${2025 - age}-01-01`,
      sex: "F",
      heightCm: 150,
      weightKg: 45,
      eyeColor: "BRO",
      hairColor: "BLK",
    },
    reportingAgencyId: "albany-pd",
    timeZone: "America/New_York",
    reportedAt: "2025-06-14T15:00:00-04:00",
    lastContactAt: "2025-06-13T20:00:00-04:00",
    reportedAs: "unknown",
    facts,
    status: "reported",
    events: [],
  }));
}

export async function run() {
  const items = makeFacts();
  // Same answers as the hand-coded table on every item.
  for (const [i, { facts, age }] of items.entries()) {
    const got = classifyEpisode(facts, { age }).criteria.map((c) => c.met);
    if (JSON.stringify(got) !== JSON.stringify(baseline(facts, age))) {
      throw new Error(`criteria mismatch at item ${i}`);
    }
  }
  const base = opsPerSecond((i) => baseline(items[i % N].facts, items[i % N].age), { minMs: 1500 });
  const baselineRef = { name: "hand-coded Kleene criteria", value: base };
  const table = opsPerSecond(
    (i) => classifyEpisode(items[i % N].facts, { age: items[i % N].age }),
    {
      minMs: 2000,
    },
  );
  const perCore = cpuOpsPerSecond((i) =>
    classifyEpisode(items[i % N].facts, { age: items[i % N].age }),
  );
  const cases = makeCases(items);
  const perCase = (fn) => opsPerSecond((i) => fn(cases[i % N]), { minMs: 1500 });
  return [
    row({
      group: GROUP,
      name: "baseline: hand-coded Kleene criteria",
      value: base,
      unit: "calls/s",
    }),
    row({
      group: GROUP,
      name: `classifyEpisode, ${N.toLocaleString("en-US")} fact sets`,
      value: table,
      unit: "calls/s",
      baseline: baselineRef,
    }),
    row({
      group: GROUP,
      name: "classifyEpisode, per CPU second",
      value: perCore,
      unit: "calls/s",
    }),
    row({
      group: GROUP,
      name: "classifyCase (age at last contact + classify)",
      value: perCase(classifyCase),
      unit: "calls/s",
    }),
    row({ group: GROUP, name: "ncmecCaseType", value: perCase(ncmecCaseType), unit: "calls/s" }),
    row({
      group: GROUP,
      name: "suggestNcicCategory",
      value: perCase(suggestNcicCategory),
      unit: "calls/s",
    }),
    row({
      group: GROUP,
      name: "amberAlertEligibility (doj)",
      value: perCase((c) => amberAlertEligibility(c, { standard: "doj" })),
      unit: "calls/s",
    }),
  ];
}

if (isMain(import.meta.url)) printRows(await run());

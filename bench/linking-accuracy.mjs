// Accuracy of linkCases on synthetic years with ground truth (an accuracy report, not a timed
// benchmark): pairwise precision and recall of the children found, per seed, at the default
// threshold and over a range of thresholds, and the failure modes behind the errors.
//   npm run build && node bench/linking-accuracy.mjs [--reports 20000] [--examples 3]
// Seeds 1–3 were used to tune the weights and the threshold; seeds 11–13 were not looked at
// while tuning and are the ones the requirement is checked on (precision ≥ 0.99, recall
// ≥ 0.95 at the default threshold). Exits 1 when a held-out seed misses the requirement.
// Examples are described by their agreement levels and weights, never by names or dates.
import { compareCases, DEFAULT_LINK_THRESHOLD, linkCases } from "../dist/index.js";
import { syntheticPeople, syntheticYear } from "../dist/testing/index.js";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const REPORTS = arg("reports", 20_000);
const EXAMPLES = arg("examples", 3);
const REPEAT_SHARE = 0.3;
const TUNING = [1, 2, 3];
const HELD_OUT = [11, 12, 13];
const THRESHOLDS = [6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24];

const pairs = (k) => (k * (k - 1)) / 2;

/** Pairwise precision and recall of `children` against `truth` (person of each case id). */
function score(children, personOf, truePairs) {
  let predicted = 0;
  let correct = 0;
  for (const child of children) {
    predicted += pairs(child.caseIds.length);
    const counts = new Map();
    for (const id of child.caseIds) {
      const p = personOf.get(id);
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    for (const n of counts.values()) correct += pairs(n);
  }
  return {
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: truePairs === 0 ? 1 : correct / truePairs,
    predicted,
    correct,
  };
}

function year(seed) {
  const options = { year: 2024, reports: REPORTS, seed, repeatShare: REPEAT_SHARE };
  const cases = [...syntheticYear(options)];
  const people = syntheticPeople(options);
  const personOf = new Map();
  for (const p of people) for (const id of p.caseIds) personOf.set(id, p.id);
  const truePairs = people.reduce((n, p) => n + pairs(p.caseIds.length), 0);
  return { cases, people, personOf, truePairs };
}

/** "given:nickname family:equal birth:one-digit-off" — the levels that are not plain agreement. */
function pattern(evidence) {
  const plain = new Set(["equal", "equal-common", "as-recorded", "unknown", "other-agency"]);
  const keep = ["givenName", "familyName", "nameOrder", "birthDate", "sex", "childId"];
  return (
    evidence
      .filter((e) => keep.includes(e.field) && !plain.has(e.agreement))
      .map((e) => `${e.field}:${e.agreement}`)
      .join(" ") || "(all agree)"
  );
}

const DAY = 86_400_000;
/** A pair described field by field (agreement levels and weights), never by its values. */
function describe(a, b, r) {
  const fields = r.evidence
    .filter((e) => e.weight !== 0)
    .map((e) => `${e.field} ${e.agreement} ${e.weight > 0 ? "+" : ""}${e.weight.toFixed(1)}`)
    .join(", ");
  const days = Math.round(Math.abs(Date.parse(a.reportedAt) - Date.parse(b.reportedAt)) / DAY);
  const agencies = a.reportingAgencyId === b.reportingAgencyId ? "one agency" : "two agencies";
  return `score ${r.score.toFixed(1)} (${agencies}, ${days} days apart): ${fields}`;
}

/** Errors at the default threshold, grouped by evidence pattern, with a few examples each. */
function failures({ cases, personOf }, children) {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const childOf = new Map();
  for (const child of children) for (const id of child.caseIds) childOf.set(id, child.key);
  const falseLinks = new Map();
  const missed = new Map();
  const note = (map, a, b) => {
    const r = compareCases(a, b);
    const key = pattern(r.evidence);
    const entry = map.get(key) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(describe(a, b, r));
    map.set(key, entry);
  };
  for (const child of children) {
    const ids = child.caseIds;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (personOf.get(ids[i]) !== personOf.get(ids[j]))
          note(falseLinks, byId.get(ids[i]), byId.get(ids[j]));
      }
    }
  }
  const byPerson = new Map();
  for (const c of cases) {
    const p = personOf.get(c.id);
    byPerson.set(p, [...(byPerson.get(p) ?? []), c]);
  }
  for (const list of byPerson.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (childOf.get(list[i].id) !== childOf.get(list[j].id)) note(missed, list[i], list[j]);
      }
    }
  }
  return { falseLinks, missed };
}

function printModes(title, map) {
  const rows = [...map].sort((a, b) => b[1].count - a[1].count);
  console.log(`\n${title}: ${rows.reduce((n, [, e]) => n + e.count, 0)} pairs`);
  for (const [key, e] of rows.slice(0, 12)) {
    console.log(`  ${String(e.count).padStart(5)}  ${key}`);
    for (const ex of e.examples) console.log(`         e.g. ${ex}`);
  }
}

const fmt = (x) => x.toFixed(4);
const curve = new Map(THRESHOLDS.map((t) => [t, []]));
const atDefault = [];
const merged = { falseLinks: new Map(), missed: new Map() };
for (const seed of [...TUNING, ...HELD_OUT]) {
  const data = year(seed);
  for (const t of THRESHOLDS) {
    const { children } = linkCases(data.cases, { threshold: t });
    curve.get(t).push(score(children, data.personOf, data.truePairs));
  }
  const { children } = linkCases(data.cases);
  const s = score(children, data.personOf, data.truePairs);
  const repeatPeople = data.people.filter((p) => p.caseIds.length > 1).length;
  atDefault.push({ seed, s, data, children, repeatPeople });
  const f = failures(data, children);
  for (const key of ["falseLinks", "missed"]) {
    for (const [k, e] of f[key]) {
      const m = merged[key].get(k) ?? { count: 0, examples: [] };
      m.count += e.count;
      if (m.examples.length < EXAMPLES)
        m.examples.push(...e.examples.slice(0, EXAMPLES - m.examples.length));
      merged[key].set(k, m);
    }
  }
}

console.log(
  `linkCases accuracy: syntheticYear({ year: 2024, reports: ${REPORTS.toLocaleString("en-US")}, repeatShare: ${REPEAT_SHARE} }), default threshold ${DEFAULT_LINK_THRESHOLD}\n`,
);
console.log(
  "| seed | role | reports | people | with repeats | true pairs | linked pairs | precision | recall |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
for (const { seed, s, data, repeatPeople } of atDefault) {
  const role = TUNING.includes(seed) ? "tuning" : "held out";
  console.log(
    `| ${seed} | ${role} | ${data.cases.length} | ${data.people.length} | ${repeatPeople} | ${data.truePairs} | ${s.predicted} | ${fmt(s.precision)} | ${fmt(s.recall)} |`,
  );
}

console.log(
  "\nPrecision / recall over thresholds (held-out seeds: min precision, min recall; all seeds: mean):\n",
);
console.log(
  "| threshold | held-out min precision | held-out min recall | mean precision | mean recall |",
);
console.log("|---|---|---|---|---|");
for (const [t, results] of curve) {
  const held = results.slice(TUNING.length);
  const mean = (k) => results.reduce((a, r) => a + r[k], 0) / results.length;
  const mark = t === DEFAULT_LINK_THRESHOLD ? " (default)" : "";
  console.log(
    `| ${t}${mark} | ${fmt(Math.min(...held.map((r) => r.precision)))} | ${fmt(Math.min(...held.map((r) => r.recall)))} | ${fmt(mean("precision"))} | ${fmt(mean("recall"))} |`,
  );
}

console.log(
  "\nFailure modes at the default threshold, all seeds (evidence pattern: levels other than plain agreement)",
);
printModes("False links (different people in one child)", merged.falseLinks);
printModes("Missed links (one person split over children)", merged.missed);

const failed = atDefault.filter(
  ({ seed, s }) => HELD_OUT.includes(seed) && (s.precision < 0.99 || s.recall < 0.95),
);
if (failed.length > 0) {
  console.log(`\nrequirement not met on held-out seed(s) ${failed.map((f) => f.seed).join(", ")}`);
  process.exitCode = 1;
}

/**
 * Renders `docs/classification.md` from the criteria tables the classification functions
 * run, so the page says exactly what the code does.
 * @module
 */
import { alertCriteria } from "../../src/classification/alerts/index.js";
import { EPISODE_TYPES } from "../../src/classification/classify-episode.js";
import { definitionCriteria } from "../../src/classification/definitions.js";
import { episodeCriteria } from "../../src/classification/episode-criteria.js";
import type { CriterionDef } from "../../src/classification/expr.js";
import { INDICATOR_RULES } from "../../src/classification/indicator-rules.js";
import { derivedIndicatorCriteria } from "../../src/classification/indicators.js";
import { ncicCategoryCriteria } from "../../src/classification/ncic.js";
import { elevatedRiskCriterion, NCMEC_BY_EPISODE_TYPE } from "../../src/classification/ncmec.js";
import { ALERT_PLANS } from "../../src/jurisdictions/alert-plans.js";
import { generatedBy, linkRuleIds, page, ruleLink, ruleOf } from "./markdown.js";

/** `[EP-2](rules.md#ep-2) Thrownaway (unverified)`. */
function ruleRef(id: string): string {
  const r = ruleOf(id);
  return `${ruleLink(id)} ${r.title} (${r.status})`;
}

function renderCriterion(k: CriterionDef<never>, level = "###"): string {
  return [
    `${level} \`${k.id}\` — ${ruleRef(k.ruleId)}`,
    ...(k.note === undefined ? [] : ["", linkRuleIds(k.note)]),
    "",
    `- Met iff: \`${k.expr.text}\``,
    `- Reads: ${k.reads.map((r) => `\`${r}\``).join(", ")}`,
  ].join("\n");
}

const criteria = (list: readonly CriterionDef<never>[], level?: string): string[] =>
  list.map((k) => renderCriterion(k, level));

const INTRO = `# Classification and eligibility

Every criterion below is one entry in a table of criteria that the functions run: this page
is rendered from the same entries, so it says exactly what the code does. Each criterion
names the rule it applies; the rule's words, status and sources are in the
[rule book](rules.md).

**Three-valued (Kleene) logic.** A fact that is absent is *unknown*, which is not *false*.
AND is false if any operand is false, else unknown if any is unknown; OR is true if any
operand is true, else unknown if any is unknown. An age range from a partial birth date
makes a threshold test unknown when it straddles the threshold. \`missingFacts\` lists only
the facts whose absence left a criterion unknown, computed from the same conditions.

Every criterion in a result carries \`id\` (the criterion), \`ruleId\` (its rule) and \`met\`.

## Usage

\`\`\`ts
import { alertEligibility, amberAlertEligibility, classifyCase, classifyEpisode, isMissingChild, ruleById } from "missing-child-cases";
import { makeCase, makeChild } from "missing-child-cases/testing";

const r = classifyEpisode({ leftWithoutPermission: true }, { age: 15 });
r.primary;      // "undetermined": a runaway needs at least one night away …
r.missingFacts.includes("nightsAway"); // true: … so it is listed, with every other fact a criterion waits on
r.criteria.find((k) => k.id === "runaway")?.ruleId; // "EP-1"
ruleById("EP-1")?.status;           // "verified"

const c = makeCase({
  child: makeChild({ birthDate: "2010-01-15" }),
  state: "NY",
  reportedAt: "2025-06-02T09:00:00-04:00",
  lastContactAt: "2025-06-01T20:00:00-04:00",
  reportedAs: "runaway",
  facts: { leftWithoutPermission: true },
});
classifyCase(c).primary;            // "undetermined": the same, from c.facts and the age at last contact
isMissingChild(c, "ny");            // true: under 18 (true | false | "unknown")
amberAlertEligibility(c, { standard: "ny" }).criteria.length > 0; // true: each criterion, three-valued
alertEligibility(c, "ebony-ca").factors?.map((f) => f.id); // ["age-12-25"]: factors are weighed, never a condition
isMissingChild(c, "ncmec", { age: { rule: "common-law" } }); // true: ages as ageOn counts them
\`\`\`

Absent facts are never guessed: ask for the facts in \`missingFacts\`, or treat
\`'unknown'\` as "not established" where a decision must be made now.`;

function episodeSection(): string[] {
  return [
    "## NISMART-2 episodes: `classifyEpisode`, `classifyCase`, `episodeTypeOf`",
    `\`classifyCase\` uses the age at last contact (${ruleLink("AGE-7")}). \`primary\` is the first met type in the
precedence order (${ruleLink("EP-P")}) ${EPISODE_TYPES.map((t) => `\`${t}\``).join(" > ")}; else
\`'undetermined'\` when any type is unknown; else \`'none'\`. \`episodeTypeOf\` falls back to
the type recorded at intake (\`reportedAs\`) when the facts decide no type.`,
    `Options (off by default, both unverified): \`lureMentallyIncompetent\` and \`lureIntentToHarm\` add
the ${ruleLink("EP-4")} (c) limbs "or mentally incompetent" and "intent to harm".`,
    ...criteria(episodeCriteria()),
  ];
}

function definitionSection(): string[] {
  return [
    "## Missing-child definitions: `isMissingChild`",
    "By the age at report.",
    ...criteria(Object.values(definitionCriteria())),
  ];
}

function ncmecSection(): string[] {
  const rows = Object.entries(NCMEC_BY_EPISODE_TYPE).map(
    ([type, ncmec]) => `| \`${type}\` | \`${ncmec}\` |`,
  );
  return [
    `## NCMEC case types: \`ncmecCaseType\` (${ruleLink("NC-1")})`,
    `By the age at report: 21 or over → \`null\`; 18–20 → \`critically-missing-young-adult\` when
the elevated-risk criterion is met, \`null\` when it is not, \`undetermined\` when unknown; under 18
→ by \`episodeTypeOf\`:`,
    ["| episode type | NCMEC case type |", "|---|---|", ...rows].join("\n"),
    `When a partial birth date leaves the age band open, the result is the one every possible
band gives, else \`undetermined\`. NCMEC sets no "too young to run" age.`,
    renderCriterion(elevatedRiskCriterion()),
  ];
}

function ncicSection(): string[] {
  return [
    `## NCIC category: \`suggestNcicCategory\` (${ruleLink("NCIC-2")})`,
    `The first category met, in this order (the order is unverified); else \`EMO\`. A fact that is
unknown counts as not established, and the reasons name it. The agency decides.`,
    ...criteria(ncicCategoryCriteria()),
  ];
}

function indicatorSection(): string[] {
  const rows = Object.entries(INDICATOR_RULES).map(
    ([indicator, id]) => `| \`${indicator}\` | ${ruleLink(id)} | ${ruleOf(id).status} |`,
  );
  return [
    "## Endangerment and trafficking: `endangermentIndicators`, `traffickingRiskFlags`",
    `Each returns the indicators of its list recorded in \`riskIndicators\`, plus those derived
below. Trafficking output is a list of flags, **never** a determination (${ruleLink("TRF-0")}).`,
    ...criteria(derivedIndicatorCriteria()),
    ["| indicator | rule | status |", "|---|---|---|", ...rows].join("\n"),
  ];
}

function planSection(id: string, name: string): string[] {
  const p = alertCriteria()[id];
  if (p === undefined) throw new Error(`no criteria for alert plan ${id}`);
  const unless = p.unless;
  return [
    `### \`${id}\` — ${name}`,
    ...(unless === undefined
      ? []
      : [
          `#### \`not-amber\` — ${ruleRef(unless.ruleId)}\n\nThe case is not established as an AMBER case: \`${unless.alertId}\` is not eligible, or unknown (${ruleLink("AMB-3")}).\n\n- Met iff: \`eligible(${unless.alertId}) ≠ true\``,
        ]),
    ...criteria(p.criteria, "####"),
    ...(p.factors === undefined
      ? []
      : [
          `Factors (in \`factors\`, weighed, never part of \`eligible\`: ${ruleLink("AMB-2")}):`,
          ...criteria(p.factors, "####"),
        ]),
  ];
}

/** A worked example of the alert section, run by the docs suite as written. */
const ALERT_EXAMPLE = `\`\`\`ts
import { type MissingCase, alertEligibility, alertPlansOf } from "missing-child-cases";

// A 16-year-old Black girl reported missing in Los Angeles; nobody knows yet how she left.
const c: MissingCase = {
  id: "case-la-1",
  reportingAgencyId: "lapd",
  state: "CA",
  timeZone: "America/Los_Angeles",
  reportedAt: "2025-06-14T15:00:00-07:00",
  lastContactAt: "2025-06-13T20:00:00-07:00",
  reportedAs: "unknown",
  status: "reported",
  events: [],
  child: {
    id: "p-1",
    name: { given: "Jordan", family: "Rivera" },
    birthDate: "2009-01-01",
    sex: "F",
    race: ["B"],
    heightCm: 160,
    weightKg: 52,
    eyeColor: "BRO",
    hairColor: "BLK",
    disability: false,
  },
};

alertPlansOf("US-CA").map((p) => p.id); // ["amber-ca", "ebony-ca", "ema-ca"]

const amber = alertEligibility(c, "amber-ca");
amber.eligible;    // "unknown": was she abducted, is she in danger?
amber.missingFacts; // ["episodeTypeOf", "facts.physicalSafetyAtRisk"]

const ebony = alertEligibility(c, "ebony-ca");
ebony.criteria.map((k) => [k.id, k.met]); // [["race", true], ["circumstances", "unknown"], ["description", true]]
ebony.factors;     // [{ id: "age-12-25", ruleId: "CA-10a", met: true }]: weighed, never a condition

// Taken by a stranger, by force, in danger: every plan's facts are now known.
const taken: MissingCase = {
  ...c,
  facts: { takenBy: "stranger", forceOrThreat: true, physicalSafetyAtRisk: true },
};
alertEligibility(taken, "amber-ca").eligible; // true
alertEligibility(taken, "ebony-ca").eligible; // true: abducted
alertEligibility({ ...taken, child: { ...taken.child, birthDate: "1999-01-01" } }, "amber-ca")
  .eligible; // false at 26 without a proven disability …
alertEligibility(
  { ...taken, child: { ...taken.child, birthDate: "1999-01-01", disability: true } },
  "amber-ca",
).eligible; // … true with one (CA-9: any age)
\`\`\``;

function alertSection(): string[] {
  return [
    "## Alert plans: `alertEligibility`, `amberAlertEligibility`",
    `\`alertEligibility(c, id)\` answers for every plan of \`ALERT_PLANS\`, by the age at report;
\`amberAlertEligibility(c, { standard })\` is the same for \`amber-doj\` (\`'doj'\`) and \`amber-ny\`
(\`'ny'\`). Eligible is the Kleene AND of the criteria. The facts are read alike in every plan:
abduction (${ruleLink("AMB-1")}); description, danger and NCIC entry (${ruleLink("AMB-2")}); at risk, unexplained
circumstances and the second tier (${ruleLink("AMB-3")}). A second tier's first criterion, \`not-amber\`, is met
while the state's AMBER plan is not met, or unknown.`,
    ALERT_EXAMPLE,
    ...ALERT_PLANS.flatMap((plan) => planSection(plan.id, plan.name)),
  ];
}

/** The text of `docs/classification.md`. */
export function renderClassification(): string {
  return page([
    generatedBy("the criteria tables in src/classification"),
    INTRO,
    ...episodeSection(),
    ...definitionSection(),
    ...ncmecSection(),
    ...ncicSection(),
    ...indicatorSection(),
    ...alertSection(),
  ]);
}

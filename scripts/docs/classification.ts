/**
 * Renders `docs/classification.md` from the criteria tables the classification functions
 * run, so the page says exactly what the code does.
 * @module
 */
import { AMBER_CRITERIA } from "../../src/classification/amber.js";
import { EPISODE_TYPES } from "../../src/classification/classify-episode.js";
import { DEFINITION_CRITERIA } from "../../src/classification/definitions.js";
import { EPISODE_CRITERIA } from "../../src/classification/episode-criteria.js";
import type { CriterionDef } from "../../src/classification/expr.js";
import { INDICATOR_RULES } from "../../src/classification/indicator-rules.js";
import { DERIVED_INDICATOR_CRITERIA } from "../../src/classification/indicators.js";
import { NCIC_CATEGORY_CRITERIA } from "../../src/classification/ncic.js";
import { ELEVATED_RISK_CRITERION, NCMEC_BY_EPISODE_TYPE } from "../../src/classification/ncmec.js";
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
import { amberAlertEligibility, classifyCase, classifyEpisode, isMissingChild, ruleById } from "missing-child-cases";

const r = classifyEpisode({ leftWithoutPermission: true }, { age: 15 });
r.primary;      // "undetermined": a runaway needs at least one night away …
r.missingFacts; // … so "nightsAway" is listed, with every other fact a criterion waits on
r.criteria.find((k) => k.id === "runaway")?.ruleId; // "EP-1"
ruleById("EP-1")?.status;           // "verified"

classifyCase(c).primary;            // the same, from c.facts and the age at last contact
isMissingChild(c, "ny");            // true | false | "unknown"
amberAlertEligibility(c, { standard: "ny" }).criteria; // each criterion, three-valued
isMissingChild(c, "ncmec", { age: { rule: "common-law" } }); // ages as ageOn counts them
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
    ...criteria(EPISODE_CRITERIA),
  ];
}

function definitionSection(): string[] {
  return [
    "## Missing-child definitions: `isMissingChild`",
    "By the age at report.",
    ...criteria(Object.values(DEFINITION_CRITERIA)),
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
    renderCriterion(ELEVATED_RISK_CRITERION),
  ];
}

function ncicSection(): string[] {
  return [
    `## NCIC category: \`suggestNcicCategory\` (${ruleLink("NCIC-2")})`,
    `The first category met, in this order (the order is unverified); else \`EMO\`. A fact that is
unknown counts as not established, and the reasons name it. The agency decides.`,
    ...criteria(NCIC_CATEGORY_CRITERIA),
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
    ...criteria(DERIVED_INDICATOR_CRITERIA),
    ["| indicator | rule | status |", "|---|---|---|", ...rows].join("\n"),
  ];
}

function amberSection(): string[] {
  return [
    "## AMBER Alert: `amberAlertEligibility`",
    "Eligible is the Kleene AND of the criteria, by the age at report.",
    `### Standard \`doj\` (${ruleLink("AMB-DOJ")})`,
    ...criteria(AMBER_CRITERIA.doj, "####"),
    `### Standard \`ny\` (${ruleLink("NY-5")})`,
    ...criteria(AMBER_CRITERIA.ny, "####"),
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
    ...amberSection(),
  ]);
}

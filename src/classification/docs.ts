/**
 * Renders `docs/classification.md` from the rule tables, so the docs cannot drift from the
 * code (a test fails when the committed file is stale).
 * @module
 */
import { AMBER_RULES } from "../alerts/amber.js";
import { EPISODE_TYPES } from "./classify-episode.js";
import { DEFINITION_RULES } from "./definitions.js";
import { EPISODE_RULES } from "./episode-rules.js";
import { INDICATOR_SOURCES } from "./indicator-sources.js";
import { DERIVED_INDICATOR_RULES } from "./indicators.js";
import { NCIC_CATEGORY_RULES } from "./ncic.js";
import { ELEVATED_RISK_RULE, NCMEC_BY_EPISODE_TYPE } from "./ncmec.js";
import type { Rule, Tag } from "./rule.js";

const TAGS: Readonly<Record<Tag, string>> = {
  V: "[V] verified against the cited source",
  P: "[P] partial: secondary source, or only part of the claim seen",
  U: "[U] **unverified**: recollection or inference, kept easy to change, never law",
  Choice: "Choice: a decision of this library, not of any source",
};

const tagLabel = (tag: Tag): string => (tag === "Choice" ? "Choice" : `[${tag}]`);

function renderRule(rule: Rule<never>): string {
  const unverified = rule.tag === "U" ? " **Unverified.**" : "";
  return [
    `### \`${rule.id}\` — ${rule.ruleId} ${tagLabel(rule.tag)}`,
    "",
    `${rule.description}${unverified}`,
    "",
    `- Met iff: \`${rule.expr.text}\``,
    `- Reads: ${rule.reads.map((r) => `\`${r}\``).join(", ")}`,
    `- Source: ${rule.sources.join(" ; ")}`,
    "",
  ].join("\n");
}

const rules = (list: readonly Rule<never>[]): string => list.map(renderRule).join("\n");

const INTRO = `# Classification and eligibility

<!-- Generated from the rule tables in src/classification and src/alerts: do not edit.
     Regenerate with: UPDATE_DOCS=1 npx vitest run test/classification/docs.test.ts -->

Every criterion below is one entry in a rule table that the functions run: this page is
rendered from the same entries, so it says exactly what the code does. Rule ids refer to
\`DOMAIN.md\`; where DOMAIN.md and the API contract read differently, the contract governs.

**Three-valued (Kleene) logic.** A fact that is absent is *unknown*, which is not *false*.
AND is false if any operand is false, else unknown if any is unknown; OR is true if any
operand is true, else unknown if any is unknown. An age range from a partial birth date
makes a threshold test unknown when it straddles the threshold. \`missingFacts\` lists only
the facts whose absence left a criterion unknown, computed from the same conditions.

Tags: ${Object.values(TAGS).join("; ")}.

## Usage

\`\`\`ts
import { amberAlertEligibility, classifyCase, classifyEpisode, isMissingChild } from "missing-child-cases";

const r = classifyEpisode({ leftWithoutPermission: true }, { age: 15 });
r.primary;      // "undetermined": a runaway needs at least one night away …
r.missingFacts; // … so "nightsAway" is listed, with every other fact a criterion waits on

classifyCase(c).primary;            // the same, from c.facts and the age at last contact
isMissingChild(c, "ny");            // true | false | "unknown"
amberAlertEligibility(c, { standard: "ny" }).criteria; // each criterion, three-valued
isMissingChild(c, "ncmec", { age: { rule: "common-law" } }); // ages as ageOn counts them
\`\`\`

Absent facts are never guessed: ask for the facts in \`missingFacts\`, or treat
\`'unknown'\` as "not established" where a decision must be made now.
`;

function episodeSection(): string {
  return `## NISMART-2 episodes: \`classifyEpisode\`, \`classifyCase\`, \`episodeTypeOf\`

\`classifyCase\` uses the age at last contact. \`primary\` is the first met type in the
precedence order (EP-P, Choice) ${EPISODE_TYPES.map((t) => `\`${t}\``).join(" > ")}; else
\`'undetermined'\` when any type is unknown; else \`'none'\`. \`episodeTypeOf\` falls back to
the type recorded at intake (\`reportedAs\`) when the facts decide no type.

Options (off by default, both [U]): \`lureMentallyIncompetent\` and \`lureIntentToHarm\` add
the EP-4 (c) limbs "or mentally incompetent" and "intent to harm".

${rules(EPISODE_RULES)}`;
}

function definitionSection(): string {
  return `## Missing-child definitions: \`isMissingChild\`

By the age at report.

${rules(Object.values(DEFINITION_RULES))}`;
}

function ncmecSection(): string {
  const rows = Object.entries(NCMEC_BY_EPISODE_TYPE)
    .map(([type, ncmec]) => `| \`${type}\` | \`${ncmec}\` |`)
    .join("\n");
  return `## NCMEC case types: \`ncmecCaseType\` (NC-1, Choice)

By the age at report: 21 or over → \`null\`; 18–20 → \`critically-missing-young-adult\` when
the elevated-risk rule is met, \`null\` when it is not, \`undetermined\` when unknown; under 18
→ by \`episodeTypeOf\`:

| episode type | NCMEC case type |
|---|---|
${rows}

When a partial birth date leaves the age band open, the result is the one every possible
band gives, else \`undetermined\`. NCMEC sets no "too young to run" age [U].

${renderRule(ELEVATED_RISK_RULE)}`;
}

function ncicSection(): string {
  return `## NCIC category: \`suggestNcicCategory\` (NCIC-2, Choice)

The first category met, in this order (the order is [U]); else \`EMO\`. A fact that is
unknown counts as not established, and the reasons name it. The agency decides.

${rules(NCIC_CATEGORY_RULES)}`;
}

function indicatorSection(): string {
  const rows = Object.entries(INDICATOR_SOURCES)
    .map(([i, s]) => {
      return `| \`${i}\` | ${s.ruleId} | ${tagLabel(s.tag)}${s.tag === "U" ? " unverified" : ""} | ${s.source} |`;
    })
    .join("\n");
  return `## Endangerment and trafficking: \`endangermentIndicators\`, \`traffickingRiskFlags\`

Each returns the indicators of its list recorded in \`riskIndicators\`, plus those derived
below. Trafficking output is a list of flags, **never** a determination (TRF-0).

${rules(DERIVED_INDICATOR_RULES)}
| indicator | rule | tag | source |
|---|---|---|---|
${rows}
`;
}

function amberSection(): string {
  return `## AMBER Alert: \`amberAlertEligibility\`

Eligible is the Kleene AND of the criteria, by the age at report.

### Standard \`doj\` (AMB-DOJ)

${rules(AMBER_RULES.doj).replaceAll("### ", "#### ")}
### Standard \`ny\` (NY-5)

${rules(AMBER_RULES.ny).replaceAll("### ", "#### ")}`;
}

/**
 * The text of `docs/classification.md`, rendered from the rule tables.
 * @internal
 */
export function renderClassificationDocs(): string {
  return [
    INTRO,
    episodeSection(),
    definitionSection(),
    ncmecSection(),
    ncicSection(),
    indicatorSection(),
    amberSection(),
  ]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()
    .concat("\n");
}

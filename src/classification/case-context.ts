/**
 * What the case-level rules read: the case, its ages (computed once, on demand) and its
 * episode type.
 * @module
 */
import { ageRangeAtLastContact, ageRangeAtReport } from "../age/index.js";
import type { MissingCase } from "../models/case.js";
import type { EpisodeFacts } from "../models/episode-facts.js";
import { type Age, ageFromRange } from "./age.js";
import { classifyEpisode, type EpisodeType } from "./classify-episode.js";
import type { ClassifyOptions } from "./episode-rules.js";
import { type Expr, leaf } from "./rule.js";
import { type Tri, triOf } from "./tri.js";

/** A case with lazily computed ages and episode type. @internal */
export type CaseContext = {
  readonly c: MissingCase;
  readonly ageAtReport: Age;
  readonly ageAtLastContact: Age;
  readonly episodeType: EpisodeType | "undetermined";
};

/**
 * The episode type of a case: the classified primary type, else the type recorded at intake,
 * else `'undetermined'`. @internal
 */
export function episodeTypeFrom(
  c: MissingCase,
  ageAtLastContact: Age,
  options?: ClassifyOptions,
): EpisodeType | "undetermined" {
  const { primary } = classifyEpisode(c.facts ?? {}, { age: ageAtLastContact }, options);
  if (primary !== "undetermined" && primary !== "none") return primary;
  return c.reportedAs === "unknown" ? "undetermined" : c.reportedAs;
}

/** The context of a case for its rules; each part is computed at most once. @internal */
export function caseContext(c: MissingCase, options?: ClassifyOptions): CaseContext {
  if (typeof c !== "object" || c === null) throw new TypeError("c must be a case object");
  let atReport: { value: Age } | undefined;
  let atLastContact: { value: Age } | undefined;
  let type: EpisodeType | "undetermined" | undefined;
  return {
    c,
    get ageAtReport() {
      atReport ??= { value: ageFromRange(ageRangeAtReport(c)) };
      return atReport.value;
    },
    get ageAtLastContact() {
      atLastContact ??= { value: ageFromRange(ageRangeAtLastContact(c)) };
      return atLastContact.value;
    },
    get episodeType() {
      type ??= episodeTypeFrom(c, this.ageAtLastContact, options);
      return type;
    },
  };
}

type E = Expr<CaseContext>;

/** A leaf on the age at report. @internal */
export function ageAtReportIs(text: string, test: (age: Age) => Tri): E {
  return leaf("age at report", `age at report ${text}`, (ctx) => test(ctx.ageAtReport), false);
}

/** A leaf on one episode fact of the case (`facts.<key>`; absent is unknown). @internal */
export function caseFact(key: keyof EpisodeFacts): E {
  return leaf(`facts.${key}`, `facts.${key}`, (ctx) =>
    triOf(ctx.c.facts?.[key], (v) => v === true),
  );
}

/**
 * A leaf that is true when any of `indicators` is recorded in `riskIndicators`, `'unknown'`
 * when `riskIndicators` is absent (not assessed). @internal
 */
export function recorded(text: string, indicators: readonly string[]): E {
  return leaf("riskIndicators", text, (ctx) =>
    triOf(ctx.c.riskIndicators, (list) => list.some((i) => indicators.includes(i))),
  );
}

/** Where the child lived that counts as state care (TRF-7, NY-1 (b), FED-6/7). @internal */
export const CARE_PLACEMENTS: readonly string[] = [
  "foster-care",
  "group-home",
  "residential-facility",
];

/** A leaf: the child went missing from care (`missingFrom`; absent is unknown). @internal */
export const fromCare: E = leaf(
  "missingFrom",
  `missingFrom ∈ {${CARE_PLACEMENTS.join(", ")}}`,
  (ctx) => triOf(ctx.c.missingFrom, (m) => CARE_PLACEMENTS.includes(m)),
);

/** A leaf: the episode type is an abduction; `'unknown'` when undetermined. @internal */
export const abduction: E = leaf(
  "episodeTypeOf",
  "episodeTypeOf ∈ {nonfamily-abduction, family-abduction}",
  (ctx) =>
    ctx.episodeType === "undetermined"
      ? "unknown"
      : ctx.episodeType === "nonfamily-abduction" || ctx.episodeType === "family-abduction",
);

/** A leaf: the child has a proven disability (`child.disability`; absent is unknown). @internal */
export const childDisability: E = leaf("child.disability", "child.disability", (ctx) =>
  triOf(ctx.c.child.disability, (d) => d),
);

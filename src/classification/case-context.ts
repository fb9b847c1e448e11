/**
 * What the case-level rules read: the case, its ages (computed once, on demand) and its
 * episode type.
 * @module
 */
import { ageRangeAtLastContact, ageRangeAtReport } from "../age/index.js";
import type { MissingCase } from "../models/case.js";
import type { EpisodeFacts } from "../models/episode-facts.js";
import { CARE_PLACEMENTS, isCarePlacement } from "../rules/care.js";
import { type Age, ageFromRange } from "./age.js";
import {
  classifyEpisode,
  type EpisodeClassification,
  type EpisodeType,
} from "./classify-episode.js";
import type { CaseOptions } from "./episode-criteria.js";
import { type Expr, inSet, leaf } from "./expr.js";
import { type Tri, triOf } from "./tri.js";

/** A case with lazily computed ages, classification and episode type. @internal */
export type CaseContext = {
  readonly c: MissingCase;
  readonly ageAtReport: Age;
  readonly ageAtLastContact: Age;
  readonly classification: EpisodeClassification;
  readonly episodeType: EpisodeType | "undetermined";
};

/**
 * The episode type of a case from its classification: the primary type, else the type
 * recorded at intake, else `'undetermined'`. @internal
 */
export function episodeTypeFrom(
  c: MissingCase,
  classification: EpisodeClassification,
): EpisodeType | "undetermined" {
  const { primary } = classification;
  if (primary !== "undetermined" && primary !== "none") return primary;
  return c.reportedAs === "unknown" ? "undetermined" : c.reportedAs;
}

/** The context of a case for its rules; each part is computed at most once. @internal */
export function caseContext(c: MissingCase, options?: CaseOptions): CaseContext {
  if (typeof c !== "object" || c === null) throw new TypeError("c must be a case object");
  let atReport: { value: Age } | undefined;
  let atLastContact: { value: Age } | undefined;
  let classified: EpisodeClassification | undefined;
  return {
    c,
    get ageAtReport() {
      atReport ??= { value: ageFromRange(ageRangeAtReport(c, options?.age)) };
      return atReport.value;
    },
    get ageAtLastContact() {
      atLastContact ??= { value: ageFromRange(ageRangeAtLastContact(c, options?.age)) };
      return atLastContact.value;
    },
    get classification() {
      classified ??= classifyEpisode(c.facts ?? {}, { age: this.ageAtLastContact }, options);
      return classified;
    },
    get episodeType() {
      return episodeTypeFrom(c, this.classification);
    },
  };
}

type E = Expr<CaseContext>;

/** A leaf on the age at report. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function ageAtReportIs(text: string, test: (age: Age) => Tri): E {
  return leaf("age at report", `age at report ${text}`, (ctx) => test(ctx.ageAtReport), false);
}

/** A leaf on one episode fact of the case (`facts.<key>`; absent is unknown). @internal */
/* @__NO_SIDE_EFFECTS__ */
export function caseFact(key: keyof EpisodeFacts): E {
  return leaf(`facts.${key}`, `facts.${key}`, (ctx) =>
    triOf(ctx.c.facts?.[key], (v) => v === true),
  );
}

/**
 * A leaf that is true when any of `indicators` is recorded in `riskIndicators`, `'unknown'`
 * when `riskIndicators` is absent (not assessed). @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function recorded(text: string, indicators: readonly string[]): E {
  return leaf("riskIndicators", text, (ctx) =>
    triOf(ctx.c.riskIndicators, (list) => list.some((i) => indicators.includes(i))),
  );
}

/** A leaf: the child went missing from care (`missingFrom`; absent is unknown). @internal */
export const fromCare: E = leaf("missingFrom", inSet("missingFrom", CARE_PLACEMENTS), (ctx) =>
  triOf(ctx.c.missingFrom, isCarePlacement),
);

const ABDUCTIONS: readonly string[] = ["nonfamily-abduction", "family-abduction"];

/**
 * A leaf: the episode type (`episodeTypeOf`) is an abduction (AMB-1, a choice of this
 * library): `'unknown'` only when the type is undetermined; `false` for any other type,
 * even when the facts settled on a lesser type (say runaway) while an abduction type is
 * still unknown. An alert or an EMI entry needs a reasonable belief that an abduction
 * occurred, and an open question is not one. @internal
 */
export const abduction: E = leaf("episodeTypeOf", inSet("episodeTypeOf", ABDUCTIONS), (ctx) => {
  const type = ctx.episodeType;
  return type === "undetermined" ? "unknown" : ABDUCTIONS.includes(type);
});

/** A leaf: the child has a proven disability (`child.disability`; absent is unknown). @internal */
export const childDisability: E = leaf("child.disability", "child.disability", (ctx) =>
  triOf(ctx.c.child.disability, (d) => d),
);

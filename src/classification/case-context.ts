/**
 * What the case-level rules read: the case, its ages (computed once, on demand) and its
 * episode type.
 * @module
 */

import { caseAge } from "../age/case-ages.js";
import { once } from "../lazy/stand-in.js";
import type { MissingCase } from "../models/case.js";
import type { EpisodeFacts } from "../models/episode-facts.js";
import { CARE_PLACEMENTS, isCarePlacement } from "../rules/care.js";
import type { Age } from "./age.js";
import {
  classifyRecord,
  type EpisodeClassification,
  type EpisodeType,
  primaryOfRecord,
} from "./classify-episode.js";
import type { CaseOptions } from "./episode-criteria.js";
import { type Expr, inSet, leaf, valueTest } from "./expr.js";
import { factsRecord } from "./facts-record.js";
import { type Tri, triOf } from "./tri.js";

/** A case with lazily computed ages, facts, classification and episode type. @internal */
export type CaseContext = {
  readonly c: MissingCase;
  readonly ageAtReport: Age;
  readonly ageAtLastContact: Age;
  /** The case's facts (`{}` when absent) in one fixed shape (see `facts-record.ts`). */
  readonly facts: EpisodeFacts;
  readonly classification: EpisodeClassification;
  readonly episodeType: EpisodeType | "undetermined";
};

/**
 * The episode type of a case from its classification's primary type: that type, else the
 * type recorded at intake, else `'undetermined'`. @internal
 */
export function episodeTypeFrom(
  c: MissingCase,
  primary: EpisodeClassification["primary"],
): EpisodeType | "undetermined" {
  if (primary !== "undetermined" && primary !== "none") return primary;
  return c.reportedAs === "unknown" ? "undetermined" : c.reportedAs;
}

/** Not computed yet (no age, facts or classification is `null`). */
const UNSET = null;

/**
 * A case's context: a class rather than an object literal with getters, which V8 builds
 * slowly (every call allocated its accessors and closures).
 */
class Context implements CaseContext {
  private report: Age | typeof UNSET = UNSET;
  private lastContact: Age | typeof UNSET = UNSET;
  private record: EpisodeFacts | typeof UNSET = UNSET;
  private classified: EpisodeClassification | typeof UNSET = UNSET;

  constructor(
    readonly c: MissingCase,
    private readonly options: CaseOptions | undefined,
  ) {}

  get ageAtReport(): Age {
    if (this.report === UNSET) {
      this.report = caseAge(this.c, "report", this.options?.age);
    }
    return this.report;
  }

  get ageAtLastContact(): Age {
    if (this.lastContact === UNSET) {
      this.lastContact = caseAge(this.c, "lastContact", this.options?.age);
    }
    return this.lastContact;
  }

  get facts(): EpisodeFacts {
    if (this.record === UNSET) this.record = factsRecord(this.c.facts ?? {});
    return this.record;
  }

  get classification(): EpisodeClassification {
    if (this.classified === UNSET) {
      const age = this.checkedAge();
      this.classified = classifyRecord(this.facts, age, this.classifyOptions());
    }
    return this.classified;
  }

  get episodeType(): EpisodeType | "undetermined" {
    // Only the primary type is read: the full result (criteria, missing facts) is not built.
    const primary =
      this.classified !== UNSET
        ? this.classified.primary
        : primaryOfRecord(this.facts, this.checkedAge(), this.classifyOptions());
    return episodeTypeFrom(this.c, primary);
  }

  /** The age at last contact, after the facts are checked (in classifyEpisode's order). */
  private checkedAge(): Age {
    const facts: unknown = this.c.facts ?? {};
    const age = this.ageAtLastContact;
    if (typeof facts !== "object" || facts === null) {
      throw new TypeError("facts must be an object");
    }
    return age;
  }

  private classifyOptions(): CaseOptions {
    return this.options === undefined ? NO_OPTIONS : this.options;
  }
}

const NO_OPTIONS: CaseOptions = Object.freeze({});

/** The context of a case for its rules; each part is computed at most once. @internal */
export function caseContext(c: MissingCase, options?: CaseOptions): CaseContext {
  if (typeof c !== "object" || c === null) throw new TypeError("c must be a case object");
  return new Context(c, options);
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
  return valueTest(["facts", key], `facts.${key}`, { equals: true });
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
export const fromCare = /* @__PURE__ */ once(
  (): E =>
    leaf("missingFrom", inSet("missingFrom", CARE_PLACEMENTS), (ctx) =>
      triOf(ctx.c.missingFrom, isCarePlacement),
    ),
);

const ABDUCTIONS: readonly string[] = ["nonfamily-abduction", "family-abduction"];

/**
 * A leaf: the episode type (`episodeTypeOf`) is an abduction (AMB-1, a choice of this
 * library): `'unknown'` only when the type is undetermined; `false` for any other type,
 * even when the facts settled on a lesser type (say runaway) while an abduction type is
 * still unknown. An alert or an EMI entry needs a reasonable belief that an abduction
 * occurred, and an open question is not one. @internal
 */
export const abduction = /* @__PURE__ */ once(
  (): E =>
    leaf("episodeTypeOf", inSet("episodeTypeOf", ABDUCTIONS), (ctx) => {
      const type = ctx.episodeType;
      return type === "undetermined" ? "unknown" : ABDUCTIONS.includes(type);
    }),
);

/** A leaf: the child has a proven disability (`child.disability`; absent is unknown). @internal */
export const childDisability = /* @__PURE__ */ once(
  (): E =>
    leaf("child.disability", "child.disability", (ctx) => triOf(ctx.c.child.disability, (d) => d)),
);

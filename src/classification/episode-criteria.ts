/**
 * The NISMART-2 episode criteria as data: VOC-1, VOC-2, EP-1 … EP-6 and the flags EP-3b and
 * EP-4b, in the precedence order EP-P.
 * @module
 */
import type { AgeOptions } from "../age/index.js";
import { once } from "../lazy/stand-in.js";
import type { EpisodeFacts } from "../models/episode-facts.js";
import { type Age, ageAtLeast, ageAtMost, ageBelow } from "./age.js";
import {
  all,
  any,
  type CriterionDef,
  defineCriterion,
  type Expr,
  frozen,
  type InlineTest,
  leaf,
  ref,
  valueTest,
  when,
} from "./expr.js";
import type { Tri } from "./tri.js";

/**
 * The optional limbs of EP-4 (c), which no source confirms (**unverified**): both off by
 * default.
 *
 * @example
 * ```ts
 * const opts: ClassifyOptions = { lureIntentToHarm: true };
 * classifyEpisode({ takenBy: "stranger", lured: true, perpetratorPurpose: "harm" }, { age: 12 }, opts);
 * ```
 */
export type ClassifyOptions = {
  /** EP-4 (c) also counts a lured child who is mentally incompetent, whatever the age (unverified). */
  readonly lureMentallyIncompetent?: boolean;
  /** EP-4 (c) also counts luring with intent to harm (`perpetratorPurpose: 'harm'`; unverified). */
  readonly lureIntentToHarm?: boolean;
};

/**
 * Options of the case-level functions: the EP-4 (c) limbs, and how ages are counted
 * (`ageOn`'s options: AGE-3 anniversary or common-law, AGE-4 leap day; defaults as there).
 *
 * @example
 * ```ts
 * isMissingChild(c, "ncmec", { age: { rule: "common-law" } }); // 18 the day before the birthday
 * ```
 */
export type CaseOptions = ClassifyOptions & { readonly age?: AgeOptions };

/** What the episode rules read. @internal */
export type EpisodeContext = {
  readonly facts: EpisodeFacts;
  readonly age: Age;
  readonly options: ClassifyOptions;
};

type Key = keyof EpisodeFacts;
type E = Expr<EpisodeContext>;

/** A fact, tested in line by compiled criteria (see `InlineTest`); its text says the test. */
/* @__NO_SIDE_EFFECTS__ */
function fact(key: Key, inline: InlineTest): E {
  return valueTest(["facts", key], key, inline);
}
/* @__NO_SIDE_EFFECTS__ */
function yes(key: Key): E {
  return fact(key, { equals: true });
}
/* @__NO_SIDE_EFFECTS__ */
function no(key: Key): E {
  return fact(key, { equals: false });
}
/* @__NO_SIDE_EFFECTS__ */
function age(text: string, test: (a: Age) => Tri): E {
  return leaf("age", `age ${text}`, (ctx) => test(ctx.age), false);
}
/* @__NO_SIDE_EFFECTS__ */
function purposeIn(purposes: readonly string[]): E {
  return fact("perpetratorPurpose", { oneOf: purposes });
}

/**
 * Every episode criterion, in the order `classifyEpisode` reports them: the six episode
 * types in precedence order (EP-P), then the two flags and the two missing measures.
 * Built on first use.
 * @internal
 */
export const episodeCriteria = /* @__PURE__ */ once(buildEpisodeCriteria);

function buildEpisodeCriteria(): readonly CriterionDef<EpisodeContext>[] {
  const nights1 = fact("nightsAway", { atLeast: 1 });
  const family = fact("takenBy", { equals: "family-member" });
  const NONFAMILY = ["acquaintance", "slight-acquaintance", "stranger"];
  const nonfamily = fact("takenBy", { oneOf: NONFAMILY });

  /** VOC-1 caretaker missing. */
  const caretakerMissing = defineCriterion<EpisodeContext>({
    id: "caretaker-missing",
    ruleId: "VOC-1",
    expr: all(
      yes("whereaboutsUnknownToCaretaker"),
      fact("caretakerAlarmedMinutes", { atLeast: 60 }),
      yes("caretakerTriedToLocate"),
    ),
  });

  /** EP-4 nonfamily abduction. */
  const nonfamilyAbduction = defineCriterion<EpisodeContext>({
    id: "nonfamily-abduction",
    ruleId: "EP-4",
    note: "Limbs (a) and (b) are read together from `forceOrThreat`, which records force or threat in either; `detainedMinutes` and `isolatedPlace` say which, and no criterion reads them.",
    expr: all(
      nonfamily,
      any(
        yes("forceOrThreat"),
        all(
          yes("lured"),
          any(
            age("< 15", (a) => ageBelow(a, 15)),
            when(
              "lureMentallyIncompetent",
              (ctx) => ctx.options.lureMentallyIncompetent === true,
              yes("mentallyIncompetent"),
            ),
          ),
          any(
            purposeIn(["ransom", "concealment", "keep-permanently"]),
            when(
              "lureIntentToHarm",
              (ctx) => ctx.options.lureIntentToHarm === true,
              purposeIn(["harm"]),
            ),
          ),
        ),
      ),
    ),
  });

  /** EP-3 family abduction. */
  const familyAbduction = defineCriterion<EpisodeContext>({
    id: "family-abduction",
    ruleId: "EP-3",
    expr: all(
      age("< 18", (a) => ageBelow(a, 18)),
      family,
      yes("custodyViolation"),
      any(yes("concealment"), yes("flight"), yes("intentToDeprive")),
      any(
        age("< 15", (a) => ageBelow(a, 15)),
        yes("forceOrThreat"),
        yes("mentallyIncompetent"),
      ),
    ),
  });

  /** EP-2 thrownaway. */
  const thrownaway = defineCriterion<EpisodeContext>({
    id: "thrownaway",
    ruleId: "EP-2",
    expr: all(
      any(yes("toldToLeave"), yes("preventedFromReturning")),
      no("alternativeCareArranged"),
      nights1,
    ),
  });

  /** EP-1 runaway. */
  const runaway = defineCriterion<EpisodeContext>({
    id: "runaway",
    ruleId: "EP-1",
    expr: any(
      all(yes("leftWithoutPermission"), nights1),
      all(
        yes("choseNotToReturn"),
        any(
          age("≤ 14", (a) => ageAtMost(a, 14)),
          yes("mentallyIncompetent"),
        ),
        nights1,
      ),
      all(
        yes("choseNotToReturn"),
        age("≥ 15", (a) => ageAtLeast(a, 15)),
        fact("nightsAway", { atLeast: 2 }),
      ),
    ),
  });

  /** EP-5 lost, stranded or injured. */
  const lostInjured = defineCriterion<EpisodeContext>({
    id: "lost-injured",
    ruleId: "EP-5",
    expr: all(ref(caretakerMissing), any(yes("lostStrandedOrInjured"), yes("tooYoungToReturn"))),
  });

  /** EP-6 benign explanation. */
  const benignExplanation = defineCriterion<EpisodeContext>({
    id: "benign-explanation",
    ruleId: "EP-6",
    note: "Read without VOC-2: a benign episode need not have been reported.",
    expr: all(ref(caretakerMissing), yes("benignReason")),
  });

  /** EP-4b stereotypical kidnapping (flag). */
  const stereotypicalKidnapping = defineCriterion<EpisodeContext>({
    id: "stereotypical-kidnapping",
    ruleId: "EP-4b",
    expr: all(
      ref(nonfamilyAbduction),
      fact("takenBy", {
        oneOf: ["stranger", "slight-acquaintance"],
      }),
      any(
        yes("detainedOvernight"),
        fact("milesTransported", { atLeast: 50 }),
        purposeIn(["ransom", "keep-permanently"]),
        yes("killed"),
      ),
    ),
  });

  /** EP-3b custodial interference (flag). */
  const custodialInterference = defineCriterion<EpisodeContext>({
    id: "custodial-interference",
    ruleId: "EP-3b",
    expr: all(
      family,
      yes("custodyViolation"),
      no("concealment"),
      no("flight"),
      no("intentToDeprive"),
    ),
  });

  /** VOC-2 reported missing. */
  const reportedMissing = defineCriterion<EpisodeContext>({
    id: "reported-missing",
    ruleId: "VOC-2",
    expr: all(ref(caretakerMissing), yes("contactedPolice")),
  });

  return frozen([
    nonfamilyAbduction,
    familyAbduction,
    thrownaway,
    runaway,
    lostInjured,
    benignExplanation,
    stereotypicalKidnapping,
    custodialInterference,
    caretakerMissing,
    reportedMissing,
  ]);
}

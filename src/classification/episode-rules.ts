/**
 * The NISMART-2 episode criteria (DOMAIN.md §3, VOC-1/2, EP-1…EP-6) as data, read as the
 * API.md "Classification" table says (it governs where DOMAIN.md reads differently).
 * @module
 */
import type { AgeOptions } from "../age/index.js";
import type { EpisodeFacts } from "../models/episode-facts.js";
import { type Age, ageAtLeast, ageAtMost, ageBelow } from "./age.js";
import {
  all,
  any,
  defineRule,
  type Expr,
  frozen,
  inSet,
  leaf,
  type Rule,
  ref,
  when,
} from "./rule.js";
import type { Tri } from "./tri.js";

/**
 * The optional limbs of EP-4 (c) that DOMAIN.md marks [U] (**unverified**; source
 * https://www.ncjrs.gov/html/ojjdp/nismart/03/ns2.html): both off by default.
 *
 * @example
 * ```ts
 * const opts: ClassifyOptions = { lureIntentToHarm: true };
 * classifyEpisode({ takenBy: "stranger", lured: true, perpetratorPurpose: "harm" }, { age: 12 }, opts);
 * ```
 */
export type ClassifyOptions = {
  /** EP-4 (c) also counts a lured child who is mentally incompetent, whatever the age. [U] */
  readonly lureMentallyIncompetent?: boolean;
  /** EP-4 (c) also counts luring with intent to harm (`perpetratorPurpose: 'harm'`). [U] */
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

const NISMART_CHILD = "https://www.ncjrs.gov/html/ojjdp/nismart/02/ns1.html";
const NISMART_MISSING = "https://www.ncjrs.gov/html/ojjdp/nismart/02/ns2.html";
const NISMART_NONFAMILY = "https://www.ncjrs.gov/html/ojjdp/nismart/03/ns2.html";
const NISMART_DESIGN = "https://www.ncjrs.gov/html/ojjdp/2000_04_4/nis.html";

/* @__NO_SIDE_EFFECTS__ */
function fact<K extends Key>(
  key: K,
  text: string,
  test: (value: NonNullable<EpisodeFacts[K]>, ctx: EpisodeContext) => boolean,
): E {
  return leaf(key, text, (ctx) => {
    const v = ctx.facts[key] as NonNullable<EpisodeFacts[K]> | undefined;
    return v === undefined ? "unknown" : test(v, ctx);
  });
}
/* @__NO_SIDE_EFFECTS__ */
function yes(key: Key): E {
  return fact(key, key, (v) => v === true);
}
/* @__NO_SIDE_EFFECTS__ */
function no(key: Key): E {
  return fact(key, `¬${key}`, (v) => v === false);
}
/* @__NO_SIDE_EFFECTS__ */
function age(text: string, test: (a: Age) => Tri): E {
  return leaf("age", `age ${text}`, (ctx) => test(ctx.age), false);
}
/* @__NO_SIDE_EFFECTS__ */
function purposeIn(purposes: readonly string[]): E {
  return fact("perpetratorPurpose", inSet("perpetratorPurpose", purposes), (p) =>
    purposes.includes(p),
  );
}

const nights1 = fact("nightsAway", "nightsAway ≥ 1", (n) => n >= 1);
const family = fact("takenBy", "takenBy = family-member", (t) => t === "family-member");
const NONFAMILY = ["acquaintance", "slight-acquaintance", "stranger"];
const nonfamily = fact("takenBy", inSet("takenBy", NONFAMILY), (t) => NONFAMILY.includes(t));

/** VOC-1 caretaker missing. */
const caretakerMissing = defineRule<EpisodeContext>({
  id: "caretaker-missing",
  ruleId: "VOC-1",
  description:
    "Whereabouts unknown to the primary caretaker, who was alarmed for at least 60 minutes and tried to locate the child.",
  sources: [NISMART_MISSING, "https://www.ncjrs.gov/html/ojjdp/nismart/04/ns4.html"],
  tag: "V",
  expr: all(
    yes("whereaboutsUnknownToCaretaker"),
    fact("caretakerAlarmedMinutes", "caretakerAlarmedMinutes ≥ 60", (m) => m >= 60),
    yes("caretakerTriedToLocate"),
  ),
});

/** EP-4 nonfamily abduction. */
const nonfamilyAbduction = defineRule<EpisodeContext>({
  id: "nonfamily-abduction",
  ruleId: "EP-4",
  description:
    "A non-family perpetrator (a) moved the child, or (b) held them at least 60 minutes in an isolated place, by force or threat (`forceOrThreat` records either; `detainedMinutes` and `isolatedPlace` say which), or (c) lured a child under 15 for ransom, concealment or to keep permanently. The limbs of (c) 'or mentally incompetent' and 'intent to harm' are unverified options, off by default.",
  sources: [NISMART_NONFAMILY],
  tag: "V",
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
const familyAbduction = defineRule<EpisodeContext>({
  id: "family-abduction",
  ruleId: "EP-3",
  description:
    "A family member took or kept a child under 18 in violation of a custody order or right, with concealment, flight or intent to deprive indefinitely, and the child was under 15, or force or threat was used, or the child is mentally incompetent.",
  sources: [NISMART_CHILD],
  tag: "V",
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
const thrownaway = defineRule<EpisodeContext>({
  id: "thrownaway",
  ruleId: "EP-2",
  description:
    "Told to leave, or prevented from returning, by a household adult, with no adequate alternative care arranged, and away at least one night. The meaning (abandoned, forced out and barred, or left wholly unsupervised) is verified; these exact criteria are not.",
  sources: [NISMART_DESIGN],
  tag: "U",
  expr: all(
    any(yes("toldToLeave"), yes("preventedFromReturning")),
    no("alternativeCareArranged"),
    nights1,
  ),
});

/** EP-1 runaway. */
const runaway = defineRule<EpisodeContext>({
  id: "runaway",
  ruleId: "EP-1",
  description:
    "(a) Left without permission and away at least one night; or, already away and choosing not to return, (b) aged 14 or under (or mentally incompetent) and away at least one night, or (c) aged 15 or over and away at least two nights.",
  sources: [
    "https://docslib.org/doc/13224669/runaway-thrownaway-children-national-estimates-and-characteristics",
  ],
  tag: "V",
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
      fact("nightsAway", "nightsAway ≥ 2", (n) => n >= 2),
    ),
  ),
});

/** EP-5 lost, stranded or injured. */
const lostInjured = defineRule<EpisodeContext>({
  id: "lost-injured",
  ruleId: "EP-5",
  description:
    "Caretaker missing (VOC-1), and the child was lost, stranded or injured trying to get home or reach the caretaker, or too young to know how.",
  sources: ["https://nenawiki.org/wiki/Lost_otherwise_missing"],
  tag: "P",
  expr: all(ref(caretakerMissing), any(yes("lostStrandedOrInjured"), yes("tooYoungToReturn"))),
});

/** EP-6 benign explanation. */
const benignExplanation = defineRule<EpisodeContext>({
  id: "benign-explanation",
  ruleId: "EP-6",
  description:
    "Caretaker missing (VOC-1) for a harmless cause: miscommunication, unforeseen delay, conflicting expectations. The exact criteria, and whether VOC-2 is also needed, are not verified.",
  sources: [
    "https://www.ojjdp.ojp.gov/library/publications/national-estimates-missing-children-overview",
  ],
  tag: "U",
  expr: all(ref(caretakerMissing), yes("benignReason")),
});

/** EP-4b stereotypical kidnapping (flag). */
const stereotypicalKidnapping = defineRule<EpisodeContext>({
  id: "stereotypical-kidnapping",
  ruleId: "EP-4b",
  description:
    "A nonfamily abduction by a stranger or slight acquaintance in which the child was detained overnight, moved at least 50 miles, held for ransom or to keep permanently, or killed.",
  sources: [NISMART_NONFAMILY],
  tag: "V",
  expr: all(
    ref(nonfamilyAbduction),
    fact(
      "takenBy",
      "takenBy ∈ {stranger, slight-acquaintance}",
      (t) => t === "stranger" || t === "slight-acquaintance",
    ),
    any(
      yes("detainedOvernight"),
      fact("milesTransported", "milesTransported ≥ 50", (m) => m >= 50),
      purposeIn(["ransom", "keep-permanently"]),
      yes("killed"),
    ),
  ),
});

/** EP-3b custodial interference (flag). */
const custodialInterference = defineRule<EpisodeContext>({
  id: "custodial-interference",
  ruleId: "EP-3b",
  description:
    "A family member took or kept the child in violation of custody, without concealment, flight or intent to deprive.",
  sources: [NISMART_DESIGN],
  tag: "V",
  expr: all(
    family,
    yes("custodyViolation"),
    no("concealment"),
    no("flight"),
    no("intentToDeprive"),
  ),
});

/** VOC-2 reported missing. */
const reportedMissing = defineRule<EpisodeContext>({
  id: "reported-missing",
  ruleId: "VOC-2",
  description:
    "Caretaker missing (VOC-1), and the caretaker contacted police or a missing-children agency for help.",
  sources: [NISMART_MISSING],
  tag: "V",
  expr: all(ref(caretakerMissing), yes("contactedPolice")),
});

/**
 * Every episode criterion, in the order `classifyEpisode` reports them: the six episode
 * types in precedence order (EP-P), then the two flags and the two missing measures.
 * @internal
 */
export const EPISODE_RULES: readonly Rule<EpisodeContext>[] = frozen([
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

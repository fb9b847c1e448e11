/**
 * Vignettes written from the rule book's definitions (VOC-1, VOC-2, EP-1…EP-6): short episodes
 * with the expected primary type, types and flags. They cover every threshold on both sides.
 */
import type { Age, ClassifyOptions, EpisodeFacts, EpisodeType, Tri } from "../../src/index.js";

export type Vignette = {
  readonly name: string;
  readonly age: Age;
  readonly facts: EpisodeFacts;
  readonly options?: ClassifyOptions;
  readonly primary: EpisodeType | "undetermined" | "none";
  /** [stereotypicalKidnapping, custodialInterference, caretakerMissing, reportedMissing] */
  readonly flags: readonly [Tri, Tri, Tri, Tri];
  readonly types?: readonly EpisodeType[];
  readonly missingFacts?: readonly (keyof EpisodeFacts)[];
};

const T = true;
const F = false;
const U = "unknown";

/** Facts that rule every type out, so that a vignette decides only what it sets. */
export const NOTHING_ELSE: EpisodeFacts = Object.freeze({
  leftWithoutPermission: false,
  choseNotToReturn: false,
  toldToLeave: false,
  preventedFromReturning: false,
  takenBy: "none",
  lostStrandedOrInjured: false,
  tooYoungToReturn: false,
  benignReason: false,
  whereaboutsUnknownToCaretaker: false,
});

const f = (facts: EpisodeFacts): EpisodeFacts => ({ ...NOTHING_ELSE, ...facts });
const caretaker = (minutes: number): EpisodeFacts => ({
  whereaboutsUnknownToCaretaker: true,
  caretakerAlarmedMinutes: minutes,
  caretakerTriedToLocate: true,
});
const stranger = (facts: EpisodeFacts): EpisodeFacts => f({ takenBy: "stranger", ...facts });
const family = (facts: EpisodeFacts): EpisodeFacts =>
  f({ takenBy: "family-member", custodyViolation: true, ...facts });

export const VIGNETTES: readonly Vignette[] = [
  // EP-1 runaway: (a) left without permission, 0/1/2 nights
  {
    name: "left without permission, home the same evening (0 nights)",
    age: 15,
    facts: f({ leftWithoutPermission: true, nightsAway: 0 }),
    primary: "none",
    flags: [F, F, F, F],
    types: [],
  },
  {
    name: "left without permission, 1 night",
    age: 15,
    facts: f({ leftWithoutPermission: true, nightsAway: 1 }),
    primary: "runaway",
    flags: [F, F, F, F],
    types: ["runaway"],
  },
  {
    name: "left without permission, 2 nights",
    age: 17,
    facts: f({ leftWithoutPermission: true, nightsAway: 2 }),
    primary: "runaway",
    flags: [F, F, F, F],
  },
  {
    name: "left without permission, nights not known",
    age: 16,
    facts: f({ leftWithoutPermission: true }),
    primary: "undetermined",
    flags: [F, F, F, F],
    missingFacts: ["nightsAway"],
  },
  // EP-1 (b)/(c) chose not to return: ages 13/14/15, nights 0/1/2
  {
    name: "13-year-old stays away 1 night past curfew",
    age: 13,
    facts: f({ choseNotToReturn: true, nightsAway: 1 }),
    primary: "runaway",
    flags: [F, F, F, F],
  },
  {
    name: "13-year-old stays away but home before night (0 nights)",
    age: 13,
    facts: f({ choseNotToReturn: true, nightsAway: 0 }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "14-year-old chooses not to return, 1 night",
    age: 14,
    facts: f({ choseNotToReturn: true, nightsAway: 1 }),
    primary: "runaway",
    flags: [F, F, F, F],
  },
  {
    name: "15-year-old chooses not to return, 1 night",
    age: 15,
    facts: f({ choseNotToReturn: true, nightsAway: 1, mentallyIncompetent: false }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "15-year-old chooses not to return, 1 night, competence not known",
    age: 15,
    facts: f({ choseNotToReturn: true, nightsAway: 1 }),
    primary: "undetermined",
    flags: [F, F, F, F],
    missingFacts: ["mentallyIncompetent"],
  },
  {
    name: "15-year-old chooses not to return, 2 nights",
    age: 15,
    facts: f({ choseNotToReturn: true, nightsAway: 2 }),
    primary: "runaway",
    flags: [F, F, F, F],
  },
  {
    name: "17-year-old, mentally incompetent, chooses not to return, 1 night",
    age: 17,
    facts: f({ choseNotToReturn: true, nightsAway: 1, mentallyIncompetent: true }),
    primary: "runaway",
    flags: [F, F, F, F],
  },
  {
    name: "14 or 15 (birth year only), 1 night: the age decides",
    age: { min: 14, max: 15 },
    facts: f({ choseNotToReturn: true, nightsAway: 1, mentallyIncompetent: false }),
    primary: "undetermined",
    flags: [F, F, F, F],
    missingFacts: [],
  },
  {
    name: "14 or 15 (birth year only), 1 night, competence not known",
    age: { min: 14, max: 15 },
    facts: f({ choseNotToReturn: true, nightsAway: 1 }),
    primary: "undetermined",
    flags: [F, F, F, F],
    missingFacts: ["mentallyIncompetent"],
  },
  // EP-2 thrownaway
  {
    name: "told to leave, no alternative care, 1 night",
    age: 16,
    facts: f({ toldToLeave: true, alternativeCareArranged: false, nightsAway: 1 }),
    primary: "thrownaway",
    flags: [F, F, F, F],
    types: ["thrownaway"],
  },
  {
    name: "told to leave, stayed with an aunt as arranged",
    age: 16,
    facts: f({ toldToLeave: true, alternativeCareArranged: true, nightsAway: 3 }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "locked out for the evening only (0 nights)",
    age: 15,
    facts: f({ preventedFromReturning: true, alternativeCareArranged: false, nightsAway: 0 }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "prevented from returning, 2 nights",
    age: 15,
    facts: f({ preventedFromReturning: true, alternativeCareArranged: false, nightsAway: 2 }),
    primary: "thrownaway",
    flags: [F, F, F, F],
  },
  {
    name: "told to leave, whether care was arranged not known",
    age: 16,
    facts: f({ toldToLeave: true, nightsAway: 1 }),
    primary: "undetermined",
    flags: [F, F, F, F],
    missingFacts: ["alternativeCareArranged"],
  },
  {
    name: "ran, then told not to come back: thrownaway before runaway",
    age: 16,
    facts: f({
      leftWithoutPermission: true,
      preventedFromReturning: true,
      alternativeCareArranged: false,
      nightsAway: 2,
    }),
    primary: "thrownaway",
    flags: [F, F, F, F],
    types: ["thrownaway", "runaway"],
  },
  // EP-3 family abduction and EP-3b custodial interference: ages 14/15/17/18
  {
    name: "2-year-old taken by a non-custodial parent and hidden",
    age: 2,
    facts: family({ concealment: true }),
    primary: "family-abduction",
    flags: [F, F, F, F],
    types: ["family-abduction"],
  },
  {
    name: "14-year-old taken out of state by a parent",
    age: 14,
    facts: family({ flight: true }),
    primary: "family-abduction",
    flags: [F, F, F, F],
  },
  {
    name: "15-year-old taken out of state by a parent, no force",
    age: 15,
    facts: family({ flight: true, forceOrThreat: false, mentallyIncompetent: false }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "15-year-old kept by a parent, threatened",
    age: 15,
    facts: family({ intentToDeprive: true, forceOrThreat: true }),
    primary: "family-abduction",
    flags: [F, F, F, F],
  },
  {
    name: "17-year-old mentally incompetent, hidden by an uncle",
    age: 17,
    facts: family({ concealment: true, mentallyIncompetent: true }),
    primary: "family-abduction",
    flags: [F, F, F, F],
  },
  {
    name: "18-year-old taken by force by a parent: not a child",
    age: 18,
    facts: family({ concealment: true, forceOrThreat: true }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "parent keeps a 10-year-old past a visit, no hiding or flight",
    age: 10,
    facts: family({ concealment: false, flight: false, intentToDeprive: false }),
    primary: "none",
    flags: [F, T, F, F],
  },
  {
    name: "parent keeps a 10-year-old, whether hidden not known",
    age: 10,
    facts: family({}),
    primary: "undetermined",
    flags: [F, U, F, F],
    missingFacts: ["concealment", "flight", "intentToDeprive"],
  },
  // EP-4 nonfamily abduction and EP-4b stereotypical kidnapping: 49 vs 50 miles
  {
    name: "stranger forces a 9-year-old into a car, 50 miles",
    age: 9,
    facts: stranger({ forceOrThreat: true, milesTransported: 50 }),
    primary: "nonfamily-abduction",
    flags: [T, F, F, F],
  },
  {
    name: "stranger forces a 9-year-old into a car, 49 miles, released same day",
    age: 9,
    facts: stranger({
      forceOrThreat: true,
      milesTransported: 49,
      detainedOvernight: false,
      perpetratorPurpose: "other",
      killed: false,
    }),
    primary: "nonfamily-abduction",
    flags: [F, F, F, F],
  },
  {
    name: "acquaintance forces a 12-year-old 100 miles away",
    age: 12,
    facts: f({ takenBy: "acquaintance", forceOrThreat: true, milesTransported: 100 }),
    primary: "nonfamily-abduction",
    flags: [F, F, F, F],
  },
  {
    name: "slight acquaintance lures a 14-year-old for ransom",
    age: 14,
    facts: f({
      takenBy: "slight-acquaintance",
      forceOrThreat: false,
      lured: true,
      perpetratorPurpose: "ransom",
    }),
    primary: "nonfamily-abduction",
    flags: [T, F, F, F],
  },
  {
    name: "stranger lures a 15-year-old for ransom, no force",
    age: 15,
    facts: stranger({ forceOrThreat: false, lured: true, perpetratorPurpose: "ransom" }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "stranger lures a 14-year-old intending harm (option off)",
    age: 14,
    facts: stranger({ forceOrThreat: false, lured: true, perpetratorPurpose: "harm" }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "stranger lures a 14-year-old intending harm (option on)",
    age: 14,
    facts: stranger({ forceOrThreat: false, lured: true, perpetratorPurpose: "harm" }),
    options: { lureIntentToHarm: true },
    primary: "nonfamily-abduction",
    flags: [U, F, F, F],
  },
  {
    name: "stranger lures an incompetent 16-year-old to keep (option off)",
    age: 16,
    facts: stranger({
      forceOrThreat: false,
      lured: true,
      mentallyIncompetent: true,
      perpetratorPurpose: "keep-permanently",
    }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "stranger lures an incompetent 16-year-old to keep (option on)",
    age: 16,
    facts: stranger({
      forceOrThreat: false,
      lured: true,
      mentallyIncompetent: true,
      perpetratorPurpose: "keep-permanently",
    }),
    options: { lureMentallyIncompetent: true },
    primary: "nonfamily-abduction",
    flags: [T, F, F, F],
  },
  {
    name: "stranger holds a 10-year-old 60 minutes in an isolated place, overnight",
    age: 10,
    facts: stranger({
      forceOrThreat: true,
      detainedMinutes: 60,
      isolatedPlace: true,
      detainedOvernight: true,
    }),
    primary: "nonfamily-abduction",
    flags: [T, F, F, F],
  },
  {
    name: "child killed by a stranger",
    age: 11,
    facts: stranger({ forceOrThreat: true, killed: true }),
    primary: "nonfamily-abduction",
    flags: [T, F, F, F],
  },
  {
    name: "runaway later abducted by a stranger",
    age: 16,
    facts: stranger({ leftWithoutPermission: true, nightsAway: 2, forceOrThreat: true }),
    primary: "nonfamily-abduction",
    flags: [U, F, F, F],
    types: ["nonfamily-abduction", "runaway"],
  },
  {
    name: "stranger involved, how not known",
    age: 12,
    facts: stranger({}),
    primary: "undetermined",
    flags: [U, F, F, F],
    missingFacts: [
      "forceOrThreat",
      "lured",
      "perpetratorPurpose",
      "detainedOvernight",
      "milesTransported",
      "killed",
    ],
  },
  // VOC-1/2, EP-5, EP-6: 59 vs 60 minutes
  {
    name: "lost at a fair, caretaker alarmed 60 minutes and searched",
    age: 6,
    facts: f({ ...caretaker(60), lostStrandedOrInjured: true }),
    primary: "lost-injured",
    flags: [F, F, T, U],
  },
  {
    name: "lost at a fair, found after 59 minutes",
    age: 6,
    facts: f({ ...caretaker(59), lostStrandedOrInjured: true }),
    primary: "none",
    flags: [F, F, F, F],
  },
  {
    name: "4-year-old wandered off, too young to find the way home",
    age: 4,
    facts: f({ ...caretaker(90), tooYoungToReturn: true, contactedPolice: true }),
    primary: "lost-injured",
    flags: [F, F, T, T],
  },
  {
    name: "miscommunication about a sleepover, police called",
    age: 12,
    facts: f({ ...caretaker(120), benignReason: true, contactedPolice: true }),
    primary: "benign-explanation",
    flags: [F, F, T, T],
  },
  {
    name: "late bus, caretaker searched but never called police",
    age: 12,
    facts: f({ ...caretaker(120), benignReason: true, contactedPolice: false }),
    primary: "benign-explanation",
    flags: [F, F, T, F],
  },
  {
    name: "caretaker searching, whether police were called not known",
    age: 12,
    facts: f({ ...caretaker(75), benignReason: true }),
    primary: "benign-explanation",
    flags: [F, F, T, U],
    missingFacts: ["contactedPolice"],
  },
  {
    name: "injured on the way home after a delay",
    age: 11,
    facts: f({ ...caretaker(180), lostStrandedOrInjured: true, benignReason: true }),
    primary: "lost-injured",
    flags: [F, F, T, U],
    types: ["lost-injured", "benign-explanation"],
  },
  {
    name: "caretaker not alarmed (whereabouts known)",
    age: 11,
    facts: f({ whereaboutsUnknownToCaretaker: false, benignReason: true }),
    primary: "none",
    flags: [F, F, F, F],
  },
  // Nothing known
  {
    name: "nothing known",
    age: 15,
    facts: {},
    primary: "undetermined",
    flags: [U, U, U, U],
  },
  {
    name: "every type ruled out, age not known",
    age: undefined,
    facts: f({}),
    primary: "none",
    flags: [F, F, F, F],
    types: [],
  },
];

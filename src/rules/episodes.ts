/**
 * NISMART-2 episode types, their two flags and the precedence between types.
 * @module
 */
import { NISMART_02_1, NISMART_03_2, NISMART_DESIGN, NISMART_OVERVIEW } from "./sources.js";
import { type Rule, rule } from "./types.js";

/** The episode rules, in book order. (made when the rule book is first read) @internal */
export function EPISODE_RULES(): readonly Rule[] {
  return [
    rule({
      id: "EP-1",
      title: "Runaway",
      statement:
        "A runaway episode is one where (a) the child left home without permission and stayed away at least one night; or the child, already away, chose not to come back when expected and (b) was 14 or younger, or mentally incompetent, and stayed away at least one night, or (c) was 15 or older and stayed away at least two nights.",
      status: "verified",
      sources: [
        {
          title:
            "Runaway/Thrownaway Children: National Estimates and Characteristics (NISMART-2 bulletin, docslib copy)",
          url: "https://docslib.org/doc/13224669/runaway-thrownaway-children-national-estimates-and-characteristics",
        },
        NISMART_DESIGN,
      ],
    }),
    rule({
      id: "EP-2",
      title: "Thrownaway",
      statement:
        "A thrownaway episode is one where a parent or another adult of the household told the child to leave, or kept the child from coming back, no adult of the household arranged adequate care elsewhere, and the child was away at least one night. What the type means (abandoned, forced out and barred from returning, or left wholly unsupervised) is confirmed; these exact criteria are not.",
      status: "unverified",
      sources: [NISMART_DESIGN],
    }),
    rule({
      id: "EP-3",
      title: "Family abduction",
      statement:
        "A family abduction is one where a family member took or kept a child under 18 against a custody order or another lawful custodial right, with concealment, flight or the intent to deprive someone of custody indefinitely, and the child was under 15, or force or threat was used, or the child is mentally incompetent. Keeping means not returning the child; concealment hides the taking or the whereabouts to prevent return or contact; flight takes, or means to take, the child out of the state to make recovery harder. A family member is a biological, adoptive or foster relative, someone acting for one, or a relative's romantic partner.",
      status: "verified",
      sources: [NISMART_02_1],
    }),
    rule({
      id: "EP-3b",
      title: "Custodial interference",
      statement:
        "A flag, not a type: a family member took or kept the child against custody, but with no concealment, no flight and no intent to deprive indefinitely.",
      status: "verified",
      sources: [NISMART_DESIGN],
    }),
    rule({
      id: "EP-4",
      title: "Nonfamily abduction",
      statement:
        "A nonfamily abduction is one where someone outside the family (a) moved the child by force or threat, (b) held the child by force or threat for at least 60 minutes in an isolated place, or (c) lured a child under 15 for ransom, for concealment or to keep the child for good. Two further limbs of (c), a mentally incompetent child of any age and luring with intent to harm, are not confirmed: options, off by default.",
      status: "verified",
      sources: [NISMART_03_2],
    }),
    rule({
      id: "EP-4b",
      title: "Stereotypical kidnapping",
      statement:
        "A flag, not a type: a nonfamily abduction by a stranger or slight acquaintance in which the child was held overnight, moved 50 miles or more, held for ransom or to be kept for good, or killed.",
      status: "verified",
      sources: [NISMART_03_2],
    }),
    rule({
      id: "EP-5",
      title: "Missing involuntary, lost or injured",
      statement:
        "A child missing to the caretaker (VOC-1) who tried to get home or reach the caretaker but was lost, stranded or injured, or who is too young to know how. Seen only in a secondary source.",
      status: "unverified",
      sources: [
        {
          title: "NENA wiki: lost, otherwise missing",
          url: "https://nenawiki.org/wiki/Lost_otherwise_missing",
        },
      ],
    }),
    rule({
      id: "EP-6",
      title: "Missing for a benign reason",
      statement:
        "A child missing to the caretaker (VOC-1) for a harmless cause: a miscommunication, an unforeseen delay, expectations that differed. The exact criteria, and whether the caretaker must also have reported it (VOC-2), are not confirmed.",
      status: "unverified",
      sources: [NISMART_OVERVIEW],
    }),
    rule({
      id: "EP-P",
      title: "Precedence of episode types",
      statement:
        "When the facts meet several episode types, the primary one is the first met in this order: nonfamily abduction, family abduction, thrownaway, runaway, lost or injured, benign reason (the more serious and specific cause first). Every type met is still reported, with the two flags and the two missing measures. NISMART-2 publishes runaways and thrownaways together because they are hard to tell apart, so statistics may merge them.",
      status: "choice",
      sources: [NISMART_OVERVIEW, NISMART_DESIGN],
    }),
  ];
}

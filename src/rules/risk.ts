/**
 * Endangerment indicators of runaway and thrownaway episodes, and trafficking-risk flags.
 * @module
 */
import { NCMEC_TRAFFICKING, NISMART_04_1, NISMART_04_4, SIGNS_GACARES } from "./sources.js";
import { type Rule, rule } from "./types.js";

/** The risk rules, in book order. (made when the rule book is first read) @internal */
export function RISK_RULES(): readonly Rule[] {
  return [
    rule({
      id: "END-1",
      title: "Endangered runaway or thrownaway",
      statement:
        "A runaway or thrownaway episode is endangered when any one of the 17 indicators of NISMART-2 (Table 4 of bulletin NCJ 196469) is present (in 1999, 71 % of runaway and thrownaway youth were). The library encodes 16. Read in the bulletin: physically or sexually abused at home in the year before, or afraid of abuse on return (this second part seen only in part); dependent on a substance; used hard drugs; aged 13 or younger (derived from the age at last contact); in a place where criminal activity was going on. The others are END-2 and END-3.",
      status: "verified",
      sources: [NISMART_04_4, NISMART_04_1],
    }),
    rule({
      id: "END-2",
      title: "Endangerment indicators from a secondary source",
      statement:
        "Four indicators of the same table come from a secondary summary: took part in criminal activity during the episode; traded sex for money, drugs, food or shelter during the episode; missed at least 5 school days; and a 30-day indicator whose wording is not known (gone 30 days or more, or 30 days in an earlier episode).",
      status: "unverified",
      sources: [
        {
          title: "Legal Beagle: what classifies a runaway as endangered",
          url: "https://legalbeagle.com/8329468-classifies-runaway-endangered.html",
        },
        NISMART_04_4,
      ],
    }),
    rule({
      id: "END-3",
      title: "Provisional endangerment indicators",
      statement:
        "Seven indicators are provisional codes written from recollection, to be checked against the table before they are frozen: with a known drug abuser; with a violent person; an earlier suicide attempt; physically assaulted, or an attempt, during the episode; sexually assaulted, or an attempt, during the episode; with a sexually exploitative person or in a place of exploitation; serious mental illness or developmental disability, or in need of medical care.",
      status: "unverified",
      sources: [NISMART_04_4],
    }),
    rule({
      id: "TRF-0",
      title: "Flags, never a determination",
      statement:
        "Trafficking output is a list of flags, each with its reason, never a finding: no single indicator proves trafficking, although several together make it more likely.",
      status: "verified",
      sources: [SIGNS_GACARES],
    }),
    rule({
      id: "TRF-1",
      title: "Repeat missing",
      statement:
        "Flag a child missing three or more times. Counting the current episode among the three is a choice of this library: two earlier episodes raise the flag.",
      status: "verified",
      sources: [NCMEC_TRAFFICKING],
    }),
    rule({
      id: "TRF-2",
      title: "Vulnerability",
      statement:
        "Flag known vulnerabilities: a chronic runaway; earlier sexual abuse as a child, above all when it went unaddressed or led to removal from home; an earlier sexual assault; serious substance abuse by the child or someone in the household; an LGBTQ youth rejected or thrown out by the family.",
      status: "verified",
      sources: [NCMEC_TRAFFICKING],
    }),
    rule({
      id: "TRF-3",
      title: "Romance recruitment",
      statement:
        "Flag recruitment by a 'boyfriend': an older or controlling partner, often met online, who showers the youth with attention and gifts, moves fast, cuts them off from others and makes them dependent (housing, drugs, money), then presents selling sex as love or as a debt. The phone or ID may be taken, and the youth may not see themself as a victim.",
      status: "unverified",
      sources: [
        {
          title: "Greenlight Operation (2021): the boyfriend model of sex trafficking",
          url: "https://www.greenlightoperation.org/2021-2-10-the-boyfriend-model-of-sex-trafficking-the-lure-of-false-romance/",
        },
      ],
    }),
    rule({
      id: "TRF-4",
      title: "Online enticement",
      statement: "Flag a child who left home to meet someone from an online romance.",
      status: "verified",
      sources: [
        {
          title: "NCMEC blog (2025): They're missing too, why runaway children need our help",
          url: "https://www.missingkids.org/blog/2025/theyre-missing-too-why-runaway-children-need-our-help",
        },
      ],
    }),
    rule({
      id: "TRF-5",
      title: "Physical signs",
      statement:
        "Flag physical signs: several phones; large amounts of cash or prepaid cards; no ID, or ID held by someone else; hotel keys; a name or symbol tattooed or branded on the body; new clothes or nails while homeless.",
      status: "unverified",
      sources: [
        { title: "Stolen Youth: signs of trafficking", url: "https://stolenyouth.org/signs/" },
      ],
    }),
    rule({
      id: "TRF-6",
      title: "Behavioural signs",
      statement:
        "Flag behaviour: talk of 'the life', 'the game' or a 'trick'; rehearsed answers; lying about age; fear of the police; calling a partner 'daddy'; secrecy about where they stay. The lists are published by an advocacy group relaying NCMEC; their standing as indicators is not confirmed in a primary source.",
      status: "unverified",
      sources: [SIGNS_GACARES],
    }),
    rule({
      id: "TRF-7",
      title: "Ran from state care",
      statement:
        "Flag a child missing from foster care, a group home or an institution. A secondary source reports that 88 % of runaways likely to be trafficking victims in 2017 were in the care of social services when they went missing.",
      status: "unverified",
      sources: [
        {
          title: "Saving Lost Kids: what is the problem",
          url: "https://savinglostkids.org/what-is-the-problem",
        },
      ],
    }),
  ];
}

/**
 * Annual statistics (New York DCJS definitions), rescue operations and privacy.
 * @module
 */
import {
  NCIC_FILE_ABSTRACT,
  NY_2024_FIGURES,
  OP_CAPITAL_2025,
  OP_CAPITAL_NEWS,
  OP_ERIE_2024,
  OP_WESTCHESTER_2026,
  SIGNS_GACARES,
} from "./sources.js";
import { type Rule, rule } from "./types.js";

const DCJS_2008 = {
  title: "NY DCJS press release, 24 April 2008: missing children reported in 2007",
  url: "http://criminaljustice.ny.gov/pio/press_releases/2008-04-24_pressrelease.html",
};
const NY_2023_FIGURES = {
  title: "New York 2023 missing-children figures, as relayed by NJ 101.5",
  url: "https://nj1015.com/ixp/854/p/47-missing-new-york-kids-found-in-1st-ever-child-rescue-operation/",
};
const NY_2025_FIGURES = {
  title: "New York 2025 missing-children figures, as relayed by WOUR",
  url: "https://wour.com/ixp/40/p/43-missing-kids-found-westchester/",
};
const OPERATIONS = [OP_ERIE_2024, OP_CAPITAL_2025, OP_CAPITAL_NEWS, OP_WESTCHESTER_2026];

/** The statistics, operations and privacy rules, in book order. (made when the rule book is first read) @internal */
export function REPORTING_RULES(): readonly Rule[] {
  return [
    rule({
      id: "ST-1",
      title: "Reported",
      statement:
        "The reports to police in a calendar year, by the local date of the report, of children under 18 at report. They count reports, never children (VOC-4). New York counted 21,100 in 2007 and 12,114 in 2024 (the later figure as relayed in the news).",
      status: "verified",
      sources: [DCJS_2008, NY_2024_FIGURES],
    }),
    rule({
      id: "ST-2",
      title: "Runaway share",
      statement:
        "The share of the reported (ST-1) recorded as runaways: 94 to 95 % in New York from 2023 to 2025, as relayed in the news.",
      status: "unverified",
      sources: [NY_2023_FIGURES, NY_2024_FIGURES, NY_2025_FIGURES],
    }),
    rule({
      id: "ST-3",
      title: "Closed",
      statement:
        "The cases closed in the year, whatever the year of their report. Inferred, not read: New York's 2024 closures (12,310) exceed its 2024 reports (12,114), so closures must include earlier reports.",
      status: "unverified",
      sources: [NY_2024_FIGURES],
    }),
    rule({
      id: "ST-4",
      title: "Active at year end",
      statement:
        "The cases reported by 31 December and still open at the end of that day: 1,067 in New York at the end of 2024 and 1,079 at the end of 2025, as relayed in the news.",
      status: "unverified",
      sources: [NY_2024_FIGURES, NY_2025_FIGURES],
    }),
    rule({
      id: "ST-5",
      title: "Void records",
      statement:
        "A record cancelled as entered in error or as a duplicate leaves every annual count. A record cancelled for another reason stays among the reported, and never counts as closed: a cancellation says nothing about the child.",
      status: "choice",
      sources: [NCIC_FILE_ABSTRACT],
    }),
    rule({
      id: "ST-6",
      title: "Uncertain ages in counts",
      statement:
        "A case whose partial birth date leaves the age at report uncertain counts by the lowest age it allows, so a child who may be under 18 is counted.",
      status: "choice",
      sources: [DCJS_2008],
    }),
    rule({
      id: "OP-1",
      title: "An operation owns no case",
      statement:
        "A rescue operation has a lead agency, many participants of mixed kinds (police at every level, child welfare, the clearinghouse, nonprofits, private firms), a window, a time zone and target cases. It owns no case: each case stays with its police department.",
      status: "choice",
      sources: OPERATIONS,
    }),
    rule({
      id: "OP-2",
      title: "Located for the operation",
      statement:
        "A located case counts for the operation when its locate names the operation, even after the window ends; locates during and after the window are reported apart. A locate at the window's last instant is during it; a locate naming the operation before the window opens (found while it was being prepared) counts as located, and as during.",
      status: "choice",
      sources: OPERATIONS,
    }),
    rule({
      id: "OP-3",
      title: "Counts as of an instant",
      statement:
        "Counts are computed as of an instant and never stored: headlines grow for weeks after an operation (Capital Region 2025: 64, then 69, then 71 located).",
      status: "choice",
      sources: OPERATIONS,
    }),
    rule({
      id: "OP-4",
      title: "Minors, adults and owners",
      statement:
        "Minors and adults are told apart by the age at report (an uncertain age by its lowest possible value), and located cases are counted by owning department. Headlines can include adults (a 25-year-old vulnerable adult in the Capital Region, located by another department and reported apart), so the age ranges of the children found can be taken over the minors alone; the age at found can pass 20 (children 2 to 17 at report were 6 to 22 when found).",
      status: "choice",
      sources: OPERATIONS,
    }),
    rule({
      id: "OP-5",
      title: "No episode type from wording",
      statement:
        "An episode type is never inferred from how an operation describes its cases: children 'reported as runaways' included a family abduction.",
      status: "choice",
      sources: OPERATIONS,
    }),
    rule({
      id: "PRIV-1",
      title: "No public lookup by name",
      statement:
        "No public search or lookup by name: confirming that someone is missing can feed extortion. Learned from user reports in a peer project, not from law.",
      status: "unverified",
      sources: [
        {
          title: "encontrados issue tracker: a user report on name lookups and extortion",
          url: "https://github.com/encontradosco/encontrados/issues/100",
        },
      ],
    }),
    rule({
      id: "PRIV-2",
      title: "Public outputs show only what helps find the child",
      statement:
        "A public output about a minor carries only what helps find the child: a description, the date and place of last contact, the reporting agency. Never the birth date, episode facts, placement, earlier episodes or NCIC identifiers. Initials alone are too weak to identify or match anyone (from a peer project's user reports).",
      status: "choice",
      sources: [
        {
          title: "encontrados issue tracker: a user report on identifying people by initials",
          url: "https://github.com/encontradosco/encontrados/issues/216",
        },
      ],
    }),
    rule({
      id: "PRIV-3",
      title: "No automatic notice of a death",
      statement:
        "A deceased outcome never triggers an automatic notice: it needs human review, official sources only, and a recorded status and contact. Learned from user reports in peer projects, not from law.",
      status: "unverified",
      sources: [
        {
          title: "encontrados issue tracker: a user report on recording deaths",
          url: "https://github.com/encontradosco/encontrados/issues/190",
        },
        {
          title: "Google Person Finder issue tracker: a user report on recording deaths",
          url: "https://github.com/google/personfinder/issues/82",
        },
      ],
    }),
    rule({
      id: "PRIV-4",
      title: "Risk indicators are private",
      statement:
        "Endangerment and trafficking indicators are sensitive: never public, never in messages or logs. They are flags, not findings (TRF-0).",
      status: "choice",
      sources: [SIGNS_GACARES],
    }),
    rule({
      id: "PRIV-5",
      title: "Expiry, deletion and consent",
      statement:
        "Expired or deleted records never appear in searches; deleting a record needs a verified identity and administrator rights; publishing a photograph needs informed consent. Learned from user reports in peer projects, not from law.",
      status: "unverified",
      sources: [
        {
          title: "Google Person Finder issue tracker: a user report on expired and deleted records",
          url: "https://github.com/google/personfinder/issues/138",
        },
        {
          title:
            "encontrados issue tracker: a user report on deletion, identity checks or photo consent",
          url: "https://github.com/encontradosco/encontrados/issues/159",
        },
        {
          title:
            "encontrados issue tracker: a user report on deletion, identity checks or photo consent",
          url: "https://github.com/encontradosco/encontrados/issues/168",
        },
        {
          title:
            "encontrados issue tracker: a user report on deletion, identity checks or photo consent",
          url: "https://github.com/encontradosco/encontrados/issues/81",
        },
      ],
    }),
  ];
}

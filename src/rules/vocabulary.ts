/**
 * The vocabulary (who is a child, when a child is missing, what a report and a case are) and
 * the lifecycle invariants.
 * @module
 */
import {
  NCIC_ENTRY_FORM,
  NCIC_FIELD_GLOSSARY,
  NCIC_FILE_ABSTRACT,
  NCMEC_ISSUES,
  NISMART_02_1,
  NISMART_02_2,
  NISMART_04_4,
  usc34,
} from "./sources.js";
import { type Rule, rule } from "./types.js";

/** The vocabulary and lifecycle rules, in book order. (made when the rule book is first read) @internal */
export function VOCABULARY_RULES(): readonly Rule[] {
  return [
    rule({
      id: "VOC-1",
      title: "Caretaker missing",
      statement:
        "A child is missing to the caretaker when the primary caretaker does not know where the child is, has been alarmed about it for at least 60 minutes, and has tried to find the child.",
      status: "verified",
      sources: [NISMART_02_2, NISMART_04_4],
    }),
    rule({
      id: "VOC-2",
      title: "Reported missing",
      statement:
        "A child is reported missing when missing to the caretaker (VOC-1) and the caretaker asked the police or a missing-children agency to help find the child. Every reported-missing child is missing to the caretaker, and every such child has an episode.",
      status: "verified",
      sources: [NISMART_02_2],
    }),
    rule({
      id: "VOC-3",
      title: "Child",
      statement:
        "NISMART-2 and the statute of NCMEC's programs (FED-12) count a person under 18 as a child; the federal duty to report missing children to NCIC and NamUs reaches everyone under 21 (FED-1). States draw their own lines, from under 17 (Michigan) to under 21 (Illinois): each state profile names its own.",
      status: "verified",
      sources: [
        NISMART_02_1,
        usc34("34 U.S.C. 41307"),
        { ...NCMEC_ISSUES, cite: "42 U.S.C. 5772" },
      ],
    }),
    rule({
      id: "VOC-4",
      title: "Counts are reports, not children",
      statement:
        "Published counts are of reports, one per episode, never of distinct children: a child who runs away three times in a year counts three times. Confirmed for NCIC entries; assumed, not confirmed, for New York's annual counts.",
      status: "verified",
      sources: [
        {
          title:
            "OJP: missing American Indian and Alaska Native persons age 21 and under (NCIC, 2022)",
          url: "https://www.ojp.gov/library/publications/2022-missing-american-indian-and-alaska-native-persons-age-21-and-under",
        },
      ],
    }),
    rule({
      id: "VOC-5",
      title: "Case",
      statement:
        "A case is one agency's record of one reported episode and belongs to that agency (in NCIC, the agency identifier ORI with its own case number OCA). A child can have many cases: one per episode, and more when several agencies report the same episode.",
      status: "choice",
      sources: [NCIC_ENTRY_FORM],
    }),
    rule({
      id: "VOC-6",
      title: "Lifecycle events and NCIC messages",
      statement:
        "Each lifecycle event stands for an NCIC message: `enter` for an entry (NCIC assigns the record number, the NIC, on entry: the only part confirmed in a source); `locate` for a locate (whereabouts established, usually by another agency; not yet closure); `clear` for a clear (the entering agency closes the record: found or returned); `cancel` for a cancellation (record withdrawn as entered in error, duplicate or withdrawn; it says nothing about the child and never counts as found). No source seen describes the message set: check it against the NCIC Operating Manual before relying on more than the names.",
      status: "unverified",
      sources: [NCIC_FIELD_GLOSSARY, NCIC_FILE_ABSTRACT],
    }),
    rule({
      id: "LC-1",
      title: "Last contact comes first",
      statement:
        "The last contact with the child is at or before the report: a report follows the caretaker's search. Common sense; no source states it.",
      status: "unverified",
      sources: [NISMART_02_2],
    }),
    rule({
      id: "LC-2",
      title: "Found after report and last contact",
      statement:
        "A child located or found is found at or after both the report and the last contact; a locate is never earlier than either. Common sense; no source states it.",
      status: "unverified",
      sources: [NISMART_02_2],
    }),
    rule({
      id: "LC-3",
      title: "What an NCIC entry needs",
      statement:
        "An NCIC missing-person entry needs a report on file, a category (NCIC-1) and the date of last contact.",
      status: "verified",
      sources: [
        {
          title: "NCIC Missing Person File training slides (SlideShare)",
          url: "https://www.slideshare.net/HeribertoLuna/mfr-ncic-missing-person-file",
        },
        usc34("34 U.S.C. 41308(3)"),
      ],
    }),
    rule({
      id: "LC-4",
      title: "No closure because of age",
      statement:
        "A record is never removed or closed because the person has grown older. NCIC once dropped juvenile records when the person stopped being a juvenile; federal law now forbids removal solely because of age (FED-2).",
      status: "verified",
      sources: [usc34("34 U.S.C. 41308(2)"), NCIC_FILE_ABSTRACT],
    }),
  ];
}

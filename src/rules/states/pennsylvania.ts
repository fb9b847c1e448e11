/**
 * Pennsylvania: law enforcement's duties on a missing-child report (18 Pa.C.S. 2908) and the
 * school-records notation.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** 18 Pa.C.S. 2908 on the General Assembly's site. */
/* @__NO_SIDE_EFFECTS__ */
function section2908(cite: string) {
  return {
    title: "18 Pa.C.S. § 2908, missing children (Pennsylvania General Assembly)",
    url: "https://www.legis.state.pa.us/cfdocs/legis/LI/consCheck.cfm?txtType=HTM&ttl=18&div=0&chpt=29&sctn=8&subsctn=0",
    cite,
  };
}

/** Pennsylvania's rules of this module, in book order. (made when the rule book is first read) @internal */
export function PENNSYLVANIA_RULES(): readonly Rule[] {
  return [
    rule({
      id: "PA-1",
      title: "Immediate investigation (Pennsylvania)",
      statement:
        "Law enforcement investigates a missing-child report immediately, whatever the child's age or the circumstances, and imposes no waiting period.",
      status: "verified",
      sources: [section2908("18 Pa.C.S. § 2908(a)(1)")],
    }),
    rule({
      id: "PA-2",
      title: "CLEAN entry (Pennsylvania)",
      statement:
        'Law enforcement enters the child into the Missing Persons File through the Commonwealth Law Enforcement Assistance Network immediately on receiving enough identifying information. "Immediately" has no hour figure, so no clock is made (DL-5); the federal 2 hours apply to anyone under 21.',
      status: "verified",
      sources: [section2908("18 Pa.C.S. § 2908(a)(3)")],
    }),
    rule({
      id: "PA-3",
      title: "DNA for NamUs (Pennsylvania)",
      statement:
        "The child's DNA goes to the Pennsylvania State Police, under 44 Pa.C.S. 2316.2, for NamUs.",
      status: "verified",
      sources: [section2908("18 Pa.C.S. § 2908(a)(3.2)")],
    }),
    rule({
      id: "PA-4",
      title: "Cancellation on return (Pennsylvania)",
      statement: "The entry is cancelled in good time when the child returns or is located.",
      status: "verified",
      sources: [section2908("18 Pa.C.S. § 2908(a)(4)")],
    }),
    rule({
      id: "PA-7",
      title: "School-records notation (Pennsylvania)",
      statement:
        'The school records of a student reported missing carry a "Missing Child" notation, and the school releases them only after contacting the investigating agency; for this law a missing child is under 18. Seen only in a summary by the Department of Education.',
      status: "unverified",
      sources: [
        { title: "Pennsylvania Missing Children registration law", cite: "35 P.S. § 450.401-A" },
      ],
    }),
    rule({
      id: "PA-8",
      title: "Missing child's age line (Pennsylvania)",
      statement:
        "18 Pa.C.S. 2908 sets no age: it applies \"regardless of the age of the missing child\". The library uses under 18, as the school-records law does (PA-7), for `isMissingChild(c, 'US-PA')`.",
      status: "choice",
      sources: [section2908("18 Pa.C.S. § 2908(a)(1)")],
    }),
  ];
}

/**
 * Ohio's AMBER Alert (ORC 5502.52) and Endangered Missing Child Alert.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** Ohio's alert rules, in book order. (made when the rule book is first read) @internal */
export function OHIO_ALERT_RULES(): readonly Rule[] {
  return [
    rule({
      id: "OH-5",
      title: "AMBER Alert: Ohio",
      statement:
        "All of: the investigating agency confirms that an abduction occurred; the child is under 18; the abduction poses a credible threat of immediate danger of serious bodily harm or death; the agency has determined that the child is not a runaway and was not abducted in a custody dispute, unless the dispute poses that threat; and there is enough description of the child, the abductor and the circumstances for the alert to help.",
      status: "verified",
      sources: [
        {
          title: "Ohio Revised Code § 5502.52 (Ohio Laws)",
          url: "https://codes.ohio.gov/ohio-revised-code/section-5502.52",
          cite: "Ohio Rev. Code § 5502.52",
        },
        {
          title: "Ohio Attorney General: what are the criteria to activate an AMBER Alert?",
          url: "https://www.ohioattorneygeneral.gov/FAQ/Missing-persons-FAQs/What-are-the-criteria-to-activate-an-AMBER-Alert",
        },
      ],
    }),
    rule({
      id: "OH-6",
      title: "Endangered Missing Child Alert: Ohio",
      statement:
        "For a child missing under unknown circumstances whose case does not meet the AMBER criteria, when the investigating agency considers the child at risk of serious physical harm or death and there is enough description for the alert to help. Sent to registered media by email, fax, text and social media; no Emergency Alert System or Wireless Emergency Alert. Seen only on broadcasters' pages.",
      status: "unverified",
      sources: [
        {
          title: "Ohio Association of Broadcasters: Endangered Missing Child Alert",
          url: "https://oab.org/engineering/ohio-alert-programs/endangered-missing-child-alert/",
        },
        { title: "Ohio AMBER Alert Plan", url: "https://www.ohioamberplan.org" },
      ],
    }),
  ];
}

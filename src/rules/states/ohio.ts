/**
 * Ohio: who is a missing child, the Attorney General's clearinghouse and the foster-care
 * rule.
 * @module
 */
import { type Rule, rule } from "../types.js";

/** Ohio's rules of this module, in book order. (made when the rule book is first read) @internal */
export function OHIO_RULES(): readonly Rule[] {
  return [
    rule({
      id: "OH-1",
      title: "Missing child (Ohio)",
      statement:
        "A minor is anyone under 18; a missing child is a minor who has run away from, or is otherwise missing from, the home or the care, custody and control of a parent or custodian, or who was taken in breach of a custody order.",
      status: "verified",
      sources: [
        {
          title: "Ohio Revised Code § 2901.30 (Ohio Laws)",
          url: "https://codes.ohio.gov/ohio-revised-code/section-2901.30",
          cite: "Ohio Rev. Code § 2901.30(A)(2)–(3)",
        },
        {
          title: "Ohio Sub. S.B. 87 (127th General Assembly), as enacted",
          url: "http://archives.legislature.state.oh.us/BillText127/127_SB_87_EN_N.html",
        },
      ],
    }),
    rule({
      id: "OH-3",
      title: "The Attorney General's clearinghouse (Ohio)",
      statement:
        "The Attorney General keeps a missing children clearinghouse. No deadline for law enforcement to notify it was found.",
      status: "verified",
      sources: [
        {
          title: "Ohio Revised Code § 109.65 (Ohio Laws)",
          url: "https://codes.ohio.gov/ohio-revised-code/section-109.65",
          cite: "Ohio Rev. Code § 109.65",
        },
      ],
    }),
    rule({
      id: "OH-4",
      title: "Children missing from foster care: 24 hours (Ohio)",
      statement:
        "The agency responsible for a child missing from care contacts law enforcement for entry into NCIC, and NCMEC, immediately and no later than 24 hours (`oh-foster-care-report`, met by the first `enter`, and `oh-ncmec-notice`, met by the first `notify` to `ncmec`: each `reportedAt` + 24 hours for a child missing from care). The same clocks as the federal FED-7, under Ohio's own rule.",
      status: "verified",
      sources: [
        {
          title:
            "Ohio Administrative Code 5101:2-42-88 (Ohio Department of Job and Family Services)",
          url: "https://emanuals.jfs.ohio.gov/FamChild/FCASM/SocialServices/5101-2-42-88.stm",
          cite: "Ohio Admin. Code 5101:2-42-88(D)",
        },
      ],
    }),
  ];
}

/**
 * How this library reads the alert plans' criteria from the facts of a case: the readings
 * every plan shares (AMB-2) and those of the second-tier alerts (AMB-3). The abduction
 * reading is AMB-1, beside the DOJ criteria.
 * @module
 */
import { AMBER_DOJ_CRITERIA } from "../sources.js";
import { type Rule, rule } from "../types.js";

/** The library's readings of the alert criteria. (made when the rule book is first read) @internal */
export function READING_RULES(): readonly Rule[] {
  return [
    rule({
      id: "AMB-2",
      title: "Alert criteria read from the facts",
      statement:
        "Every alert plan is read from the same facts. Enough descriptive information (also read for 'information that could help if broadcast' and 'sufficient information to disseminate') is the child's description: name, birth date, sex, height, weight, eye and hair colour recorded. Danger of death or serious bodily injury, imminent or not, is the fact that the child's physical safety is at risk: the model records one danger fact, so two plans that differ only by how imminent the danger is answer alike. An abduction that an investigation has confirmed, or verified with other explanations ruled out, is the abduction of AMB-1. An NCIC entry is an enter event recorded, or an NCIC number on the case. Ages are ages at report. What rests on the agency's judgement alone (that it recommends or requests activation, that its chief believes activation warranted) is not a criterion: eligibility says that the plan's conditions are met, and the decision stays with the agency. What a plan names as factors to weigh rather than conditions (the Ebony Alert's age band, Pennsylvania's description and witnesses) is reported apart from the criteria and never changes eligibility.",
      status: "choice",
      sources: [AMBER_DOJ_CRITERIA],
    }),
    rule({
      id: "AMB-3",
      title: "At risk, unexplained, and the second tier",
      statement:
        "At risk is read as any of: the child's physical safety at risk, a proven disability, mental incompetence, or an endangerment indicator recorded; it is unknown while none of these is established and some were not assessed. Developmentally disabled or cognitively impaired is a proven disability or mental incompetence. Missing under unexplained or unknown circumstances is met when the episode facts rule out every episode type and no type was recorded at intake, unknown while the episode type is undetermined, and not met once a type is established (a plan's own abduction limb covers abductions); suspicious circumstances have no fact of their own. 'Does not meet the AMBER criteria', a condition of Pennsylvania's MEPA, Ohio's Endangered Missing Child Alert, Michigan's Endangered Missing Advisory and Texas's local-area activation ('has not verified the criteria'), is read as: that state's AMBER eligibility is not established, false or unknown. An agency turns to the second tier while an abduction or the danger is still open, and the two tiers never both apply; learning more can turn the condition from met to not met, when the case proves to be an AMBER case. A family member who takes the child is read as the parent in a plan's parent-abductor condition, since the model does not record which relative it was.",
      status: "choice",
      sources: [AMBER_DOJ_CRITERIA],
    }),
  ];
}

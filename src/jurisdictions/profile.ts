/**
 * How a jurisdiction profile is written: its data and the rules that data applies, checked
 * and frozen once.
 * @module
 */
import type { Rule } from "../rules/types.js";
import { alertPlansOf } from "./alert-plans.js";
import type { JurisdictionId } from "./ids.js";
import type {
  DeadlineDefinition,
  Jurisdiction,
  NoticeDefinition,
  ProfileNote,
  ProfileTopic,
} from "./types.js";

/**
 * A profile as written: `rules` holds every rule its age line, deadlines, notices and notes
 * apply (so a deadline's citation needs no lookup in the whole rule book), and `gaps` the
 * points the sources did not settle, each under the topic it leaves open when it has one.
 * @internal
 */
export type ProfileSource = {
  readonly id: JurisdictionId;
  readonly name: string;
  readonly missingChild: { readonly below: number; readonly rule: Rule };
  readonly deadlines: readonly DeadlineDefinition[];
  readonly notices?: readonly NoticeDefinition[];
  readonly notes?: readonly (ProfileNote & { readonly ruleId: string })[];
  readonly gaps?: readonly { readonly topic?: ProfileTopic; readonly text: string }[];
  readonly rules: readonly Rule[];
};

/** A profile and the rules it applies, by id. @internal */
export type Profile = {
  readonly jurisdiction: Jurisdiction;
  readonly rules: ReadonlyMap<string, Rule>;
};

/**
 * Plain data frozen throughout, in place: the profiles' literals are read by nothing else, and
 * freezing them costs a fraction of copying them first.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

/** Throws when the profile names a rule it does not carry: a mistake in the library's data. */
function checkRules(source: ProfileSource, rules: ReadonlyMap<string, Rule>): void {
  const named = [
    source.missingChild.rule.id,
    ...source.deadlines.map((d) => d.ruleId),
    ...(source.notices ?? []).map((n) => n.ruleId),
    ...(source.notes ?? []).map((n) => n.ruleId),
  ];
  for (const id of named) {
    if (!rules.has(id)) throw new Error(`profile ${source.id}: rule ${id} is not in its rules`);
  }
}

/**
 * The profile of `source`, deeply frozen: its alert plans come from the alert-plan table,
 * its gaps become notes without a rule and the `notEncoded` list.
 * @internal
 *
 * @example
 * ```ts
 * const MI = profile({ id: "US-MI", name: "Michigan", missingChild: { below: 17, rule: MI_1 }, deadlines: [], rules: [MI_1] });
 * MI.jurisdiction.missingChild; // { below: 17, ruleId: "MI-1" }
 * ```
 */
export function profile(source: ProfileSource): Profile {
  const rules = new Map([source.missingChild.rule, ...source.rules].map((r) => [r.id, r]));
  checkRules(source, rules);
  const gaps = source.gaps ?? [];
  const jurisdiction: Jurisdiction = deepFreeze({
    id: source.id,
    name: source.name,
    missingChild: { below: source.missingChild.below, ruleId: source.missingChild.rule.id },
    deadlines: source.deadlines,
    notices: source.notices ?? [],
    alerts: alertPlansOf(source.id).map((p) => ({
      id: p.id,
      name: p.name,
      tier: p.tier,
      ruleIds: p.ruleIds,
    })),
    notes: [
      ...(source.notes ?? []),
      ...gaps.flatMap((g) => (g.topic === undefined ? [] : [{ topic: g.topic, text: g.text }])),
    ],
    notEncoded: gaps.map((g) => g.text),
  });
  return Object.freeze({ jurisdiction, rules });
}

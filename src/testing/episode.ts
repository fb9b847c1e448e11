/**
 * What happens in a synthetic episode: the facts known about it, the risk indicators
 * recorded, and the plan of its history (entry, notices, locate, clear or cancel).
 * Durations follow the New York picture (ST-1 … ST-4): most episodes end within days,
 * a few run for months, about one in eleven is still open at year end.
 * @module
 */
import type { CaseStatus } from "../models/case-status.js";
import type { NcicCategory } from "../models/codes.js";
import type { EpisodeFacts } from "../models/episode-facts.js";
import type { ReportedAs } from "../models/reported-as.js";
import type { RiskIndicator } from "../models/risk-indicator.js";
import type { HistoryPlan } from "./history.js";
import type { Rng } from "./random.js";
import { RECORDED_INDICATORS } from "./vocabulary.js";

const HOUR_MIN = 60;
const DAY_MIN = 1440;

/** The facts an investigator would record for what the reporter said. @internal */
export function episodeFacts(rng: Rng, reportedAs: ReportedAs): EpisodeFacts {
  const risk = rng.chance(0.08) ? { physicalSafetyAtRisk: true } : {};
  switch (reportedAs) {
    case "runaway":
      return rng.chance(0.7) ? { leftWithoutPermission: true, ...risk } : { ...risk };
    case "thrownaway":
      return { toldToLeave: true, alternativeCareArranged: false, ...risk };
    case "family-abduction":
      return {
        takenBy: "family-member",
        custodyViolation: true,
        concealment: rng.chance(0.5),
        ...(rng.chance(0.4) ? { forceOrThreat: rng.chance(0.3) } : {}),
        physicalSafetyAtRisk: rng.chance(0.3),
      };
    case "nonfamily-abduction":
      return {
        takenBy: rng.pick(["acquaintance", "slight-acquaintance", "stranger"] as const),
        forceOrThreat: true,
        physicalSafetyAtRisk: true,
      };
    case "lost-injured":
      return {
        whereaboutsUnknownToCaretaker: true,
        caretakerAlarmedMinutes: rng.int(60, 600),
        caretakerTriedToLocate: true,
        contactedPolice: true,
        lostStrandedOrInjured: true,
      };
    case "benign-explanation":
      return {
        whereaboutsUnknownToCaretaker: true,
        caretakerAlarmedMinutes: rng.int(60, 300),
        caretakerTriedToLocate: true,
        contactedPolice: true,
        benignReason: true,
      };
    default:
      return {};
  }
}

/**
 * Risk indicators as recorded: absent (not assessed) for about a third, else zero to three
 * recorded ones, sorted and distinct.
 * @internal
 */
export function recordedIndicators(rng: Rng): RiskIndicator[] | undefined {
  if (rng.chance(0.35)) return undefined;
  const picked = new Set<RiskIndicator>();
  const n = rng.weighted([
    [0, 45],
    [1, 30],
    [2, 15],
    [3, 10],
  ] as const);
  for (let i = 0; i < n; i++) picked.add(rng.weighted(RECORDED_INDICATORS));
  return [...picked].sort();
}

/** The NCIC category an agency would enter (NCIC-4). @internal */
export function entryCategory(
  reportedAs: ReportedAs,
  facts: EpisodeFacts,
  disability: boolean,
): NcicCategory {
  if (disability) return "EMD";
  if (reportedAs === "family-abduction" || reportedAs === "nonfamily-abduction") return "EMI";
  if (facts.physicalSafetyAtRisk) return "EME";
  return "EMJ";
}

/** Minutes from report to locate: mostly within days, some weeks, a few months or never. */
function locateAfter(rng: Rng): number | undefined {
  const band = rng.weighted([
    ["hours", 38],
    ["days", 34],
    ["weeks", 19],
    ["months", 7],
    ["never", 2],
  ] as const);
  switch (band) {
    case "hours":
      return rng.int(30, 23 * HOUR_MIN);
    case "days":
      return rng.int(DAY_MIN, 7 * DAY_MIN);
    case "weeks":
      return rng.int(7 * DAY_MIN, 60 * DAY_MIN);
    case "months":
      return rng.int(60 * DAY_MIN, 400 * DAY_MIN);
    default:
      return undefined;
  }
}

/** What shapes a plan: where the child was and what the agency does. @internal */
export type PlanContext = {
  readonly category: NcicCategory;
  readonly nic: string;
  readonly fromCare: boolean;
  readonly ny: boolean;
  /** Force the status the history ends in (when nothing cuts it short). */
  readonly outcome?: CaseStatus;
  readonly operationId?: string;
  /** Force the locate this many minutes after the report (an operation's find). */
  readonly locateAfter?: number;
};

function cancelPlan(rng: Rng, ctx: PlanContext): HistoryPlan {
  const reason = rng.weighted([
    ["duplicate", 55],
    ["entered-in-error", 30],
    ["report-withdrawn", 10],
    ["unfounded", 5],
  ] as const);
  const enter = rng.chance(0.5)
    ? { after: rng.int(10, 110), category: ctx.category, nic: ctx.nic }
    : undefined;
  return { ...(enter ? { enter } : {}), cancel: { after: rng.int(120, 72 * HOUR_MIN), reason } };
}

function disposition(rng: Rng, ctx: PlanContext) {
  return ctx.fromCare
    ? rng.weighted([
        ["placed-in-care", 80],
        ["returned-on-own", 15],
        ["in-custody", 5],
      ] as const)
    : rng.weighted([
        ["returned-to-guardian", 55],
        ["returned-on-own", 40],
        ["in-custody", 5],
      ] as const);
}

/**
 * A history plan. Without `ctx.outcome` it is random (about 1.2 % cancelled as duplicates
 * or errors, 97 % entered in NCIC, 98 % located at some point); with it, the plan leads to
 * that status.
 * @internal
 */
export function historyPlan(rng: Rng, ctx: PlanContext): HistoryPlan {
  const outcome = ctx.outcome;
  const free = outcome === undefined && ctx.locateAfter === undefined;
  if (outcome === "cancelled" || (free && rng.chance(0.012))) {
    return cancelPlan(rng, ctx);
  }
  const entered = outcome === undefined ? rng.chance(0.97) : outcome !== "reported";
  const enterAfter = rng.chance(0.85) ? rng.int(10, 110) : rng.int(121, 8 * HOUR_MIN);
  let locate = outcome === "reported" || outcome === "active" ? undefined : locateAfter(rng);
  if (locate === undefined && (outcome === "located" || outcome === "closed")) {
    locate = rng.int(DAY_MIN, 7 * DAY_MIN);
  }
  // An entry after the child was found is dropped by the table; keep forced outcomes exact.
  if (outcome !== undefined && locate !== undefined && entered) locate += enterAfter;
  if (ctx.locateAfter !== undefined) locate = ctx.locateAfter;
  const deceased = rng.chance(0.0005);
  const open = (min: number) => locate === undefined || locate > min;
  const verify = enterAfter + rng.int(25 * DAY_MIN, 30 * DAY_MIN);
  const namus = enterAfter + rng.int(20 * DAY_MIN, 170 * DAY_MIN);
  const cleared = outcome === undefined ? rng.chance(0.97) : outcome === "closed";
  return {
    ...(entered ? { enter: { after: enterAfter, category: ctx.category, nic: ctx.nic } } : {}),
    ...(ctx.fromCare && rng.chance(0.85) ? { notifyNcmec: rng.int(30, 30 * HOUR_MIN) } : {}),
    ...(entered && open(verify) ? { verify } : {}),
    ...(entered && ctx.ny && open(namus) && rng.chance(0.7) ? { notifyNamus: namus } : {}),
    ...(locate === undefined
      ? {}
      : {
          locate: {
            after: locate,
            condition: deceased
              ? "deceased"
              : rng.weighted([
                  ["safe", 95],
                  ["injured", 3],
                  ["unknown", 2],
                ] as const),
            ...(ctx.operationId ? { operationId: ctx.operationId } : {}),
          },
        }),
    ...(locate !== undefined && cleared
      ? {
          clear: {
            after: locate + rng.int(30, 72 * HOUR_MIN),
            disposition: deceased ? "deceased" : disposition(rng, ctx),
          },
        }
      : {}),
  };
}

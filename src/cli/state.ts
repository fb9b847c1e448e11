/**
 * The `--state` option: a jurisdiction with a profile (`US`, `US-CA`, or its state's code
 * `CA`), read strictly; anything else is a usage error that lists the valid ids and echoes
 * the value only escaped and cut.
 * @module
 */
import { isJurisdictionId, JURISDICTION_IDS, type JurisdictionId } from "../jurisdictions/ids.js";
import { JURISDICTIONS } from "../jurisdictions/index.js";
import type { Jurisdiction } from "../jurisdictions/types.js";
import { US_STATE_CODES } from "../models/primitives.js";
import { type Parsed, text } from "./args.js";
import { UsageError } from "./errors.js";
import { cutKey } from "./escape.js";

/** The jurisdiction an id or a profiled state's code names, or `undefined`. */
function jurisdictionOf(value: string): JurisdictionId | undefined {
  if (isJurisdictionId(value)) return value;
  const id = `US-${value}`;
  return isJurisdictionId(id) && id !== "US" ? id : undefined;
}

function invalid(value: string, valid: string): UsageError {
  return new UsageError(`--state "${cutKey(value, 16)}" is not one of ${valid}`);
}

/**
 * The profile `--state` names (`US-MI` or `MI`), or `undefined` when the option is absent.
 * Throws a `UsageError` (exit 2) listing the valid ids otherwise.
 * @internal
 *
 * @example
 * ```ts
 * stateOption(parsed)?.id; // "US-MI" for --state MI
 * ```
 */
export function stateOption(p: Parsed): Jurisdiction | undefined {
  const value = text(p, "state");
  if (value === undefined) return undefined;
  const id = jurisdictionOf(value);
  if (id === undefined) {
    throw invalid(value, `${JURISDICTION_IDS.join(", ")} (or a state's code: NY, CA, …)`);
  }
  return JURISDICTIONS.find((j) => j.id === id);
}

/**
 * The USPS code `--state` gives the generated cases: any state or territory code (`WY`: the
 * federal baseline only), or a profile id (`US-CA` → `CA`). Throws a `UsageError` listing
 * the valid values otherwise.
 * @internal
 *
 * @example
 * ```ts
 * stateCodeOption(parsed); // "CA" for --state US-CA or --state CA
 * ```
 */
export function stateCodeOption(p: Parsed): string | undefined {
  const value = text(p, "state");
  if (value === undefined) return undefined;
  const code = value.startsWith("US-") ? value.slice(3) : value;
  if (!(US_STATE_CODES as readonly string[]).includes(code)) {
    throw invalid(
      value,
      `the USPS codes ${US_STATE_CODES.join(", ")} or the profile ids ${JURISDICTION_IDS.filter((id) => id !== "US").join(", ")}`,
    );
  }
  return code;
}

/**
 * The line that says whose definitions a command applied: the profile and its age line.
 * @internal
 *
 * @example
 * ```ts
 * definitionsLine(michigan); // "US-MI (Michigan): a missing child is under 17 at report (MI-1)"
 * ```
 */
export function definitionsLine(j: Jurisdiction): string {
  return `${j.id} (${j.name}): a missing child is under ${j.missingChild.below} at report (${j.missingChild.ruleId})`;
}

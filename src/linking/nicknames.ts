/**
 * Nickname relations between given names, from the Apache-2.0 nickname dataset.
 * @module
 */
import { NICKNAME_LINES } from "./nicknames-data.js";
import { normalizeName } from "./normalize.js";

const NONE: readonly number[] = [];
let index: Map<string, number[]> | undefined;

/** Name → the groups it belongs to; built on first use (the module itself does no work). */
function groupIndex(): Map<string, number[]> {
  if (index) return index;
  const built = new Map<string, number[]>();
  NICKNAME_LINES.split("\n").forEach((line, group) => {
    const [formal = "", nicknames = ""] = line.split(":");
    for (const raw of [formal, ...nicknames.split(",")]) {
      // The same normal form as the names compared ("k.c." → "kc").
      const name = normalizeName(raw).joined;
      const groups = built.get(name) ?? [];
      if (groups[groups.length - 1] !== group) groups.push(group);
      built.set(name, groups);
    }
  });
  index = built;
  return built;
}

/**
 * The nickname groups a normalised given name belongs to, ascending: a group is one formal
 * name of the dataset with all its nicknames (elizabeth, bess, beth, liz, lizzie, …). Names
 * that share a group are nickname variants of each other ("liz" and "elizabeth"; "liz" and
 * "beth", both Elizabeth). Empty for a name the dataset does not hold.
 *
 * The dataset: https://github.com/carltonnorthern/nicknames (Apache License 2.0; see the
 * package's NOTICE file), 1,151 formal names, 2,691 relations.
 *
 * @example
 * ```ts
 * nicknameGroups("liz").length > 0; // true
 * nicknameGroups("xochitl");        // []
 * ```
 * @internal
 */
export function nicknameGroups(name: string): readonly number[] {
  return groupIndex().get(name) ?? NONE;
}

/**
 * Whether two sorted group lists share a group.
 * @example `sharesGroup([3, 9], [9]); // true`
 * @internal
 */
export function sharesGroup(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/**
 * The names the dataset relates to `name` (its nicknames, or its formal names and their other
 * nicknames), sorted, `name` itself left out. For the testing kit's recording noise and for
 * people reading a comparison.
 *
 * @example
 * ```ts
 * nicknamesOf("elizabeth").includes("liz"); // true
 * nicknamesOf("liz").includes("elizabeth"); // true
 * ```
 * @internal
 */
export function nicknamesOf(name: string): string[] {
  const groups = nicknameGroups(name);
  if (groups.length === 0) return [];
  const found = new Set<string>();
  for (const [other, g] of groupIndex()) {
    if (other !== name && sharesGroup(groups, g)) found.add(other);
  }
  return [...found].sort();
}

/**
 * Every profile, in the order of `JURISDICTION_IDS`, and the names of their deadlines as a
 * type.
 * @module
 */
import type { Profile } from "../profile.js";
import { CA, type CA_DEADLINES } from "./ca.js";
import { FL, type FL_DEADLINES } from "./fl.js";
import { GA, type GA_DEADLINES } from "./ga.js";
import { IL, type IL_DEADLINES } from "./il.js";
import { MI } from "./mi.js";
import { NC, type NC_DEADLINES } from "./nc.js";
import { NY, type NY_DEADLINES } from "./ny.js";
import { OH, type OH_DEADLINES } from "./oh.js";
import { PA } from "./pa.js";
import { TX, type TX_DEADLINES } from "./tx.js";
import { US, type US_DEADLINES } from "./us.js";

/** The profiles: the federal baseline, then the states. @internal */
export const PROFILES: readonly Profile[] = Object.freeze([
  US,
  NY,
  CA,
  TX,
  FL,
  PA,
  IL,
  OH,
  GA,
  NC,
  MI,
]);

/** The name of every deadline of every profile. @internal */
export type ProfileDeadlineRule = (
  | typeof US_DEADLINES
  | typeof NY_DEADLINES
  | typeof CA_DEADLINES
  | typeof TX_DEADLINES
  | typeof FL_DEADLINES
  | typeof IL_DEADLINES
  | typeof OH_DEADLINES
  | typeof GA_DEADLINES
  | typeof NC_DEADLINES
)[number]["rule"];

/**
 * Every profile, in the order of `JURISDICTION_IDS`.
 * @module
 */
import { once } from "../../lazy/stand-in.js";
import type { Profile } from "../profile.js";
import { CA } from "./ca.js";
import { FL } from "./fl.js";
import { GA } from "./ga.js";
import { IL } from "./il.js";
import { MI } from "./mi.js";
import { NC } from "./nc.js";
import { NY } from "./ny.js";
import { OH } from "./oh.js";
import { PA } from "./pa.js";
import { TX } from "./tx.js";
import { US } from "./us.js";

/**
 * The profiles: the federal baseline, then the states (built on first use: an import builds
 * none). @internal
 */
export const PROFILES: () => readonly Profile[] = /* @__PURE__ */ once(() =>
  Object.freeze([US(), NY(), CA(), TX(), FL(), PA(), IL(), OH(), GA(), NC(), MI()]),
);

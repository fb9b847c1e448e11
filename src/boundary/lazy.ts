/**
 * Schemas made on first use (see `lazy/stand-in.ts`): importing the package builds no zod
 * schema; an app that uses three of the forty schemas builds three.
 * @module
 */
import * as z from "zod";
import { standIn } from "../lazy/stand-in.js";
import { withStandardSchema } from "./standard.js";

/** Zod metadata of a schema (what `.meta()` takes). */
type Meta = z.core.GlobalMeta;

/**
 * A schema that `build` makes on first use, with the library's Standard Schema face (the
 * issues of its parse function, see `standard.ts`) and `meta` in zod's global registry (from
 * the start: `z.globalRegistry.has` needs no build). `build` runs once.
 *
 * The stand-in becomes the schema: zod's constructor of the built schema runs again with the
 * stand-in as the instance (as zod's own `clone` makes a copy from a definition), so that
 * zod's methods and processors (`z.toJSONSchema` keeps a table keyed by the instance) name
 * the stand-in, and it is the same object wherever the models nest it: a registry entry for
 * `ChildSchema` names the child inside `MissingCaseSchema` too.
 *
 * @example
 * ```ts
 * export const NicSchema = lazySchema(buildNic); // nothing built yet
 * function buildNic() {
 *   return z.string().regex(NIC_PATTERN, coded("nic/invalid"));
 * }
 * // the first read builds it:
 * NicSchema.safeParse("M123456789").success; // true
 * ```
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<S extends z.ZodType>(build: () => S, meta?: Meta): S {
  const stand = standIn({} as S, build, (target, made, self) => {
    const { constr, def, parent } = made._zod;
    Object.setPrototypeOf(target, Object.getPrototypeOf(made));
    (constr as unknown as (this: S, def: unknown) => S).call(self, def);
    if (parent) self._zod.parent = parent;
    withStandardSchema(self);
  });
  if (meta) z.globalRegistry.add(stand, meta);
  return stand;
}

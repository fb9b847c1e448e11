// What `zod/v4/core` gives the fast path (src/boundary/fast.ts), for the Node build only
// (tsup.config.ts aliases the specifier to this file): the same objects, reached through the
// `zod` import the bundle already has, so that Node resolves one specifier less at a cold import.
import * as z from "zod";

export const { globalConfig, util } = z.core;

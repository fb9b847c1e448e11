import { defineConfig, type Options } from "tsup";

/** The package's public entry points: the root, `./testing` and `./arbitraries`. */
const entries = {
  index: "src/index.ts",
  "testing/index": "src/testing/index.ts",
  "arbitraries/index": "src/arbitraries/index.ts",
};

const common: Options = {
  // Peer dependencies are the user's own, never bundled: zod (one instance per app, so that
  // schemas, `instanceof` and zod's metadata registry are shared with the user's zod) and
  // fast-check (optional, for ./arbitraries).
  external: ["zod", "fast-check"],
  sourcemap: true,
  // Configs run in parallel, so none uses `clean` (race); `npm run build` deletes dist first.
  clean: false,
  target: "node20",
  platform: "neutral",
  // Do NOT set `treeshake: true`: with sourcemap it writes two sourceMappingURL comments per file.
};

// Four configs run in parallel:
// - ESM keeps one output file per source module (`bundle: false`). Bundlers drop whole unused
//   files thanks to `"sideEffects": false`, but cannot drop top-level `z.object(...)` calls
//   inside one big file: a consumer importing only `ageOn` would otherwise get all of zod.
// - ESM for Node (the `node` export condition) is bundled per entry with shared chunks, in
//   dist/node/: Node loads modules one file at a time, and reading, resolving and compiling
//   about 120 files cost more than running them (a cold import took twice as long). The
//   date-fns functions it uses are bundled in too; zod, a peer dependency, is not. Minified.
// - CJS is bundled per entry with shared chunks, so "pkg" and "pkg/testing" share one instance of
//   each schema.
// - The CLI is one node file.
// Declarations are not made here: `scripts/build-types.mjs` emits one `.d.ts` and one `.d.cts`
// per module with `tsc`. tsup's roll-up put the models shared by the three entries in
// hash-named chunks (`operation-DQmG-bIY.d.ts`), where go-to-definition then landed.
export default defineConfig([
  {
    ...common,
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
  },
  {
    ...common,
    entry: entries,
    outDir: "dist/node",
    format: ["esm"],
    splitting: true,
    // The few date-fns functions used go in too: resolving and reading their modules one by
    // one cost more than running them. zod stays external (a peer dependency: the app's copy).
    noExternal: ["date-fns", "@date-fns/tz", /^zod\/v4\/core$/],
    // zod's core through `zod`'s namespace instead of its own specifier: the same module, but
    // Node resolves the subpath "zod/v4/core" through zod's `exports` map at every cold
    // import, which cost about 3 CPU ms (the package's whole share is about 20). The
    // per-module build keeps the specifier, so that a parse-only bundle does not carry all
    // of zod.
    // ("zod/v4/core" is listed in `noExternal` so that the alias, not the peer dependency's
    // external rule, decides where it goes; the bundle-size check fails if zod itself went in.)
    esbuildOptions(options) {
      options.alias = { "zod/v4/core": "./scripts/build/zod-core.mjs" };
    },
    // Minified: Node compiles every byte of the entry's graph at import (about 290 kB here), and
    // the minified bundle took about 6 % fewer instructions to import. The source map names
    // the original functions and lines (`node --enable-source-maps`).
    minify: true,
    dts: false,
  },
  {
    ...common,
    entry: entries,
    format: ["cjs"],
    splitting: true,
    dts: false,
  },
  {
    entry: { cli: "src/cli/main.ts" }, // starts with #!/usr/bin/env node; tsup keeps it and chmods +x
    format: ["esm"],
    dts: false,
    // No map for the command: stack traces of a tool are not a user's to debug, and the map
    // (with the sources inlined) would be a fifth of the package.
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
  },
]);

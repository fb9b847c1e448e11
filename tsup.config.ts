import { defineConfig } from "tsup";

// Two configs run in parallel, so neither uses `clean` (race); `npm run build` deletes dist first.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "testing/index": "src/testing/index.ts",
      "arbitraries/index": "src/arbitraries/index.ts",
    },
    // fast-check is an optional peer dependency of ./arbitraries: never bundle it.
    external: ["fast-check"],
    format: ["esm", "cjs"],
    // tsup 8 injects the deprecated `baseUrl` into its dts build; TypeScript 6 then fails with TS5101.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "neutral",
    // Share chunks between entries in CJS too, so "pkg" and "pkg/testing" use one instance of each schema.
    splitting: true,
    // Do NOT set `treeshake: true`: with sourcemap it writes two sourceMappingURL comments per file.
  },
  {
    entry: { cli: "src/cli/main.ts" }, // starts with #!/usr/bin/env node; tsup keeps it and chmods +x
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
  },
]);

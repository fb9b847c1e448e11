/**
 * What users get: every file `npm pack` would publish (declarations, JavaScript, schemas),
 * with the docs and the README, refers to no outside document and no issue number, and no
 * doc renderer ships. Needs the build (`npm run build`); heavy, so it runs in the full gate.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forbiddenIn } from "./patterns.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

function packedFiles(): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, npm_config_dry_run: "true" },
  });
  const [pack] = JSON.parse(out) as [{ files: { path: string }[] }];
  return pack.files.map((f) => f.path);
}

function docs(): string[] {
  const dir = join(root, "docs");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && statSync(join(dir, f)).isFile())
    .map((f) => relative(root, join(dir, f)));
}

describe("the packed package", { timeout: 120_000 }, () => {
  const packed = packedFiles();
  const scanned = [...packed.filter((f) => /\.(?:d\.c?ts|c?js|json|md)$/.test(f)), ...docs()];

  it("is built: declarations and JavaScript of every entry point", () => {
    for (const f of ["dist/index.js", "dist/index.d.ts", "dist/index.cjs", "dist/cli.js"]) {
      expect(packed, `${f} (run npm run build first)`).toContain(f);
    }
    expect(packed.filter((f) => f.endsWith(".d.ts")).length).toBeGreaterThan(3);
  });

  it("refers to no outside document and no issue number", () => {
    const found = scanned.flatMap((f) =>
      forbiddenIn(readFileSync(join(root, f), "utf8")).map((m) => `${f}:${m}`),
    );
    expect(found).toEqual([]);
  });

  it("ships no doc renderer and no build script", () => {
    expect(packed.filter((f) => /(?:^|\/)(?:docs|scripts)\//.test(f))).toEqual([]);
    const js = packed.filter((f) => /\.c?js$/.test(f));
    for (const f of js) {
      const text = readFileSync(join(root, f), "utf8");
      expect(text, f).not.toMatch(/renderClassification|renderRules|GENERATED_DOCS/);
    }
  });

  it("carries the rule book: RULES with every rule's sources", () => {
    const rules = readFileSync(join(root, "dist/rules/index.d.ts"), "utf8");
    expect(rules).toMatch(/declare const RULES: readonly Rule\[\]/);
    const ages = readFileSync(join(root, "dist/age/age-on.d.ts"), "utf8");
    expect(ages).toMatch(/docs\/rules\.md#age-4/);
  });

  it("declares each module in a file named after it, never a hash-named chunk", () => {
    const declarations = packed.filter((f) => /\.d\.c?ts$/.test(f));
    expect(declarations).toContain("dist/models/case.d.ts");
    expect(declarations).toContain("dist/models/case.d.cts");
    const sourceOf = (f: string) => f.replace(/^dist\//, "src/").replace(/\.d\.c?ts$/, ".ts");
    expect(declarations.filter((f) => !existsSync(join(root, sourceOf(f))))).toEqual([]);
  });
});

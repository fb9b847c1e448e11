/**
 * `npm run docs` builds the API reference: a static site with one page per public entry point
 * (named by its import path), the README as its front page and the guides the README links
 * to copied beside it, with typedoc's warnings (an undocumented export, a dead link) as
 * errors. Built into a temporary folder; takes seconds, so it runs in the full gate.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./blocks.js";

mkdirSync(join(root, ".tmp"), { recursive: true });
const out = mkdtempSync(join(root, ".tmp", "api-site-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the API reference site", () => {
  it("has a page per entry point, the README in front and the guides it links", () => {
    const bin = join(root, "node_modules", "typedoc", "bin", "typedoc");
    execFileSync(process.execPath, [bin, "--out", out], { cwd: root, stdio: "pipe" });
    const { exports } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
    };
    const entries = Object.keys(exports)
      .filter((k) => !k.includes("*") && !k.endsWith(".json"))
      .map((k) => `missing-child-cases${k.slice(1)}`);
    expect(entries).toEqual([
      "missing-child-cases",
      "missing-child-cases/testing",
      "missing-child-cases/arbitraries",
    ]);
    for (const name of entries) {
      const page = join(out, "modules", `${name.replace("/", "_")}.html`);
      expect(readFileSync(page, "utf8"), name).toContain(`<title>${name} | missing-child-cases`);
    }
    const front = readFileSync(join(out, "index.html"), "utf8");
    expect(front).toContain('<h2 id="first-example"');
    const media = readdirSync(join(out, "media"));
    for (const guide of ["ages.md", "extending.md", "testing.md", "fastify.md"]) {
      expect(media, guide).toContain(guide);
    }
    expect(existsSync(join(out, "functions", "missing-child-cases.parseCase.html"))).toBe(true);
  }, 240_000);
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./support.js";

const PKG = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const COMMANDS = ["validate", "stats", "operation", "generate", "schema", "demo"];

describe("help, version, unknown commands", () => {
  it("prints help with exit 0, listing every command", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`missing-child-cases ${c}`);
    expect(r.stdout).toContain("missing-child-cases <command> --help");
  });

  it("prints help on stderr with exit 2 when given nothing", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage:");
  });

  it("prints the package version", async () => {
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(PKG.version);
  });

  it("rejects an unknown command and an unknown option with exit 2", async () => {
    const u = await cli(["frobnicate"]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain("unknown command 'frobnicate'");
    const r = await cli(["validate", "-", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    expect(r.stderr).toContain("Usage: missing-child-cases validate");
  });

  it("escapes what it echoes of the arguments", async () => {
    const r = await cli(["\u001b[2Jfrob"]);
    expect(r.stderr).toContain("unknown command '\\u001b[2Jfrob'");
    expect(r.stderr).not.toContain("\u001b");
  });
});

describe("<command> --help", () => {
  it.each(COMMANDS)("%s --help prints its usage, options and an example", async (name) => {
    for (const args of [
      [name, "--help"],
      [name, "-h"],
      ["help", name],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      const [usage, ...rest] = r.stdout.split("\n");
      expect(usage).toMatch(new RegExp(`^Usage: missing-child-cases ${name}\\b`));
      const text = rest.join("\n");
      expect(text).toContain("Options:\n");
      expect(text).toContain("--no-color");
      // An example is a command line to copy, under a comment.
      expect(text).toMatch(new RegExp(`Examples:\\n  # .+\\n  .*missing-child-cases ${name}\\b`));
    }
  });

  it("documents the reading options on the reading commands", async () => {
    for (const name of ["validate", "stats", "operation"]) {
      const r = await cli([name, "--help"]);
      expect(r.stdout).toContain("--max-errors <n>");
      expect(r.stdout).toContain("--json");
    }
    expect((await cli(["stats", "--help"])).stdout).toContain("--year <yyyy>");
  });
});

describe("docs/cli.md", () => {
  it("shows validate --help as the command prints it", async () => {
    const doc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
    const help = (await cli(["validate", "--help"])).stdout;
    expect(doc).toContain(`$ missing-child-cases validate --help\n${help}\`\`\``);
  });
});

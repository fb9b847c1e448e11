/**
 * Output that fails or goes to a terminal: closed pipes, full disks, colour, the progress
 * line, and text from records that must not reach a terminal raw.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  bad,
  cli,
  hasColour,
  hasControl,
  memoryStream,
  ndjson,
  tempFiles,
  valid,
} from "./support.js";

const badLines = ndjson(Array.from({ length: 20 }, () => bad));

describe("a closed or failing output", () => {
  it("a closed stdout ends the command quietly, with what it had found", async () => {
    const stdout = memoryStream({ fail: "EPIPE" });
    const r = await cli(["validate", "-"], { stdin: badLines, stdout });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/EPIPE|cannot write|Error/);
  });

  it("a closed stdout stops a command that is still writing, with exit 0", async () => {
    const stdout = memoryStream({ fail: "EPIPE", after: 300_000 });
    const r = await cli(["generate", "--year", "2024", "--reports", "1000000", "--seed", "1"], {
      stdout,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.length).toBeLessThanOrEqual(300_000);
  });

  it("a closed stderr changes nothing: same exit code, same summary", async () => {
    const stderr = memoryStream({ fail: "EPIPE", after: 100 });
    const r = await cli(["validate", "-"], { stdin: badLines, stderr });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/invalid\s+20\n/);
    const ok = await cli(["validate", "-"], {
      stdin: ndjson([valid]),
      stderr: memoryStream({ fail: "EPIPE" }),
    });
    expect(ok.code).toBe(0);
  });

  it("any other write error prints one line and exits 2", async () => {
    for (const args of [["schema", "case"], ["validate", "-"], ["--help"]]) {
      const stdout = memoryStream({ fail: "ENOSPC" });
      const r = await cli(args, { stdin: badLines, stdout });
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n").filter((l) => l.includes("cannot write"))).toEqual([
        expect.stringMatching(/^missing-child-cases( \w+)?: stdout: cannot write \(ENOSPC\)$/),
      ]);
    }
    // A stream that throws from write() itself is the same failure.
    const throwing = Object.assign(
      new Writable({
        write() {
          throw Object.assign(new Error("write EBADF"), { code: "EBADF" });
        },
      }),
      { isTTY: false, text: () => "" },
    );
    const sync = await cli(["schema", "case"], { stdout: throwing });
    expect(sync.code).toBe(2);
    expect(sync.stderr).toBe("missing-child-cases schema: stdout: cannot write (EBADF)\n");
    const mid = await cli(["generate", "--year", "2024", "--reports", "100000", "--seed", "1"], {
      stdout: memoryStream({ fail: "EIO", after: 300_000 }),
    });
    expect(mid.code).toBe(2);
    expect(mid.stderr).toBe("missing-child-cases generate: stdout: cannot write (EIO)\n");
  });
});

describe("text from records", () => {
  const forged = "\u001b]0;owned\u0007\u001b[2J\nFAKE: all records valid";
  const bidi = "a\u009bb\u202ec\\u0041";
  const huge = "k".repeat(5_000_000);
  const input = ndjson([{ ...valid, [forged]: 1, [bidi]: 2, [huge]: 3 }]);

  it("is escaped and cut in error lines: no control character, no forged line", async () => {
    const r = await cli(["validate", "-"], { stdin: input });
    expect(r.code).toBe(1);
    expect(hasControl(r.stderr)).toBe(false);
    expect(r.stderr).not.toContain("\u202e");
    expect(r.stderr.split("\n").some((l) => l.startsWith("FAKE"))).toBe(false);
    expect(r.stderr).toContain(
      "at \\u001b]0;owned\\u0007\\u001b[2J\\u000aFAKE: all records valid: Unknown field",
    );
    // A backslash of the key itself is doubled: an escape in the output is always ours.
    expect(r.stderr).toContain("at a\\u009bb\\u202ec\\\\u0041: Unknown field");
    expect(r.stderr).toContain(`at ${"k".repeat(64)}…: Unknown field`);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it("is escaped and cut in --json lines, which stay valid JSON", async () => {
    const r = await cli(["validate", "-", "--json"], { stdin: input });
    expect(hasControl(r.stderr)).toBe(false);
    expect(r.stderr).not.toContain("\u202e");
    expect(r.stderr.length).toBeLessThan(1000);
    const line = JSON.parse(r.stderr);
    expect(line.issues.map((i: { path: string[] }) => i.path[0])).toEqual(
      expect.arrayContaining([forged, bidi, `${"k".repeat(64)}…`]),
    );
  });
});

describe("colour", () => {
  const tty = () => memoryStream({ isTTY: true });

  it("colours codes and the summary on a terminal", async () => {
    const r = await cli(["validate", "-"], { stdin: badLines, stdout: tty(), stderr: tty() });
    expect(r.stderr).toContain("\u001b[33mcase/last-contact-after-report\u001b[39m");
    expect(r.stdout).toContain("\u001b[31m  invalid  20\u001b[39m");
    expect(r.stdout).toContain("\u001b[33mcase/last-contact-after-report\u001b[39m");
  });

  it("is off with NO_COLOR, --no-color, TERM=dumb, or off a terminal; FORCE_COLOR forces it", async () => {
    const plain = async (options: Parameters<typeof cli>[1], args: string[] = []) => {
      const r = await cli(["validate", "-", ...args], { stdin: badLines, ...options });
      // Colour, not the progress line's cursor moves.
      return !hasColour(r.stdout + r.stderr);
    };
    expect(await plain({ stdout: tty(), stderr: tty(), env: { NO_COLOR: "1" } })).toBe(true);
    expect(await plain({ stdout: tty(), stderr: tty(), env: { NO_COLOR: "" } })).toBe(false);
    expect(await plain({ stdout: tty(), stderr: tty() }, ["--no-color"])).toBe(true);
    expect(await plain({ stdout: tty(), stderr: tty(), env: { TERM: "dumb" } })).toBe(true);
    expect(await plain({})).toBe(true);
    expect(await plain({ env: { FORCE_COLOR: "1" } })).toBe(false);
    expect(await plain({ env: { FORCE_COLOR: "0" }, stdout: tty(), stderr: tty() })).toBe(true);
    expect(await plain({ env: { FORCE_COLOR: "1" } }, ["--no-color"])).toBe(true);
  });

  it("never colours --json output", async () => {
    const r = await cli(["validate", "-", "--json"], {
      stdin: badLines,
      stdout: tty(),
      stderr: tty(),
    });
    expect(r.stdout + r.stderr).not.toContain("\u001b[3");
    expect(JSON.parse(r.stdout).invalid).toBe(20);
  });
});

describe("the progress line", () => {
  const CLEAR_LINE = "\r\u001b[2K";

  it("is drawn on a terminal and cleared before the first error line", async () => {
    const r = await cli(["validate", "-", "--no-color"], {
      stdin: ndjson([valid, bad]),
      stderr: memoryStream({ isTTY: true }),
    });
    expect(r.stderr.startsWith(`${CLEAR_LINE}validate `)).toBe(true);
    const error = r.stderr.indexOf("line 2: case/last-contact-after-report");
    expect(error).toBeGreaterThan(0);
    // The last thing before the error line clears the line.
    expect(r.stderr.slice(0, error).endsWith(CLEAR_LINE)).toBe(true);
    expect(r.stderr.slice(0, error)).toContain("records");
    // …and no progress is left drawn at the end.
    expect(r.stderr.endsWith("\n") || r.stderr.endsWith(CLEAR_LINE)).toBe(true);
    const ok = await cli(["validate", "-"], {
      stdin: ndjson([valid]),
      stderr: memoryStream({ isTTY: true }),
    });
    expect(ok.stderr.startsWith(`${CLEAR_LINE}validate `)).toBe(true);
    expect(ok.stderr.endsWith(CLEAR_LINE)).toBe(true);
  });

  it("shows a bar when the input's size is known", async () => {
    const files = tempFiles("mcc-progress-");
    try {
      const path = files.file("two.ndjson", ndjson([valid, valid]));
      const r = await cli(["validate", path], { stderr: memoryStream({ isTTY: true }) });
      expect(r.stderr.startsWith(CLEAR_LINE)).toBe(true);
      expect(r.stderr.slice(CLEAR_LINE.length)).toMatch(
        /^validate \[#{24}\] 100% 0 records · 0\/s · \d[\d.]* kB/,
      );
    } finally {
      files.remove();
    }
  });

  it("is not drawn when stderr is not a terminal", async () => {
    const r = await cli(["validate", "-"], { stdin: ndjson([valid, bad]) });
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).not.toContain("\u001b");
  });
});

/**
 * "Runs in browsers", tested for real: the ESM build (`dist/`, bundled for the browser by
 * esbuild, which fails on any Node built-in) runs in headless Chromium (Debian's `chromium`,
 * driven by playwright-core; nothing downloads a browser), and its answers equal Node's:
 * parseCase, ageAtReport in three zones, classifyCase and redactCase.
 *
 * Needs `npm run build` and a Chromium at /usr/bin/chromium (or CHROMIUM_PATH); `.ci/run`
 * installs it when missing. Without one the test fails and says so.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Lib from "../../src/index.js";
import {
  cancelledCase,
  closedCase,
  deceasedCase,
  reportedCase,
  validCases,
} from "../fixtures/valid.js";

const DIST = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Only for the page's own origin, answered by page.route: no request leaves the browser.
const ORIGIN = "http://missing-child-cases.invalid";
const ARGS = [
  "--no-sandbox", // CI runs as root
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let browser: Browser;
let page: Page;
let node: typeof Lib;

/** Starts Chromium, or fails with a message that says what is missing and how to get it. */
async function launch(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `cannot start a browser: no Chromium at ${EXECUTABLE}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  try {
    return await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, timeout: 60_000 });
  } catch (e) {
    throw new Error(`cannot start a browser: Chromium at ${EXECUTABLE} did not start: ${e}`);
  }
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error("dist/index.js is missing: run npm run build first");
  node = (await import(DIST)) as typeof Lib;
  const bundle = await build({
    entryPoints: [DIST],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  browser = await launch();
  page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const isLib = route.request().url().endsWith("/lib.js");
    return route.fulfill(
      isLib
        ? { contentType: "text/javascript", body: script }
        : { contentType: "text/html", body: "<!doctype html><title>missing-child-cases</title>" },
    );
  });
  await page.goto(`${ORIGIN}/`);
  // A string, not a function: vitest rewrites `import()` inside functions it transforms.
  await page.evaluate(`import("${ORIGIN}/lib.js").then((m) => { globalThis.lib = m; })`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Calls `lib[fn](...args)` in the page and returns its JSON-cloned answer. */
function inBrowser(fn: keyof typeof Lib, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([name, list]) => {
      type Fn = (...a: unknown[]) => unknown;
      const lib = (globalThis as unknown as { lib: Record<string, Fn> }).lib;
      return JSON.parse(JSON.stringify((lib[name] as Fn)(...list)));
    },
    [fn, args] as const,
  );
}

/** The same call in Node, as JSON (what the page can send back). */
function inNode(fn: keyof typeof Lib, ...args: unknown[]): unknown {
  const f = node[fn] as (...a: unknown[]) => unknown;
  return JSON.parse(JSON.stringify(f(...args)));
}

/** A valid reported case of a child born 1 March 2011, reported at `reportedAt` in `zone`. */
const reportIn = (timeZone: string, reportedAt: string): Lib.MissingCase => ({
  ...reportedCase,
  timeZone,
  reportedAt,
  lastContactAt: reportedAt,
  child: { ...reportedCase.child, birthDate: "2011-03-01" },
});

describe("the ESM build in headless Chromium", () => {
  it("runs in a browser engine, not in Node", async () => {
    const agent = await page.evaluate(
      () => (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent,
    );
    expect(agent).toMatch(/Chrome\/\d+/);
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      "undefined",
    );
  });

  it("parseCase accepts the valid cases with the same value as in Node", async () => {
    for (const c of validCases) {
      const answer = (await inBrowser("parseCase", c)) as { ok: boolean };
      expect(answer.ok).toBe(true);
      expect(answer).toEqual(inNode("parseCase", c));
    }
  });

  it("parseCase rejects a bad case with the same issues as in Node", async () => {
    const bad = { ...closedCase, reportedAt: "2025-02-30T10:00:00Z", note: "x", status: "open" };
    const answer = (await inBrowser("parseCase", bad)) as { ok: boolean; issues: unknown[] };
    expect(answer.ok).toBe(false);
    expect(answer.issues.length).toBeGreaterThanOrEqual(3);
    expect(answer).toEqual(inNode("parseCase", bad));
  });

  // Born 1 March 2011; a birthday is reached at local midnight in the case's zone.
  // New York is UTC-5 then, Kathmandu UTC+5:45 and the Chatham Islands UTC+13:45.
  it.each([
    ["America/New_York", "2025-03-01T04:59:00Z", 13], // 28 Feb, 23:59
    ["America/New_York", "2025-03-01T05:00:00Z", 14], // 1 Mar, 00:00
    ["Asia/Kathmandu", "2025-02-28T18:14:00Z", 13], // 28 Feb, 23:59
    ["Asia/Kathmandu", "2025-02-28T18:15:00Z", 14], // 1 Mar, 00:00
    ["Pacific/Chatham", "2025-02-28T10:14:00Z", 13], // 28 Feb, 23:59
    ["Pacific/Chatham", "2025-02-28T10:15:00Z", 14], // 1 Mar, 00:00
  ])("ageAtReport in %s at %s is %i, as in Node", async (zone, reportedAt, age) => {
    const c = reportIn(zone, reportedAt);
    expect(node.parseCase(c).ok).toBe(true);
    expect(await inBrowser("ageAtReport", c)).toBe(age);
    expect(inNode("ageAtReport", c)).toBe(age);
  });

  it("classifyCase gives the same classification as in Node", async () => {
    for (const c of [...validCases, reportIn("Pacific/Chatham", "2025-02-28T10:15:00Z")]) {
      expect(await inBrowser("classifyCase", c)).toEqual(inNode("classifyCase", c));
    }
  });

  it.each(["public", "partner"] as const)(
    "redactCase for %s gives the same record as in Node",
    async (audience) => {
      const now = { now: "2025-06-01T12:00:00Z" };
      for (const c of [reportedCase, closedCase, cancelledCase, deceasedCase]) {
        const answer = await inBrowser("redactCase", c, audience, now);
        expect(answer).toEqual(inNode("redactCase", c, audience, now));
      }
      const poster = (await inBrowser("redactCase", reportedCase, "public", now)) as Record<
        string,
        unknown
      >;
      expect(poster.ageNow).toBe(15); // born 14 June 2009
      expect(JSON.stringify(poster)).not.toContain(reportedCase.child.birthDate);
    },
  );
});

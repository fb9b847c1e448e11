import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nicknameGroups, nicknamesOf, sharesGroup } from "../../src/linking/nicknames.js";
import { NICKNAME_LINES } from "../../src/linking/nicknames-data.js";

const NICKNAME_GROUPS = NICKNAME_LINES.split("\n");

// The build script is plain JavaScript (no types): imported by path, it is typed `any`.
const script = "../../scripts/build-nicknames.mjs";
const { CSV_PATH, MODULE_PATH, readRelations, renderModule } = await import(script);
const csv = readFileSync(CSV_PATH, "utf8");

describe("the nickname data", () => {
  it("is the module the build script makes from data/nicknames/names.csv (not stale)", () => {
    expect(readFileSync(MODULE_PATH, "utf8")).toBe(renderModule(csv));
  });

  it("holds every relation of the dataset, and nothing else", () => {
    const relations: [string, string][] = readRelations(csv);
    expect(relations).toHaveLength(2691);
    const fromModule = new Set(
      NICKNAME_GROUPS.flatMap((line) => {
        const [formal = "", nicknames = ""] = line.split(":");
        return nicknames.split(",").map((n) => `${formal},${n}`);
      }),
    );
    expect(fromModule).toEqual(new Set(relations.map(([f, n]) => `${f},${n}`)));
    expect(NICKNAME_GROUPS).toHaveLength(1151);
  });

  it("names its source and licence in the generated module and in NOTICE", () => {
    const module = readFileSync(MODULE_PATH, "utf8");
    expect(module).toContain("https://github.com/carltonnorthern/nicknames");
    expect(module).toContain("Apache License, Version 2.0");
    const notice = readFileSync(new URL("../../NOTICE", import.meta.url), "utf8");
    expect(notice).toContain("https://github.com/carltonnorthern/nicknames");
    expect(notice).toContain("Apache License, Version 2.0");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(pkg.files).toContain("NOTICE");
  });

  it("refuses a CSV it does not understand", () => {
    expect(() => readRelations("a,b,c\n")).toThrow("unexpected CSV header");
    expect(() => readRelations("name1,relationship,name2\nann,is_translation_of,ana\n")).toThrow(
      "line 2",
    );
  });
});

describe("nickname groups", () => {
  it("relates a nickname to its formal name and to the formal name's other nicknames", () => {
    expect(sharesGroup(nicknameGroups("liz"), nicknameGroups("elizabeth"))).toBe(true);
    expect(sharesGroup(nicknameGroups("liz"), nicknameGroups("beth"))).toBe(true);
    expect(sharesGroup(nicknameGroups("bill"), nicknameGroups("william"))).toBe(true);
    expect(sharesGroup(nicknameGroups("william"), nicknameGroups("elizabeth"))).toBe(false);
    expect(nicknameGroups("xochitl")).toEqual([]);
  });

  it("reads the dataset's names in the normal form of the comparison ('k.c.' as 'kc')", () => {
    expect(sharesGroup(nicknameGroups("kc"), nicknameGroups("casey"))).toBe(true);
  });

  it("lists the related names of a name, itself left out", () => {
    expect(nicknamesOf("elizabeth")).toEqual(expect.arrayContaining(["liz", "beth", "betsy"]));
    expect(nicknamesOf("elizabeth")).not.toContain("elizabeth");
    expect(nicknamesOf("liz")).toContain("elizabeth");
    expect(nicknamesOf("xochitl")).toEqual([]);
  });

  it("sharesGroup compares sorted lists", () => {
    expect(sharesGroup([1, 4, 9], [2, 9])).toBe(true);
    expect(sharesGroup([1, 4], [2, 3, 5])).toBe(false);
    expect(sharesGroup([], [1])).toBe(false);
  });
});

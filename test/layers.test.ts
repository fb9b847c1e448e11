/**
 * The layers of `src/` point one way. Each folder has a rank; a module may import from its
 * own folder, from a folder of the same rank, or from a lower rank, never from a higher one;
 * and no chain of imports (type-only ones included) leads back to where it started.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../src/", import.meta.url));

/** The layers, lowest first; `.` is the package entry `src/index.ts`. */
const LAYERS: readonly (readonly string[])[] = [
  ["time", "issues", "lazy"],
  ["boundary"],
  ["models"],
  ["lifecycle", "parse"],
  ["age", "rules", "jurisdictions"],
  ["classification"],
  ["linking"],
  ["deadlines", "statistics", "operations", "privacy", "testing"],
  ["arbitraries", "cli"],
  ["."],
];

/** Upward imports allowed by name (none: every layer points down). */
const PENDING: readonly string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Every module of `src/` and the modules of `src/` it imports or re-exports from. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of walk(root)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"/g)].map((m) =>
      relative(root, join(dirname(file), (m[1] as string).replace(/\.js$/, ".ts"))),
    );
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

const folderOf = (module: string): string =>
  module.includes("/") ? (module.split("/")[0] as string) : ".";
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

/** The strongly connected components of more than one node, or with a self-loop (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => `${from} -> ${to}`));

describe("layers of src/", () => {
  it("place every folder in a layer", () => {
    const unplaced = [...new Set([...graph.keys()].map(folderOf))].filter((f) => !rank.has(f));
    expect(unplaced).toEqual([]);
  });

  it("import only from the same layer or below", () => {
    const upward = edges.filter((e) => {
      const [from, to] = e.split(" -> ") as [string, string];
      return (rank.get(folderOf(to)) as number) > (rank.get(folderOf(from)) as number);
    });
    expect(upward.sort()).toEqual([...PENDING].sort());
  });

  it("resolve every relative import to a module of src/", () => {
    const missing = edges.filter((e) => !graph.has(e.split(" -> ")[1] as string));
    expect(missing).toEqual([]);
  });

  it("have no cycle between modules, type-only imports included", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("have no cycle between folders, once the pending edges are gone", () => {
    const folders = new Map<string, string[]>();
    for (const e of edges) {
      if (PENDING.includes(e)) continue;
      const [from, to] = (e.split(" -> ") as [string, string]).map(folderOf) as [string, string];
      if (from === to) continue;
      folders.set(from, [...new Set([...(folders.get(from) ?? []), to])]);
    }
    expect(cycles(folders)).toEqual([]);
  });

  it("find a cycle and an upward import when there is one", () => {
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c"]]);
    expect(rank.get("models") as number).toBeLessThan(rank.get("parse") as number);
  });
});

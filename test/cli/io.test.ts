import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachRecord, type RecordItem } from "../../src/cli/io.js";

async function items(chunks: Buffer[]): Promise<RecordItem[]> {
  const out: RecordItem[] = [];
  await forEachRecord(Readable.from(chunks), (i) => out.push(i));
  return out;
}

const records = [{ name: "Zoë Ångström" }, { id: 2 }, [1, 2], "text", 42];

describe("forEachRecord", () => {
  it("splits NDJSON at every chunk boundary, multibyte characters included", async () => {
    const text = Buffer.from(
      `${records
        .slice(0, 2)
        .map((r) => JSON.stringify(r))
        .join("\n")}\r\n\n{"id":3}`,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }),
        async (cuts) => {
          const at = [0, ...cuts.sort((a, b) => a - b), text.length];
          const chunks = at.slice(1).map((end, i) => text.subarray(at[i], end));
          const got = await items(chunks);
          expect(got).toEqual([
            { kind: "record", where: { line: 1 }, value: records[0] },
            { kind: "record", where: { line: 2 }, value: records[1] },
            { kind: "record", where: { line: 4 }, value: { id: 3 } },
          ]);
        },
      ),
    );
  });

  it("reads a JSON array whole, by index, even after a BOM and blank lines", async () => {
    const got = await items([Buffer.from(`\uFEFF\n  ${JSON.stringify(records)}`)]);
    expect(got.map((i) => i.where)).toEqual(records.map((_, index) => ({ index })));
  });

  it("passes on lines that are not JSON, and a broken array once", async () => {
    expect(await items([Buffer.from('{"a":1}\nnope\n')])).toEqual([
      { kind: "record", where: { line: 1 }, value: { a: 1 } },
      { kind: "not-json", where: { line: 2 } },
    ]);
    expect(await items([Buffer.from("[1, 2")])).toEqual([{ kind: "not-json", where: { line: 1 } }]);
  });

  it("yields nothing for empty input", async () => {
    expect(await items([])).toEqual([]);
    expect(await items([Buffer.from("\n\n")])).toEqual([]);
  });
});

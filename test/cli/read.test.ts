import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IoError } from "../../src/cli/errors.js";
import { forEachRecord, type RecordItem, TooLargeError } from "../../src/cli/read.js";

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

describe("forEachRecord: one JSON value read whole", () => {
  const record = { id: "case-1", child: { name: "Zoë" }, events: [{ type: "report" }] };
  const pretty = Buffer.from(`\uFEFF\n${JSON.stringify(record, null, 2)}\n`);

  /** `text` cut into chunks at `cuts`. */
  const chunked = (text: Buffer, cuts: number[]) => {
    const at = [0, ...cuts.sort((a, b) => a - b), text.length];
    return at.slice(1).map((end, i) => text.subarray(at[i], end));
  };

  it("reads a pretty-printed object as one record, at its first line, whatever the chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: pretty.length - 1 }), { maxLength: 6 }),
        async (cuts) => {
          expect(await items(chunked(pretty, cuts))).toEqual([
            { kind: "record", where: { line: 2 }, value: record },
          ]);
        },
      ),
    );
  });

  it("reads a one-line object, with or without a newline, as NDJSON", async () => {
    for (const text of [JSON.stringify(record), `${JSON.stringify(record)}\n`]) {
      expect(await items([Buffer.from(text)])).toEqual([
        { kind: "record", where: { line: 1 }, value: record },
      ]);
    }
  });

  it("reads NDJSON whose first line is broken line by line (its next line is JSON)", async () => {
    const text = `{"id": "case-1\n\n${JSON.stringify(record)}\n{"id": 2}\n`;
    expect(await items([Buffer.from(text)])).toEqual([
      { kind: "not-json", where: { line: 1 } },
      { kind: "record", where: { line: 3 }, value: record },
      { kind: "record", where: { line: 4 }, value: { id: 2 } },
    ]);
  });

  it("reports a broken multi-line object once, at its first line", async () => {
    const text = `\n${JSON.stringify(record, null, 2).replace('"Zoë"', '"Zoë" "x"')}`;
    expect(await items([Buffer.from(text)])).toEqual([{ kind: "not-json", where: { line: 2 } }]);
  });

  it("fails with TooLargeError past the limit for arrays and multi-line objects, not NDJSON", async () => {
    const read = (text: string, maxWholeBytes: number) =>
      forEachRecord(Readable.from([Buffer.from(text)]), () => {}, { maxWholeBytes });
    const array = JSON.stringify([record, record]);
    const bytes = Buffer.byteLength(array);
    await expect(read(array, bytes - 1)).rejects.toEqual(new TooLargeError(bytes - 1));
    await expect(read(array, bytes)).resolves.toBeUndefined();
    const object = JSON.stringify(record, null, 2);
    await expect(read(object, 50)).rejects.toBeInstanceOf(TooLargeError);
    const lines = `${JSON.stringify(record)}\n`.repeat(10);
    await expect(read(lines, 50)).resolves.toBeUndefined();
  });

  it("stops reading at the limit, not at the end of the input", async () => {
    let pulled = 0;
    async function* endless() {
      yield Buffer.from("[");
      for (;;) {
        pulled++;
        yield Buffer.from(`${JSON.stringify(record)},`);
      }
    }
    const source = Readable.from(endless(), { objectMode: false });
    await expect(forEachRecord(source, () => {}, { maxWholeBytes: 10_000 })).rejects.toBeInstanceOf(
      TooLargeError,
    );
    expect(pulled).toBeLessThan(200);
  });
});

describe("forEachRecord: errors", () => {
  it("lets an error of the callback through as it is, and closes the input", async () => {
    const source = Readable.from([Buffer.from("1\n2\n")]);
    const boom = new Error("boom");
    await expect(
      forEachRecord(source, () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(source.destroyed).toBe(true);
  });

  it("turns a failing input into an IoError", async () => {
    const source = new Readable({
      read() {
        this.destroy(Object.assign(new Error("disk"), { code: "EIO" }));
      },
    });
    await expect(forEachRecord(source, () => {})).rejects.toEqual(
      new IoError("cannot read input (EIO)"),
    );
  });
});

describe("forEachRecord: lines too long", () => {
  const read = async (chunks: string[], maxLine: number) => {
    const out: RecordItem[] = [];
    const source = Readable.from(chunks.map((c) => Buffer.from(c)));
    await forEachRecord(source, (i) => out.push(i), { maxLine });
    return out;
  };

  it("reports a runaway line once, skips it to its end and goes on", async () => {
    const long = `{"a":"${"x".repeat(100)}"}`;
    const got = await read(['{"a":1}\n', long.slice(0, 60), long.slice(60), '\n{"b":2}\n'], 50);
    expect(got).toEqual([
      { kind: "record", where: { line: 1 }, value: { a: 1 } },
      { kind: "too-long", where: { line: 2 } },
      { kind: "record", where: { line: 3 }, value: { b: 2 } },
    ]);
    // A runaway last line, with no newline after it.
    expect(await read([long.slice(0, 60), long.slice(60)], 50)).toEqual([
      { kind: "too-long", where: { line: 1 } },
    ]);
  });

  it("stops waiting for the end of a first line that starts with { past the limit", async () => {
    const long = `{"a":"${"x".repeat(100)}"}`;
    const got = await read([long.slice(0, 40), long.slice(40, 80), long.slice(80), "\n7\n"], 50);
    expect(got).toEqual([
      { kind: "too-long", where: { line: 1 } },
      { kind: "record", where: { line: 2 }, value: 7 },
    ]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { osaDistance } from "../../src/linking/distance.js";
import { normalizeName } from "../../src/linking/normalize.js";
import { nysiis } from "../../src/linking/nysiis.js";

describe("normalizeName", () => {
  it.each([
    ["Elizabeth", ["elizabeth"]],
    ["  ELIZABETH ", ["elizabeth"]],
    ["José", ["jose"]],
    ["Muñoz", ["munoz"]],
    ["Nguyễn", ["nguyen"]],
    ["O'Brien", ["obrien"]],
    ["D’Angelo", ["dangelo"]],
    ["García-Lopez", ["garcia", "lopez"]],
    ["De La  Cruz", ["de", "la", "cruz"]],
    ["St. Louis", ["st", "louis"]],
    ["Strauß", ["strauss"]],
    ["Søren", ["soren"]],
    ["K.C.", ["k", "c"]],
    ["?", []],
  ])("%s → %j", (raw, tokens) => {
    expect(normalizeName(raw).tokens).toEqual(tokens);
    expect(normalizeName(raw).joined).toBe(tokens.join(""));
  });

  it("drops a generation suffix from family names only when asked", () => {
    expect(normalizeName("Smith Jr.", true).joined).toBe("smith");
    expect(normalizeName("Smith III", true).joined).toBe("smith");
    expect(normalizeName("Smith Jr.").joined).toBe("smithjr");
    expect(normalizeName("Jr", true).joined).toBe("jr");
  });

  it("gives plain ASCII names the same result on its fast path as the general one", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,12}$/), (name) => {
        // A trailing space sends the same name down the general path.
        expect(normalizeName(name)).toEqual(normalizeName(`${name} `));
      }),
      { numRuns: 200 },
    );
  });
});

describe("nysiis", () => {
  // Test vectors of the NYSIIS task, https://rosettacode.org/wiki/NYSIIS (untruncated codes).
  it.each([
    ["bishop", "BASAP"],
    ["carlson", "CARLSAN"],
    ["carr", "CAR"],
    ["chapman", "CAPNAN"],
    ["franklin", "FRANCLAN"],
    ["greene", "GRAN"],
    ["harper", "HARPAR"],
    ["jacobs", "JACAB"],
    ["larson", "LARSAN"],
    ["lawrence", "LARANC"],
    ["lawson", "LASAN"],
    ["lynch", "LYNC"],
    ["mackenzie", "MCANSY"],
    ["matthews", "MAT"],
    ["mccormack", "MCARNAC"],
    ["mcdaniel", "MCDANAL"],
    ["mcdonald", "MCDANALD"],
    ["mclaughlin", "MCLAGLAN"],
    ["morrison", "MARASAN"],
    ["obanion", "OBANAN"],
    ["obrien", "OBRAN"],
    ["richards", "RACARD"],
    ["silva", "SALV"],
    ["watkins", "WATCAN"],
    ["wheeler", "WALAR"],
    ["willis", "WAL"],
    ["knight", "NAGT"],
    ["mitchell", "MATCAL"],
    ["odaniel", "ODANAL"],
  ])("%s → %s", (name, code) => {
    expect(nysiis(name)).toBe(code);
  });

  it("gives spelling variants one code and keeps whole codes (not cut to six letters)", () => {
    expect(nysiis("rodriguez")).toBe(nysiis("rodrigues"));
    expect(nysiis("jon")).toBe(nysiis("john"));
    expect(nysiis("brianna")).toBe(nysiis("breanna"));
    expect(nysiis("christopher")).toBe("CRASTAFAR");
    expect(nysiis("christina")).toBe("CRASTAN");
  });

  it("skips what is not a letter a–z and gives empty for nothing", () => {
    expect(nysiis("o brien")).toBe("OBRAN");
    expect(nysiis("")).toBe("");
    expect(nysiis("123")).toBe("");
    expect(nysiis("s")).toBe("S");
  });
});

/** The textbook unbounded optimal string alignment distance, to check the bounded one. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1);
      v = Math.min(v, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe("osaDistance", () => {
  it.each([
    ["jasmine", "jasmine", 0],
    ["jasmine", "jasmien", 1],
    ["smith", "smyth", 1],
    ["smith", "smth", 1],
    ["smith", "smiith", 1],
    ["elizabeth", "elisabeth", 1],
    ["ca", "abc", 3],
    ["garcia", "lopez", 3],
  ])("%s / %s: %d (bound 2)", (a, b, d) => {
    expect(osaDistance(a, b, 2)).toBe(d);
    expect(osaDistance(b, a, 2)).toBe(d);
  });

  it("equals the unbounded distance up to the bound, and bound + 1 beyond", () => {
    const word = fc.stringMatching(/^[abc]{0,7}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(osaDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 400 },
    );
  });
});

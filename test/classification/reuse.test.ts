/**
 * classifyEpisode and classifyCase reuse one facts record and one context across calls and
 * share frozen results: a call made while another is under way (from a getter of the facts
 * or of the options) must neither see nor spoil the other's facts, and a result must not
 * change when later calls run.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { episodeFactsArbitrary } from "../../src/arbitraries/index.js";
import { classifyCase, classifyEpisode, type EpisodeFacts } from "../../src/index.js";
import { reportedCase } from "../fixtures/valid.js";
import * as oracle from "./oracle/index.js";

/** Facts whose `lured` is a getter that first classifies `inner` (a call from inside a call). */
function reentrantFacts(outer: EpisodeFacts, inner: EpisodeFacts, seen: unknown[]): EpisodeFacts {
  const { lured, ...rest } = outer;
  const facts = { ...rest };
  Object.defineProperty(facts, "lured", {
    enumerable: true,
    get() {
      seen.push(classifyEpisode(inner, { age: 9 }));
      seen.push(classifyCase({ ...reportedCase, facts: inner }));
      return lured;
    },
  });
  return facts;
}

describe("calls made while another call is under way", () => {
  it("from a getter of the facts: each call gives the oracle's result", () => {
    fc.assert(
      fc.property(episodeFactsArbitrary(), episodeFactsArbitrary(), (outer, inner) => {
        const seen: unknown[] = [];
        const got = classifyEpisode(reentrantFacts(outer, inner, seen), { age: 12 });
        expect(got).toStrictEqual(oracle.classifyEpisode(outer, { age: 12 }));
        expect(seen[0]).toStrictEqual(oracle.classifyEpisode(inner, { age: 9 }));
        expect(seen[1]).toStrictEqual(oracle.classifyCase({ ...reportedCase, facts: inner }));
      }),
      { numRuns: 200 },
    );
  });

  it("from a getter of the options: each call gives the oracle's result", () => {
    const outer: EpisodeFacts = {
      takenBy: "stranger",
      lured: true,
      perpetratorPurpose: "harm",
      nightsAway: 1,
    };
    const inner: EpisodeFacts = { leftWithoutPermission: true, nightsAway: 3 };
    let innerResult: unknown;
    const options = {
      get lureIntentToHarm() {
        innerResult = classifyEpisode(inner, { age: 15 });
        return true;
      },
    };
    const got = classifyEpisode(outer, { age: 12 }, options);
    expect(got).toStrictEqual(
      oracle.classifyEpisode(outer, { age: 12 }, { lureIntentToHarm: true }),
    );
    expect(innerResult).toBeDefined();
    expect(innerResult).toStrictEqual(oracle.classifyEpisode(inner, { age: 15 }));
  });
});

describe("results", () => {
  it("are frozen, and stay as they were while later calls run", () => {
    const facts: EpisodeFacts = { leftWithoutPermission: true, nightsAway: 2 };
    const r = classifyEpisode(facts, { age: 15 });
    const before = JSON.stringify(r);
    classifyEpisode({ takenBy: "family-member", custodyViolation: true }, { age: 4 });
    classifyCase({ ...reportedCase, facts: { toldToLeave: true } });
    expect(Object.isFrozen(r)).toBe(true);
    expect(JSON.stringify(r)).toBe(before);
    expect(r.primary).toBe("runaway");
  });

  it("do not depend on the facts of the call before (no fact is left over)", () => {
    classifyEpisode({ leftWithoutPermission: true, nightsAway: 2 }, { age: 15 });
    const r = classifyEpisode({}, { age: 15 });
    expect(r).toStrictEqual(oracle.classifyEpisode({}, { age: 15 }));
    expect(r.primary).toBe("undetermined");
  });
});

describe("the facts record", () => {
  it("keeps nothing from a call whose getter threw half-way through the facts", () => {
    const facts = { leftWithoutPermission: true, nightsAway: 3 };
    Object.defineProperty(facts, "lured", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(() => classifyEpisode(facts, { age: 15 })).toThrow("boom");
    const r = classifyEpisode({ toldToLeave: true }, { age: 15 });
    expect(r).toStrictEqual(oracle.classifyEpisode({ toldToLeave: true }, { age: 15 }));
  });

  it("reads facts only: other keys (empty, unknown, a fact's length with other letters) are ignored", () => {
    const facts = {
      "": true,
      x: true,
      lureX: true,
      nightsAwayX: 5,
      NIGHTSAWAY: 5,
      leftWithoutPermissioN: true,
      nightsAway: 2,
      leftWithoutPermission: true,
    } as unknown as EpisodeFacts;
    const plain: EpisodeFacts = { nightsAway: 2, leftWithoutPermission: true };
    expect(classifyEpisode(facts, { age: 15 })).toStrictEqual(
      oracle.classifyEpisode(plain, { age: 15 }),
    );
  });

  it("reads inherited enumerable facts, as for…in lists them", () => {
    const facts = Object.assign(Object.create({ nightsAway: 2 }), {
      leftWithoutPermission: true,
    }) as EpisodeFacts;
    const r = classifyEpisode(facts, { age: 15 });
    expect(r.primary).toBe("runaway");
  });
});

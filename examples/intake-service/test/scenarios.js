// The service's behaviour, for any database: `serviceTests` registers the tests against the
// database that `open` returns, driven through fastify.inject. Each test uses its own case
// ids, so one database serves the whole file.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  annualStatistics,
  complianceDeadlines,
  overdueDeadlines,
  parseCase,
  parseCaseEvent,
  redactCase,
  transition,
} from "missing-child-cases";
import { makeCase, syntheticYear } from "missing-child-cases/testing";
import { buildApp } from "../src/app.js";

const NOW = "2026-01-15T12:00:00.000Z";

/**
 * @param {string} name what the database is, for the test names
 * @param {() => Promise<import("../src/db.js").Database>} open a database with empty tables
 */
export function serviceTests(name, open) {
  /** @type {import("../src/db.js").Database} */
  let db;
  /** @type {import("fastify").FastifyInstance} */
  let app;
  /** The rows each query returned, to see how statistics read the table. */
  const rowsPerQuery = [];

  before(async () => {
    const started = performance.now();
    const real = await open();
    console.log(`# ${name} ready in ${Math.round(performance.now() - started)} ms`);
    db = {
      ...real,
      async query(sql, params) {
        const result = await real.query(sql, params);
        rowsPerQuery.push({ sql, rows: result.rows.length });
        return result;
      },
    };
    app = buildApp({ db, clock: () => NOW, pageSize: 7 });
    await app.ready();
  });

  after(async () => {
    await app?.close();
    await db?.close();
  });

  const post = (url, payload) => app.inject({ method: "POST", url, payload });
  const get = (url) => app.inject({ method: "GET", url });
  const wire = (value) => JSON.parse(JSON.stringify(value));
  /** A reported case (no events yet) with this id. */
  const reported = (id, seed = 1) => ({ ...makeCase({ status: "reported" }, { seed }), id });
  const logOf = async (id) =>
    (await db.query("SELECT seq, event FROM case_events WHERE case_id = $1 ORDER BY seq", [id]))
      .rows;

  describe(`${name}: POST /cases`, () => {
    it("stores a valid case and its event log, and answers 201 with the case", async () => {
      const c = { ...makeCase({ status: "closed" }, { seed: 11 }), id: "post-1" };
      const res = await post("/cases", c);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.headers.location, "/cases/post-1");
      assert.deepEqual(res.json(), c);
      assert.deepEqual((await get("/cases/post-1?view=full")).json(), c);
      assert.deepEqual(
        (await logOf("post-1")).map((r) => r.event),
        wire(c.events),
      );
    });

    it("answers 409 for a second case with the same id, and keeps the first", async () => {
      const first = reported("post-2", 12);
      assert.equal((await post("/cases", first)).statusCode, 201);
      const res = await post("/cases", { ...reported("post-2", 13) });
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().code, "case/exists");
      assert.deepEqual((await get("/cases/post-2?view=full")).json(), first);
    });

    const c = reported("post-bad", 14);
    for (const [what, body] of [
      ["a date that does not exist", { ...c, reportedAt: "2025-02-30T10:00:00Z" }],
      ["an unknown key (Fastify's default would strip it)", { ...c, note: "x" }],
      [
        "a number sent as a string (Fastify's default would coerce it)",
        { ...c, priorEpisodes: "2" },
      ],
      ["a last contact after the report", { ...c, lastContactAt: "2099-01-01T00:00:00Z" }],
      ["a status the events do not lead to", { ...c, status: "closed" }],
      ["no object at all", [1, 2]],
    ]) {
      it(`answers 422 with the library's issues for ${what}`, async () => {
        const res = await post("/cases", body);
        assert.equal(res.statusCode, 422, res.body);
        const expected = parseCase(wire(body));
        assert.equal(expected.ok, false);
        assert.deepEqual(res.json(), {
          statusCode: 422,
          error: "Unprocessable Entity",
          code: "case/invalid",
          message: "The case is invalid",
          issues: wire(expected.issues),
        });
        assert.equal((await get("/cases/post-bad")).statusCode, 404);
      });
    }
  });

  describe(`${name}: POST /cases/:id/events`, () => {
    it("applies an allowed event, stores the new case and logs the event", async () => {
      const c = reported("ev-1", 21);
      await post("/cases", c);
      const event = { type: "enter", at: c.reportedAt, category: "EMJ" };
      const expected = transition(c, event);
      assert.ok(expected.ok);
      const res = await post("/cases/ev-1/events", event);
      assert.equal(res.statusCode, 201, res.body);
      assert.deepEqual(res.json(), wire(expected.case));
      assert.equal(res.json().status, "active");
      assert.deepEqual((await get("/cases/ev-1?view=full")).json(), wire(expected.case));
      assert.deepEqual(await logOf("ev-1"), [{ seq: 1, event }]);
      const { rows } = await db.query("SELECT version, status FROM cases WHERE id = $1", ["ev-1"]);
      assert.deepEqual(rows, [{ version: 2, status: "active" }]);
    });

    it("answers 409 with transition's error for an event the lifecycle refuses", async () => {
      const c = reported("ev-2", 22);
      await post("/cases", c);
      const event = { type: "clear", at: c.reportedAt, disposition: "returned-to-guardian" };
      const expected = transition(c, event);
      assert.equal(expected.ok, false);
      const res = await post("/cases/ev-2/events", event);
      assert.equal(res.statusCode, 409, res.body);
      assert.deepEqual(res.json(), {
        statusCode: 409,
        error: "Conflict",
        ...wire(expected.error),
      });
      assert.deepEqual(await logOf("ev-2"), []);
    });

    it("answers 422 with the library's issues for an invalid event", async () => {
      await post("/cases", reported("ev-3", 23));
      for (const event of [
        { type: "locate", at: "2025-06-01T10:00:00Z" },
        { type: "enter", at: "2025-06-01T10:00:00Z", category: "EMJ", note: "x" },
        { type: "found", at: "2025-06-01T10:00:00Z" },
      ]) {
        const res = await post("/cases/ev-3/events", event);
        assert.equal(res.statusCode, 422, res.body);
        const expected = parseCaseEvent(event);
        assert.equal(expected.ok, false);
        assert.equal(res.json().code, "event/invalid");
        assert.deepEqual(res.json().issues, wire(expected.issues));
      }
    });

    it("answers 404 for an unknown case", async () => {
      const res = await post("/cases/nobody/events", { type: "verify", at: NOW });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().code, "case/not-found");
    });

    it("applies events sent at once one after the other: none is lost", async () => {
      const c = reported("ev-4", 24);
      await post("/cases", c);
      assert.equal(
        (await post("/cases/ev-4/events", { type: "enter", at: c.reportedAt, category: "EMJ" }))
          .statusCode,
        201,
      );
      const start = Date.parse(c.reportedAt);
      const verifies = Array.from({ length: 8 }, (_, i) => ({
        type: "verify",
        at: new Date(start + (i + 1) * 60_000).toISOString(),
      }));
      const answers = await Promise.all(verifies.map((e) => post("/cases/ev-4/events", e)));
      const accepted = answers.filter((r) => r.statusCode === 201).length;
      for (const r of answers) assert.ok([201, 409].includes(r.statusCode), r.body);
      assert.ok(accepted >= 1);
      const stored = (await get("/cases/ev-4?view=full")).json();
      assert.equal(stored.events.length, 1 + accepted);
      assert.deepEqual(
        (await logOf("ev-4")).map((r) => r.event),
        stored.events,
      );
      const { rows } = await db.query("SELECT version FROM cases WHERE id = $1", ["ev-4"]);
      assert.equal(rows[0].version, 2 + accepted);
      assert.ok(parseCase(stored).ok);
    });
  });

  describe(`${name}: GET /cases/:id`, () => {
    const c = { ...makeCase({ status: "located" }, { seed: 31 }), id: "get-1" };
    before(async () => {
      assert.equal((await post("/cases", c)).statusCode, 201);
    });

    for (const view of ["public", "partner"]) {
      it(`?view=${view} answers redactCase(c, "${view}") as of the server's clock`, async () => {
        const res = await get(`/cases/get-1?view=${view}`);
        assert.equal(res.statusCode, 200);
        assert.deepEqual(res.json(), wire(redactCase(c, view, { now: NOW })));
      });
    }

    it("is public by default: no birth date leaves", async () => {
      const res = await get("/cases/get-1");
      assert.deepEqual(res.json(), wire(redactCase(c, "public", { now: NOW })));
      assert.ok(!res.body.includes(c.child.birthDate));
    });

    it("answers 400 for an unknown view and 404 for an unknown case", async () => {
      const bad = await get("/cases/get-1?view=everything");
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().code, "request/invalid");
      assert.equal((await get("/cases/nobody")).statusCode, 404);
    });
  });

  describe(`${name}: GET /cases/:id/deadlines`, () => {
    const c = {
      ...makeCase({ status: "active", missingFrom: "foster-care" }, { seed: 41 }),
      id: "dl-1",
    };
    before(async () => {
      assert.equal((await post("/cases", c)).statusCode, 201);
    });

    it("lists the deadlines and those overdue at ?now=", async () => {
      const now = new Date(Date.parse(c.reportedAt) + 40 * 86_400_000).toISOString();
      const res = await get(`/cases/dl-1/deadlines?now=${encodeURIComponent(now)}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), {
        now,
        deadlines: wire(complianceDeadlines(c)),
        overdue: wire(overdueDeadlines(c, now)),
      });
      assert.ok(res.json().deadlines.length > 0);
    });

    it("takes now from the server's clock when not given", async () => {
      const res = await get("/cases/dl-1/deadlines");
      assert.equal(res.json().now, NOW);
      assert.deepEqual(res.json().overdue, wire(overdueDeadlines(c, NOW)));
    });

    it("answers 400 for a now without an offset", async () => {
      const res = await get("/cases/dl-1/deadlines?now=2025-03-01T10:00:00");
      assert.equal(res.statusCode, 400);
      assert.deepEqual(
        res.json().issues.map((i) => i.path),
        [["querystring", "now"]],
      );
    });
  });

  describe(`${name}: GET /stats/:year`, () => {
    const year = 2019; // no other test stores a case reported before 2025
    const cases = [...syntheticYear({ year, reports: 60, seed: 5 })];
    before(async () => {
      for (const c of cases) assert.equal((await post("/cases", c)).statusCode, 201);
    });

    it("equals annualStatistics over the stored cases, read a page of rows at a time", async () => {
      rowsPerQuery.length = 0;
      const res = await get(`/stats/${year}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), wire(annualStatistics(cases, { year })));
      assert.ok(res.json().reported > 0);
      const pages = rowsPerQuery.filter((q) => q.sql.includes("FROM cases WHERE reported_at"));
      assert.ok(pages.length >= Math.ceil(cases.length / 7), `${pages.length} pages`);
      assert.ok(pages.every((q) => q.rows <= 7));
    });

    it("takes an age limit", async () => {
      const res = await get(`/stats/${year}?ageLimit=16`);
      assert.deepEqual(res.json(), wire(annualStatistics(cases, { year, ageLimit: 16 })));
    });

    it("counts nothing for a year with no cases, and answers 400 for a year that is not one", async () => {
      assert.equal((await get("/stats/1999")).json().reported, 0);
      assert.equal((await get("/stats/20x9")).statusCode, 400);
      assert.equal((await get("/stats/2019?ageLimit=-1")).statusCode, 400);
    });
  });
}

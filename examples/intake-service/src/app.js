// The intake service: a Fastify app over a case store. Build it with `buildApp`; `server.js`
// starts it, and the tests drive it with `app.inject`.

import { createRequire } from "node:module";
import Fastify from "fastify";
import {
  complianceDeadlines,
  createAnnualAccumulator,
  overdueDeadlines,
  parseCase,
  parseCaseEvent,
  redactCase,
  transition,
} from "missing-child-cases";
import { errorHandler, problem } from "./errors.js";
import { caseStore } from "./store.js";

// The draft-07 JSON Schemas the library ships (what Fastify's default validator compiles).
const require = createRequire(import.meta.url);
const caseSchema = require("missing-child-cases/schemas/draft-07/case.json");
const eventSchema = require("missing-child-cases/schemas/draft-07/case-event.json");

/**
 * A reference to the schema with this $id, or to a part of it (`#/properties/reportedAt`).
 * @param {{ $id: string }} schema
 * @param {string} [pointer]
 */
const ref = (schema, pointer = "") => ({ $ref: `${schema.$id}#${pointer}` });

/**
 * A preValidation hook that parses the raw body with the library before Fastify's schema
 * check sees it: a 422 with the library's issues, or `request.parsed` for the handler.
 * @param {(input: unknown) => import("missing-child-cases").ParseResult<unknown>} parse
 * @param {string} code
 * @param {string} message
 */
function parsedBody(parse, code, message) {
  /** @type {import("fastify").preValidationAsyncHookHandler} */
  return async (request, reply) => {
    const result = parse(request.body);
    if (!result.ok)
      return reply.code(422).send(problem(422, code, message, { issues: result.issues }));
    /** @type {Parsed} */ (request).parsed = result.value;
  };
}

/**
 * The request as the handlers after `parsedBody` see it.
 * @typedef {import("fastify").FastifyRequest & { parsed: unknown }} Parsed
 * @typedef {{ id: string }} IdParams
 */

const idParams = {
  type: "object",
  properties: { id: { type: "string", minLength: 1, maxLength: 128 } },
  required: ["id"],
};

/** @param {import("fastify").FastifyReply} reply */
const notFound = (reply) =>
  reply.code(404).send(problem(404, "case/not-found", "No case has this id"));

/**
 * @param {{
 *   db: import("./db.js").Database,
 *   clock?: () => string,
 *   pageSize?: number,
 *   logger?: boolean | object,
 * }} options `clock` returns "now" as an RFC 3339 instant (default: the system clock);
 *   `pageSize` is the number of rows read at a time for statistics.
 */
export function buildApp({
  db,
  clock = () => new Date().toISOString(),
  pageSize = 500,
  logger = false,
}) {
  const app = Fastify({
    logger,
    // Fastify's ajv defaults would strip unknown keys (removeAdditional) and turn "2" into 2
    // (coerceTypes) before anything else sees the body. This service stores what it was sent,
    // so its validator never edits a request; the library's parse runs on the raw body first.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  });
  const store = caseStore(db);
  app.addSchema(caseSchema);
  app.addSchema(eventSchema);
  app.decorateRequest("parsed", null);
  app.setErrorHandler(errorHandler);

  app.post(
    "/cases",
    {
      schema: { body: ref(caseSchema) },
      preValidation: parsedBody(parseCase, "case/invalid", "The case is invalid"),
    },
    async (request, reply) => {
      const c = /** @type {import("missing-child-cases").MissingCase} */ (
        /** @type {Parsed} */ (request).parsed
      );
      if (!(await store.insert(c, clock()))) {
        return reply.code(409).send(problem(409, "case/exists", "A case with this id exists"));
      }
      return reply
        .code(201)
        .header("location", `/cases/${encodeURIComponent(c.id)}`)
        .send(c);
    },
  );

  app.post(
    "/cases/:id/events",
    {
      schema: { params: idParams, body: ref(eventSchema) },
      preValidation: parsedBody(parseCaseEvent, "event/invalid", "The event is invalid"),
    },
    async (request, reply) => {
      const event = /** @type {import("missing-child-cases").CaseEvent} */ (
        /** @type {Parsed} */ (request).parsed
      );
      const { id } = /** @type {IdParams} */ (request.params);
      const result = await store.update(id, (c) => transition(c, event), clock());
      if (result === undefined) return notFound(reply);
      if (result.ok) return reply.code(201).send(result.case);
      const { code, message } = result.error;
      // A library that parses the event inside transition reports an invalid one this way.
      const status = /** @type {string} */ (code) === "transition/invalid-event" ? 422 : 409;
      return reply.code(status).send(problem(status, code, message, result.error));
    },
  );

  app.get(
    "/cases/:id",
    {
      schema: {
        params: idParams,
        querystring: {
          type: "object",
          properties: { view: { type: "string", enum: ["public", "partner", "full"] } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const c = await store.get(/** @type {IdParams} */ (request.params).id);
      if (c === undefined) return notFound(reply);
      const {
        view = "public",
      } = // the least that can leave, unless asked
        /** @type {{ view?: "public" | "partner" | "full" }} */ (request.query);
      return view === "full" ? c : redactCase(c, view, { now: clock() });
    },
  );

  app.get(
    "/cases/:id/deadlines",
    {
      schema: {
        params: idParams,
        querystring: {
          type: "object",
          // The instant schema of the shipped case schema: format date-time, with an offset.
          properties: { now: ref(caseSchema, "/properties/reportedAt") },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const c = await store.get(/** @type {IdParams} */ (request.params).id);
      if (c === undefined) return notFound(reply);
      const now = /** @type {{ now?: string }} */ (request.query).now ?? clock();
      return { now, deadlines: complianceDeadlines(c), overdue: overdueDeadlines(c, now) };
    },
  );

  app.get(
    "/stats/:year",
    {
      schema: {
        params: {
          type: "object",
          properties: { year: { type: "string", pattern: "^(18|19|2[0-9])[0-9]{2}$" } },
          required: ["year"],
        },
        querystring: {
          type: "object",
          properties: { ageLimit: { type: "string", pattern: "^[1-9][0-9]?$" } },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const year = Number(/** @type {{ year: string }} */ (request.params).year);
      const { ageLimit } = /** @type {{ ageLimit?: string }} */ (request.query);
      const stats = createAnnualAccumulator({
        year,
        ...(ageLimit === undefined ? {} : { ageLimit: Number(ageLimit) }),
      });
      // A year runs in each case's own zone; UTC+14 is the furthest ahead, so every case of
      // the year was reported before 2 January of the next year, UTC.
      const reportedBefore = `${year + 1}-01-02T00:00:00Z`;
      for await (const c of store.reportedBefore({ reportedBefore, pageSize })) stats.add(c);
      return stats.result();
    },
  );

  return app;
}

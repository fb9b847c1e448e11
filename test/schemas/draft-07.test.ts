/**
 * The draft-07 schemas in `schemas/draft-07/` (written by `npm run build`): they compile with
 * ajv's default (draft-07) class and ajv-formats in strict mode, and in Fastify with its
 * default validator; they agree with the parse functions on the fixtures and on arbitrary
 * valid cases; and one bad field or event gives one or two short errors.
 */

import type { Server } from "node:http";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import Fastify, { type FastifyHttpOptions, type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseArbitrary } from "../../src/arbitraries/index.js";
import {
  type ParseResult,
  parseAgency,
  parseCase,
  parseCaseEvent,
  parseChild,
  parseOperation,
} from "../../src/index.js";
import { closedCase, locatedCase } from "../fixtures/valid.js";
import {
  CORRUPT,
  hasKey,
  type Json,
  NAMES,
  type Name,
  readSchemaFile,
  refsIn,
  VALID,
  wire,
} from "./support.js";

const addFormats = addFormatsModule.default;
const readSchema = (name: Name) => readSchemaFile(`draft-07/${name}.json`);

const PARSE: Record<Name, (input: unknown) => ParseResult<unknown>> = {
  child: parseChild,
  agency: parseAgency,
  case: parseCase,
  operation: parseOperation,
  "case-event": parseCaseEvent,
};

type Validate = ((v: unknown) => boolean) & { errors?: { message?: string }[] | null };
const validators = {} as Record<Name, Validate>;
const warnings: unknown[] = [];

beforeAll(() => {
  // ajv's default class is draft-07; strict mode, and every warning it logs is collected.
  const logger = { log() {}, warn: (...a: unknown[]) => warnings.push(a), error: () => {} };
  const ajv = new Ajv({ strict: true, allErrors: true, logger });
  addFormats(ajv);
  for (const name of NAMES) validators[name] = ajv.compile(readSchema(name));
}, 60_000);

describe("JSON Schemas (draft-07)", () => {
  it.each(NAMES)("%s.json is draft-07 with an $id beside the 2020-12 file and a title", (name) => {
    const s = readSchema(name);
    expect(s.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(String(s.$id)).toMatch(new RegExp(`/schemas/draft-07/${name}\\.json$`));
    expect(s.title).toBe(readSchemaFile(`${name}.json`).title);
  });

  it("compiles in strict mode with no warning", () => {
    expect(warnings).toEqual([]);
  });

  it.each(NAMES)("%s.json marks nothing readOnly and every local $ref resolves", (name) => {
    const s = readSchema(name);
    expect(hasKey(s, "readOnly")).toBe(false);
    const definitions = (s.definitions ?? {}) as Json;
    for (const ref of refsIn(s)) {
      expect(ref).toMatch(/^#\/definitions\/\w+$/);
      expect(definitions[ref.slice("#/definitions/".length)], ref).toBeTypeOf("object");
    }
  });

  it.each(NAMES)("%s.json accepts every valid fixture", (name) => {
    for (const v of VALID[name]) {
      expect(validators[name](v), JSON.stringify(validators[name].errors)).toBe(true);
    }
  });

  it.each(CORRUPT)("%s.json rejects %s, as the parse function does", (name, _, value) => {
    expect(validators[name](wire(value))).toBe(false);
    expect(PARSE[name](wire(value)).ok).toBe(false);
  });

  it("accepts every case the arbitraries make (each passes parseCase)", () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => validators.case(c)),
      { numRuns: 100 },
    );
  });
});

describe("error text of the draft-07 schemas (ajv, allErrors)", () => {
  const errorsOf = (name: Name, value: unknown) => {
    validators[name](wire(value));
    return (validators[name].errors ?? []).map((e) => e.message ?? "");
  };
  const event = (e: Json) => ({ ...closedCase, events: [e] });
  const at = "2025-03-08T00:00:00Z";

  it("a bad instant gives one short message naming the format", () => {
    const messages = errorsOf("case", { ...closedCase, reportedAt: "2025-02-30T10:00:00Z" });
    expect(messages).toEqual(['must match format "date-time"']);
  });

  it("an instant of the wrong shape shows a short pattern", () => {
    const [message] = errorsOf("case", { ...closedCase, reportedAt: "2025-03-07 21:15" });
    expect(message).toMatch(/^must match pattern/);
    expect(message?.length).toBeLessThan(100);
  });

  it.each([
    ["an extra key", { ...closedCase.events[0], note: "x" }, "must NOT have additional properties"],
    ["an unknown type", { type: "found", at }, "must be equal to one of the allowed values"],
    ["a missing field", { type: "locate", at }, "must have required property 'condition'"],
  ])(
    "one event with %s gives at most two errors, the first saying what is wrong",
    (_, e, first) => {
      const messages = errorsOf("case", event(e as Json));
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.length).toBeLessThanOrEqual(2);
      expect(messages[0]).toBe(first);
    },
  );
});

describe("in Fastify with its default validator", () => {
  let app: FastifyInstance;
  let strict: FastifyInstance;
  const echo = async (options: FastifyHttpOptions<Server> = {}) => {
    const server = Fastify(options);
    for (const name of NAMES) server.addSchema(readSchema(name));
    for (const name of NAMES) {
      const $ref = `${readSchema(name).$id}#`;
      server.post(`/${name}`, { schema: { body: { $ref } } }, async (req) => req.body);
    }
    await server.ready();
    return server;
  };
  const post = (server: FastifyInstance, name: Name, payload: unknown) =>
    server.inject({ method: "POST", url: `/${name}`, payload: payload as Json });

  beforeAll(async () => {
    app = await echo();
    strict = await echo({
      ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
    });
  });
  afterAll(() => Promise.all([app.close(), strict.close()]));

  it.each(NAMES)(
    "%s.json takes every valid fixture, which reaches the handler unchanged",
    async (name) => {
      for (const v of VALID[name]) {
        const res = await post(app, name, v);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toEqual(v);
      }
    },
  );

  it("takes a case with a locate event (a oneOf would have lost its fields to removeAdditional)", async () => {
    const res = await post(app, "case", locatedCase);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(locatedCase);
  });

  it("by default strips an unknown key and coerces a number: the caveat docs/fastify.md explains", async () => {
    const res = await post(app, "case", { ...closedCase, priorEpisodes: "2", note: "x" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...closedCase, priorEpisodes: 2 });
  });

  it.each(CORRUPT)(
    "%s.json rejects %s with removeAdditional and coerceTypes off",
    async (name, _, value) => {
      const res = await post(strict, name, wire(value));
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe("FST_ERR_VALIDATION");
    },
  );
});

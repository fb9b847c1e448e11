// One JSON shape for every error the service returns:
//   { statusCode, error, code, message, issues? }
// `code` is stable; `issues` are the library's issues (code, path, message; never the
// record's values) for a record that failed validation.

import { STATUS_CODES } from "node:http";

/**
 * @typedef {import("missing-child-cases").Issue} Issue
 * @typedef {{ statusCode: number, error: string, code: string, message: string,
 *   issues?: readonly { code: string, path: (string | number)[], message: string }[] }} Problem
 */

/**
 * @param {number} statusCode
 * @param {string} code
 * @param {string} message
 * @param {Record<string, unknown>} [extra]
 * @returns {Problem}
 */
export function problem(statusCode, code, message, extra = {}) {
  return { statusCode, error: STATUS_CODES[statusCode] ?? "Error", code, message, ...extra };
}

/**
 * A JSON pointer (`/events/0/at`) as a path (`["events", 0, "at"]`).
 * @param {string} pointer
 * @returns {(string | number)[]}
 */
function pathOf(pointer) {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/**
 * Fastify's errors in the service's shape. A failed JSON Schema check (of the path, the
 * query, or a body that passed the library's parse but not the schema) is a 400 whose issues
 * come from ajv; anything else keeps its status, and a 5xx says no more than its status.
 * @param {import("fastify").FastifyError} error
 * @param {import("fastify").FastifyRequest} request
 * @param {import("fastify").FastifyReply} reply
 */
export function errorHandler(error, request, reply) {
  if (error.validation) {
    const issues = error.validation.map((e) => ({
      code: `schema/${e.keyword}`,
      path: [error.validationContext, ...pathOf(e.instancePath)].filter(Boolean),
      message: e.message ?? "is invalid",
    }));
    return reply.code(400).send(problem(400, "request/invalid", error.message, { issues }));
  }
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error(error);
  const message = status === 500 ? "Internal error" : error.message;
  return reply.code(status).send(problem(status, error.code ?? "request/failed", message));
}

/**
 * Privacy redaction (API.md "Privacy"; DOMAIN.md §12).
 * @module
 */
export { redactCase } from "./redact.js";
export type { Audience, PartnerCase, PublicCase, PublicChild, RedactOptions } from "./types.js";

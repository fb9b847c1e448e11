/**
 * Privacy redaction (PRIV-1 … PRIV-5).
 * @module
 */
export { redactCase } from "./redact.js";
export type { Audience, PartnerCase, PublicCase, PublicChild, RedactOptions } from "./types.js";

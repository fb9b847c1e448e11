// Types of scripts/json-schemas.mjs, for the tests that import it.
export function jsonSchemas(
  models: Record<string, unknown>,
  version: string,
): Record<string, Record<string, unknown>>;

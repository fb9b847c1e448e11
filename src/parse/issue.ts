/**
 * The issue types, whose home is `issues/issue.ts`.
 * @module
 */
export type { Issue, ParseOptions, ParseResult } from "../issues/issue.js";

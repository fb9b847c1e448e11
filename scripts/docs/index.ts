/**
 * Every generated document: its path from the repository root and how to render it from the
 * library's data. `render` receives the current text (or `undefined` when the file does not
 * exist) for documents generated only in part.
 * @module
 */
import { renderClassification } from "./classification.js";
import { renderIssues } from "./issues.js";
import { renderJurisdictions } from "./jurisdictions.js";
import { renderLifecycle } from "./lifecycle.js";
import { renderLimits } from "./limits.js";
import { renderRules } from "./rules.js";

/** A generated document. */
export type GeneratedDoc = {
  readonly path: string;
  render(current: string | undefined): string;
};

function whole(render: () => string): GeneratedDoc["render"] {
  return () => render();
}

/** The generated documents, each rendered from one source of truth. */
export const GENERATED_DOCS: readonly GeneratedDoc[] = [
  { path: "docs/rules.md", render: whole(renderRules) },
  { path: "docs/classification.md", render: whole(renderClassification) },
  {
    path: "docs/lifecycle.md",
    render: (current) => {
      if (current === undefined) throw new Error("docs/lifecycle.md is written by hand: missing");
      return renderLifecycle(current);
    },
  },
  {
    path: "docs/jurisdictions.md",
    render: (current) => {
      if (current === undefined) {
        throw new Error("docs/jurisdictions.md is written by hand: missing");
      }
      return renderJurisdictions(current);
    },
  },
  { path: "docs/issues.md", render: whole(renderIssues) },
  { path: "docs/limits.md", render: whole(renderLimits) },
];

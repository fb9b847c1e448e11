// Prints vitest's JSON report as the plain closing line CI reads: "N passed, N failed".
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".tmp/vitest.json";
try {
  const r = JSON.parse(readFileSync(file, "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that fails to load has no failed tests but is a failure all the same.
  const failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? 1 : 0);
  console.log(
    `${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
  );
} catch {
  console.log("0 passed, 1 failed");
}

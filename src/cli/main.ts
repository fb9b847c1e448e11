#!/usr/bin/env node
// Provisional command line: parses the bundled sample records. The full CLI replaces this.
import { parseCase } from "../index.js";
import { SAMPLE_RECORDS } from "./samples.js";

for (const [name, record] of Object.entries(SAMPLE_RECORDS)) {
  const r = parseCase(record);
  console.log(r.ok ? `${name}: valid (${r.value.status})` : `${name}: invalid`);
  if (!r.ok)
    for (const i of r.issues)
      console.log(`  ${i.code} at ${i.path.join(".") || "(root)"}: ${i.message}`);
}

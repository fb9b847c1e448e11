// Imports one module in this fresh process and prints the CPU time the import took, in ms
// (used by import.bench.mjs):   node bench/import-probe.mjs <specifier>
const specifier = process.argv[2];
const start = process.cpuUsage();
await import(specifier);
const used = process.cpuUsage(start);
process.stdout.write(`${(used.user + used.system) / 1000}\n`);

// Starts the intake service: `npm start`. PostgreSQL when DATABASE_URL is set, else embedded
// PGlite (kept in PGLITE_DIR when set, else in memory). Listens on HOST:PORT
// (default 127.0.0.1:3000).

import { buildApp } from "./app.js";
import { openDatabase } from "./db.js";

const db = await openDatabase(process.env);
const app = buildApp({ db, logger: true });
app.addHook("onClose", () => db.close());

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
await app.listen({ port, host });
app.log.info(
  `database: ${db.kind}${db.kind === "pglite" && !process.env.PGLITE_DIR ? " (in memory; set PGLITE_DIR to keep data)" : ""}`,
);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    app.close().then(() => process.exit(0));
  });
}

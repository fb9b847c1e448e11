// The database behind the service: embedded PGlite (PostgreSQL compiled to WebAssembly, in
// memory or in a folder) by default, or a PostgreSQL server when DATABASE_URL is set. Both
// speak the same SQL; the rest of the service sees only `Database`.

/**
 * @typedef {{ query(sql: string, params?: unknown[]): Promise<{ rows: any[] }> }} Queryable
 * @typedef {Queryable & {
 *   exec(sql: string): Promise<unknown>,
 *   transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>,
 *   close(): Promise<void>,
 *   kind: "pglite" | "postgres",
 * }} Database
 */

/** Tables: the current record of each case, and the log of every event appended to it. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS cases (
  id          text PRIMARY KEY,
  record      jsonb NOT NULL,        -- the MissingCase as parseCase returned it
  status      text NOT NULL,
  reported_at timestamptz NOT NULL,
  version     integer NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS cases_reported_at ON cases (reported_at);
CREATE TABLE IF NOT EXISTS case_events (
  case_id     text NOT NULL REFERENCES cases (id),
  seq         integer NOT NULL,      -- 1-based position in the case's events
  event       jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, seq)
);
`;

/**
 * Embedded PGlite: in memory, or kept in `dataDir` (a folder) when given. The first start
 * compiles PostgreSQL's WebAssembly and takes several seconds.
 * @param {string} [dataDir]
 * @returns {Promise<Database>}
 */
export async function openPglite(dataDir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    kind: "pglite",
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    transaction: (fn) =>
      db.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params) })),
    close: () => db.close(),
  };
}

/**
 * A PostgreSQL server through a `pg` pool.
 * @param {string} connectionString
 * @returns {Promise<Database>}
 */
export async function openPostgres(connectionString) {
  // pg ships no declarations; the four calls used here are typed at their use.
  /** @type {any} */
  const { default: pg } = await import(/** @type {string} */ ("pg"));
  const pool = new pg.Pool({ connectionString, max: 10 });
  return {
    kind: "postgres",
    query: (sql, params) => pool.query(sql, params),
    exec: (sql) => pool.query(sql),
    async transaction(fn) {
      /** @type {Queryable & { release(): void }} */
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({ query: (sql, params) => client.query(sql, params) });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Opens the database the environment names (DATABASE_URL, else PGLITE_DIR, else PGlite in
 * memory) and creates the tables if they are missing.
 * @param {{ DATABASE_URL?: string, PGLITE_DIR?: string }} env
 * @returns {Promise<Database>}
 */
export async function openDatabase(env) {
  const db = env.DATABASE_URL
    ? await openPostgres(env.DATABASE_URL)
    : await openPglite(env.PGLITE_DIR || undefined);
  await db.exec(SCHEMA);
  return db;
}

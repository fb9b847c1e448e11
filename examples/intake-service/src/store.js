// Reading and writing cases. Every write of a case goes through one transaction that locks
// the case's row, so two events appended at once are applied one after the other and
// neither is lost.

/**
 * @typedef {import("missing-child-cases").MissingCase} MissingCase
 * @typedef {import("missing-child-cases").CaseEvent} CaseEvent
 * @typedef {import("./db.js").Database} Database
 * @typedef {import("./db.js").Queryable} Queryable
 */

/**
 * @param {Queryable} q
 * @param {string} caseId
 * @param {readonly CaseEvent[]} events
 * @param {number} firstSeq
 * @param {string} recordedAt
 */
async function logEvents(q, caseId, events, firstSeq, recordedAt) {
  for (const [i, event] of events.entries()) {
    await q.query(
      "INSERT INTO case_events (case_id, seq, event, recorded_at) VALUES ($1, $2, $3::jsonb, $4)",
      [caseId, firstSeq + i, JSON.stringify(event), recordedAt],
    );
  }
}

/**
 * @param {Database} db
 */
export function caseStore(db) {
  return {
    /**
     * Stores a new case and logs its events. False when a case with its id exists.
     * @param {MissingCase} c
     * @param {string} recordedAt
     */
    insert(c, recordedAt) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query(
          `INSERT INTO cases (id, record, status, reported_at) VALUES ($1, $2::jsonb, $3, $4)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [c.id, JSON.stringify(c), c.status, c.reportedAt],
        );
        if (rows.length === 0) return false;
        await logEvents(tx, c.id, c.events, 1, recordedAt);
        return true;
      });
    },

    /**
     * The case with this id, or undefined.
     * @param {string} id
     * @returns {Promise<MissingCase | undefined>}
     */
    async get(id) {
      const { rows } = await db.query("SELECT record FROM cases WHERE id = $1", [id]);
      return rows[0]?.record;
    },

    /**
     * Read, decide, write, under a lock on the case's row. `decide` gets the stored case and
     * returns `{ ok: true, case }` to store the new case (and log its new events), or
     * anything else to leave the case as it is. Undefined when there is no such case.
     * @template {{ ok: true, case: MissingCase } | { ok: false }} R
     * @param {string} id
     * @param {(c: MissingCase) => R} decide
     * @param {string} recordedAt
     * @returns {Promise<R | undefined>}
     */
    update(id, decide, recordedAt) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query("SELECT record FROM cases WHERE id = $1 FOR UPDATE", [id]);
        if (rows.length === 0) return undefined;
        /** @type {MissingCase} */
        const before = rows[0].record;
        const result = decide(before);
        if (!result.ok) return result;
        const after = result.case;
        await tx.query(
          "UPDATE cases SET record = $2::jsonb, status = $3, version = version + 1 WHERE id = $1",
          [id, JSON.stringify(after), after.status],
        );
        const added = after.events.slice(before.events.length);
        await logEvents(tx, id, added, before.events.length + 1, recordedAt);
        return result;
      });
    },

    /**
     * Every case reported before `reportedBefore`, streamed in pages of `pageSize` rows by
     * keyset pagination on the id: memory holds one page, whatever the table's size.
     * @param {{ reportedBefore: string, pageSize: number }} options
     * @returns {AsyncGenerator<MissingCase>}
     */
    async *reportedBefore({ reportedBefore, pageSize }) {
      let after = "";
      for (;;) {
        const { rows } = await db.query(
          `SELECT id, record FROM cases WHERE reported_at < $1 AND id > $2
           ORDER BY id LIMIT $3`,
          [reportedBefore, after, pageSize],
        );
        for (const row of rows) yield row.record;
        if (rows.length < pageSize) return;
        after = rows[rows.length - 1].id;
      }
    },
  };
}

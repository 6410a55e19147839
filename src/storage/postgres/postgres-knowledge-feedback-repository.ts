import type pg from "pg";
import type { KnowledgeFeedbackRepository } from "../../core/feedback/knowledge-feedback-repository.js";
import type { Verdict } from "../../core/reply.js";
import { inTransaction } from "./in-transaction.js";

/** Answer counts, votes and passed-on questions in PostgreSQL; a redelivery (on any replica) meets the UNIQUE key. */
export function createPostgresKnowledgeFeedbackRepository(pool: pg.Pool): KnowledgeFeedbackRepository {
  return {
    async recordAnswer(answer) {
      await pool.query("INSERT INTO kb_answers (answered_on, verdict, entry_id, delivery_key) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", [
        answer.on, answer.verdict, answer.entryId ?? null, answer.deliveryKey ?? null,
      ]);
    },
    saveVote(vote) {
      // The row lock FOR UPDATE takes makes read-then-upsert one step against the same voter voting on another replica.
      return inTransaction(pool, "READ COMMITTED", async (db) => {
        const before = await db.query<{ helpful: boolean }>("SELECT helpful FROM kb_votes WHERE voter_key = $1 AND entry_id = $2 FOR UPDATE", [vote.voterKey, vote.entryId]);
        await db.query(
          `INSERT INTO kb_votes (voter_key, entry_id, verdict, helpful, voted_on) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (voter_key, entry_id) DO UPDATE SET verdict = excluded.verdict, helpful = excluded.helpful, voted_on = excluded.voted_on`,
          [vote.voterKey, vote.entryId, vote.verdict, vote.helpful, vote.on],
        );
        const previous = before.rows[0];
        return previous === undefined ? "new" : previous.helpful === vote.helpful ? "same" : "changed";
      });
    },
    async recordPassedOn(on, deliveryKey) {
      await pool.query("INSERT INTO kb_passed_on (passed_on, delivery_key) VALUES ($1, $2) ON CONFLICT DO NOTHING", [on, deliveryKey ?? null]);
    },
    async answersByDay(from) {
      const result = await pool.query<{ on_day: string; verdict: Verdict; n: number }>(
        `SELECT answered_on AS on_day, verdict, COUNT(*) AS n FROM kb_answers WHERE answered_on >= $1 GROUP BY answered_on, verdict ORDER BY answered_on, verdict COLLATE "C"`,
        [from],
      );
      return result.rows.map((r) => ({ on: r.on_day, verdict: r.verdict, count: r.n }));
    },
    async votesByEntry(from) {
      const result = await pool.query<{ entry_id: string; helpful: number; not_helpful: number }>(
        `SELECT entry_id, COUNT(*) FILTER (WHERE helpful) AS helpful, COUNT(*) FILTER (WHERE NOT helpful) AS not_helpful
         FROM kb_votes WHERE voted_on >= $1 GROUP BY entry_id ORDER BY entry_id COLLATE "C"`,
        [from],
      );
      return result.rows.map((r) => ({ entryId: r.entry_id, helpful: r.helpful, notHelpful: r.not_helpful }));
    },
    async passedOnByDay(from) {
      const result = await pool.query<{ on_day: string; n: number }>("SELECT passed_on AS on_day, COUNT(*) AS n FROM kb_passed_on WHERE passed_on >= $1 GROUP BY passed_on ORDER BY passed_on", [from]);
      return result.rows.map((r) => ({ on: r.on_day, count: r.n }));
    },
  };
}

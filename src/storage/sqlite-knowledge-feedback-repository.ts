import type Database from "better-sqlite3";
import type { KnowledgeFeedbackRepository } from "../core/feedback/knowledge-feedback-repository.js";
import type { Verdict } from "../core/reply.js";

/** Answer counts, votes and passed-on questions in the kb_* tables (010). Plain statements, grouped by day only. */
export function createSqliteKnowledgeFeedbackRepository(db: Database.Database): KnowledgeFeedbackRepository {
  const insertAnswer = db.prepare("INSERT OR IGNORE INTO kb_answers (answered_on, verdict, entry_id, delivery_key) VALUES (?, ?, ?, ?)");
  const readVote = db.prepare("SELECT helpful FROM kb_votes WHERE voter_key = ? AND entry_id = ?");
  const upsertVote = db.prepare(`INSERT INTO kb_votes (voter_key, entry_id, verdict, helpful, voted_on) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (voter_key, entry_id) DO UPDATE SET verdict = excluded.verdict, helpful = excluded.helpful, voted_on = excluded.voted_on`);
  const insertPassedOn = db.prepare("INSERT OR IGNORE INTO kb_passed_on (passed_on, delivery_key) VALUES (?, ?)");
  const answersByDay = db.prepare(
    "SELECT answered_on AS on_day, verdict, COUNT(*) AS n FROM kb_answers WHERE answered_on >= ? GROUP BY answered_on, verdict ORDER BY answered_on, verdict",
  );
  const votesByEntry = db.prepare(
    "SELECT entry_id, SUM(helpful) AS helpful, SUM(1 - helpful) AS not_helpful FROM kb_votes WHERE voted_on >= ? GROUP BY entry_id ORDER BY entry_id",
  );
  const passedOnByDay = db.prepare("SELECT passed_on AS on_day, COUNT(*) AS n FROM kb_passed_on WHERE passed_on >= ? GROUP BY passed_on ORDER BY passed_on");
  const saveVote = db.transaction((voterKey: string, entryId: string, verdict: string, helpful: number, on: string) => {
    const before = readVote.get(voterKey, entryId) as { helpful: number } | undefined;
    upsertVote.run(voterKey, entryId, verdict, helpful, on);
    return before === undefined ? "new" : before.helpful === helpful ? "same" : "changed";
  });

  return {
    async recordAnswer(answer) {
      insertAnswer.run(answer.on, answer.verdict, answer.entryId ?? null, answer.deliveryKey ?? null);
    },
    async saveVote(vote) {
      return saveVote(vote.voterKey, vote.entryId, vote.verdict, vote.helpful ? 1 : 0, vote.on);
    },
    async recordPassedOn(on, deliveryKey) {
      insertPassedOn.run(on, deliveryKey ?? null);
    },
    async answersByDay(from) {
      return (answersByDay.all(from) as { on_day: string; verdict: Verdict; n: number }[]).map((r) => ({ on: r.on_day, verdict: r.verdict, count: r.n }));
    },
    async votesByEntry(from) {
      return (votesByEntry.all(from) as { entry_id: string; helpful: number; not_helpful: number }[]).map((r) => ({
        entryId: r.entry_id,
        helpful: r.helpful,
        notHelpful: r.not_helpful,
      }));
    },
    async passedOnByDay(from) {
      return (passedOnByDay.all(from) as { on_day: string; n: number }[]).map((r) => ({ on: r.on_day, count: r.n }));
    },
  };
}

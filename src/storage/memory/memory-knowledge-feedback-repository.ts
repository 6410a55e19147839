import type { AnswerRecord, AnswerVote, DayCount, KnowledgeFeedbackRepository } from "../../core/feedback/knowledge-feedback-repository.js";
import type { Verdict } from "../../core/reply.js";

/** KnowledgeFeedbackRepository in memory, for core tests; it meets the same contract suite as SQLite. */
export function createMemoryKnowledgeFeedbackRepository(): KnowledgeFeedbackRepository {
  const answers: AnswerRecord[] = [];
  const votes = new Map<string, AnswerVote>();
  const passedOn: { on: string; deliveryKey?: string }[] = [];
  const seen = (list: { deliveryKey?: string }[], key?: string) => key !== undefined && list.some((r) => r.deliveryKey === key);

  return {
    async recordAnswer(answer) {
      if (!seen(answers, answer.deliveryKey)) answers.push({ ...answer });
    },
    async saveVote(vote) {
      const key = JSON.stringify([vote.voterKey, vote.entryId]);
      const before = votes.get(key);
      votes.set(key, { ...vote });
      return before === undefined ? "new" : before.helpful === vote.helpful ? "same" : "changed";
    },
    async recordPassedOn(on, deliveryKey) {
      if (!seen(passedOn, deliveryKey)) passedOn.push({ on, ...(deliveryKey ? { deliveryKey } : {}) });
    },
    async answersByDay(from) {
      const counts = new Map<string, DayCount & { verdict: Verdict }>();
      for (const a of answers.filter((a) => a.on >= from)) {
        const key = `${a.on} ${a.verdict}`;
        counts.set(key, { on: a.on, verdict: a.verdict, count: (counts.get(key)?.count ?? 0) + 1 });
      }
      return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, c]) => c);
    },
    async votesByEntry(from) {
      const byEntry = new Map<string, { entryId: string; helpful: number; notHelpful: number }>();
      for (const v of [...votes.values()].filter((v) => v.on >= from)) {
        const row = byEntry.get(v.entryId) ?? { entryId: v.entryId, helpful: 0, notHelpful: 0 };
        if (v.helpful) row.helpful++;
        else row.notHelpful++;
        byEntry.set(v.entryId, row);
      }
      return [...byEntry.values()].sort((a, b) => (a.entryId < b.entryId ? -1 : 1));
    },
    async passedOnByDay(from) {
      const counts = new Map<string, number>();
      for (const p of passedOn.filter((p) => p.on >= from)) counts.set(p.on, (counts.get(p.on) ?? 0) + 1);
      return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([on, count]) => ({ on, count }));
    },
  };
}

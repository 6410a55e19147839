import type { CalendarDate } from "../hours/calendar-date.js";
import type { Verdict } from "../reply.js";

/** One answer given: its verdict and entry, the day. Never the question, never who asked. */
export interface AnswerRecord {
  on: CalendarDate;
  verdict: Verdict;
  entryId?: string;
  /** The platform delivery, so a redelivered question is counted once. */
  deliveryKey?: string;
}

/** A partner's rating of an answer. One per voter per entry: voting again replaces it. */
export interface AnswerVote {
  voterKey: string;
  entryId: string;
  verdict: Verdict;
  helpful: boolean;
  on: CalendarDate;
}

export interface DayCount {
  on: CalendarDate;
  count: number;
}

/** How the knowledge base fares, kept as counts: what `/kb report` reads. Rules (weeks, rates) live in the core. */
export interface KnowledgeFeedbackRepository {
  recordAnswer(answer: AnswerRecord): Promise<void>;
  /** `new` the first time this voter rates this entry, `changed` when the rating flips, `same` when it is repeated. */
  saveVote(vote: AnswerVote): Promise<"new" | "changed" | "same">;
  /** A question a partner chose to pass on to the coordinators: only that it happened, and when. */
  recordPassedOn(on: CalendarDate, deliveryKey?: string): Promise<void>;
  answersByDay(from: CalendarDate): Promise<(DayCount & { verdict: Verdict })[]>;
  /** Current votes cast on or after `from`, per entry. */
  votesByEntry(from: CalendarDate): Promise<{ entryId: string; helpful: number; notHelpful: number }[]>;
  passedOnByDay(from: CalendarDate): Promise<DayCount[]>;
}

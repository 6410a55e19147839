import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { KnowledgeFeedbackRepository } from "./knowledge-feedback-repository.js";

/** What `/kb` and the answer actions are built from (wired in main.ts). */
export interface KnowledgeFeedbackServices {
  knowledge: KnowledgeBase;
  feedback: KnowledgeFeedbackRepository;
  /** IANA zone whose calendar dates answers and votes (NETWORK_TIME_ZONE). */
  timeZone: string;
  /** The network's channel for questions the knowledge base cannot answer (QUESTIONS_CHANNEL), as a channel key. */
  questionsChannel?: string;
}

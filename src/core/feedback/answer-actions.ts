import type { AnswerReply, ReplyAction } from "../reply.js";

/**
 * The buttons under a private answer: share it, rate it, or (for "I don't know") pass the question on. Crisis guidance
 * stands alone, with nothing to press beside the help it gives. Only an explicit press sends the question anywhere.
 */
export function answerActions(reply: AnswerReply, question: string, canPassOn: boolean): ReplyAction[] {
  if (reply.verdict === "crisis") return [];
  if (reply.verdict === "unknown") {
    return canPassOn ? [{ label: "Ask the coordinators", command: `/kb ask-coordinators ${question.replace(/\s+/g, " ").trim()}` }] : [];
  }
  const entry = reply.citations[0]?.entryId;
  if (!entry) return [];
  return [
    { label: "Share with channel", command: `/kb share ${entry} ${reply.verdict}` },
    { label: "Helpful", command: `/kb vote ${entry} ${reply.verdict} helpful`, style: "primary" },
    { label: "Not helpful", command: `/kb vote ${entry} ${reply.verdict} not-helpful` },
  ];
}

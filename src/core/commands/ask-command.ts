import { referencesAsWords } from "../references/reference-text.js";
import { answerActions } from "../feedback/answer-actions.js";
import type { KnowledgeFeedbackServices } from "../feedback/knowledge-feedback-services.js";
import { calendarDateIn } from "../hours/calendar-date.js";
import { answerQuestion } from "../knowledge/answer-question.js";
import { triageCrisis } from "../knowledge/crisis-triage.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { Jurisdiction } from "../knowledge/knowledge-entry.js";
import type { Logger } from "../logger.js";
import { detectBotIntent } from "./bot-intent.js";
import type { CommandHandler } from "./command-handler.js";
import type { CommandSpec } from "./command-spec.js";
import { unquoteFreeText } from "../hours/tokenize-arguments.js";
import { UserError } from "./user-error.js";
import { welcomeReply } from "./welcome-reply.js";

export interface AskCommandDeps {
  knowledge: KnowledgeBase;
  /** The asker's state from their profile, else the network's. */
  stateOf: (userKey: string) => Promise<Jurisdiction | undefined>;
  logger: Logger;
  /** Where answers are counted (verdict and entry only) and what the answer buttons need; without it, no buttons. */
  feedback?: KnowledgeFeedbackServices;
  /** The command specs the welcome takes its examples and command list from. */
  specs: CommandSpec[];
}

/** `/ask <question>`: a verdict, what to do instead and the source; logs the verdict and entry, never the question. */
export function createAskCommand({ knowledge, stateOf, logger, feedback, specs }: AskCommandDeps): CommandHandler {
  return {
    name: "ask",
    async run(typed, context) {
      // A question is free text: its quotes are its own, unless the whole question is in quotes.
      const args = unquoteFreeText(typed);
      if (!args) {
        throw new UserError("ask.empty", "Ask me a question after /ask, for example: /ask Can I advise a parent on medication?");
      }
      // A mention in the question is a person to the knowledge base, not a word to search; passed on, it stays a mention.
      const question = referencesAsWords(args);
      // Crisis triage comes first: "hi, my son says he wants to die" must reach the crisis answer, never the welcome.
      const intent = triageCrisis(question) ? undefined : detectBotIntent(question);
      if (intent) {
        logger.info("ask.welcomed", { actor: context.actor.key, intent });
        return { reply: welcomeReply(specs) };
      }
      const reply = answerQuestion(question, knowledge, { state: await stateOf(context.actor.key) });
      const entryId = reply.citations[0]?.entryId;
      logger.info("ask.answered", { actor: context.actor.key, verdict: reply.verdict, entry: entryId });
      if (!feedback) return { reply };
      await feedback.feedback.recordAnswer({
        on: calendarDateIn(context.now, feedback.timeZone),
        verdict: reply.verdict,
        ...(entryId ? { entryId } : {}),
        ...(context.deliveryId ? { deliveryKey: `${context.actor.platform}:${context.deliveryId}` } : {}),
      });
      const actions = answerActions(reply, args, feedback.questionsChannel !== undefined);
      return { reply: actions.length ? { ...reply, actions } : reply };
    },
  };
}

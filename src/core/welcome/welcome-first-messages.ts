import type { CommandContext } from "../commands/command-context.js";
import type { CommandDispatcher } from "../commands/command-dispatcher.js";
import type { CommandOutcome } from "../commands/command-outcome.js";
import type { Logger } from "../logger.js";
import type { MessageReply } from "../reply.js";
import type { WelcomedUsers } from "./welcomed-users.js";

export interface WelcomeFirstMessagesDeps {
  welcomed: WelcomedUsers;
  welcome: MessageReply;
  logger: Logger;
  /** The platforms where partners meet the bot; the console greets at its start and its scripts want replies alone. */
  welcomes: (platform: string) => boolean;
}

/**
 * A partner the bot has never seen gets the welcome with the answer to their first message, whatever it was, once:
 * as a direct message after the reply, so the answer they asked for comes first and stays whole. Crisis guidance
 * stands alone: the welcome waits for their next message.
 */
export function welcomeFirstMessages(inner: CommandDispatcher, deps: WelcomeFirstMessagesDeps): CommandDispatcher {
  // Who is known to have been welcomed, so a returning partner costs no database read.
  const known = new Set<string>();

  async function withWelcome(outcome: CommandOutcome, context: CommandContext): Promise<CommandOutcome> {
    const key = context.actor.key;
    const { reply } = outcome;
    if (known.has(key) || !deps.welcomes(context.actor.platform) || (reply.kind === "answer" && reply.verdict === "crisis")) return outcome;
    // Claimed in storage, so two replicas answering the same person's first messages welcome them once.
    const first = !(await deps.welcomed.hasBeenWelcomed(key)) && (await deps.welcomed.claimWelcome(key, context.now));
    known.add(key);
    // A greeting or /help was answered with the welcome itself: it is not said twice.
    if (!first || (reply.kind === "message" && reply.title === deps.welcome.title)) return outcome;
    deps.logger.info("welcome.sent", { actor: key });
    return { ...outcome, deliveries: [...(outcome.deliveries ?? []), { to: { kind: "user", userKey: key }, reply: deps.welcome }] };
  }

  return {
    dispatch: async (name, args, context) => withWelcome(await inner.dispatch(name, args, context), context),
    dispatchLine: async (line, context) => withWelcome(await inner.dispatchLine(line, context), context),
    commandNames: () => inner.commandNames(),
  };
}

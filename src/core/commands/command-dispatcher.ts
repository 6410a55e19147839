import type { Logger } from "../logger.js";
import type { CommandContext } from "./command-context.js";
import type { CommandHandler } from "./command-handler.js";
import type { CommandOutcome } from "./command-outcome.js";
import { UserError } from "./user-error.js";

/** The question command: a plain line of chat is a question. */
const DEFAULT_COMMAND = "ask";

export interface CommandDispatcher {
  /** Runs `/name args`, or treats a line without a slash as `/ask line`. */
  dispatchLine(line: string, context: CommandContext): Promise<CommandOutcome>;
  dispatch(name: string, args: string, context: CommandContext): Promise<CommandOutcome>;
  commandNames(): string[];
}

export function createCommandDispatcher(handlers: CommandHandler[], logger: Logger): CommandDispatcher {
  const byName = new Map(handlers.map((h) => [h.name, h]));

  async function dispatch(name: string, args: string, context: CommandContext): Promise<CommandOutcome> {
    const handler = byName.get(name.toLowerCase());
    try {
      if (!handler) {
        const known = [...byName.keys()].map((n) => `/${n}`).join(", ");
        throw new UserError("command.unknown", `I don't know the command /${name}. Try one of: ${known}.`);
      }
      return await handler.run(args.trim(), context);
    } catch (err) {
      if (err instanceof UserError) {
        logger.info("command.rejected", { command: name, code: err.code, actor: context.actor.key });
        return { reply: err.toReply() };
      }
      // A fault: log its cause (not the user's text) and apologise; nothing half-written is acknowledged.
      logger.error("command.failed", { command: name, actor: context.actor.key, error: describe(err) });
      return {
        reply: {
          kind: "error",
          code: "internal",
          ephemeral: true,
          text: "Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.",
        },
      };
    }
  }

  return {
    dispatch,
    dispatchLine(line, context) {
      const trimmed = line.trim();
      const match = /^\/([a-z][\w-]*)\s*([\s\S]*)$/i.exec(trimmed);
      if (match) return dispatch(match[1]!, match[2] ?? "", context);
      return dispatch(DEFAULT_COMMAND, trimmed, context);
    },
    commandNames: () => [...byName.keys()],
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}${err.stack ? `\n${err.stack}` : ""}` : String(err);
}

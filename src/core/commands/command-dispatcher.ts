import type { Logger } from "../logger.js";
import type { CommandContext } from "./command-context.js";
import type { CommandHandler } from "./command-handler.js";
import type { CommandOutcome } from "./command-outcome.js";
import { UserError } from "./user-error.js";

/** The question command: a plain line of chat is a question. */
const DEFAULT_COMMAND = "ask";
/** A line of only spaces, tabs or control characters: answered with a hint rather than silence. */
const BLANK_LINE = "";

export interface CommandDispatcher {
  /** Runs `/name args`, or treats a line without a slash as `/ask line`. */
  dispatchLine(line: string, context: CommandContext): Promise<CommandOutcome>;
  dispatch(name: string, args: string, context: CommandContext): Promise<CommandOutcome>;
  commandNames(): string[];
}

export function createCommandDispatcher(handlers: CommandHandler[], logger: Logger): CommandDispatcher {
  const byName = new Map(handlers.map((h) => [h.name, h]));
  const known = [...byName.keys()].map((n) => `/${n}`).join(", ");

  async function dispatch(name: string, args: string, context: CommandContext): Promise<CommandOutcome> {
    const handler = byName.get(name.toLowerCase());
    // Only a known command's own name reaches the logs: an unknown "/name" is typed text like any other.
    const command = handler ? handler.name : "unknown";
    try {
      if (name === BLANK_LINE) {
        throw new UserError("command.blank", `That line held only spaces. Type a question, or a command: ${known}.`);
      }
      if (!handler) {
        throw new UserError("command.unknown", `I don't know the command /${name}. Try one of: ${known}.`);
      }
      return await handler.run(args.trim(), context);
    } catch (err) {
      if (err instanceof UserError) {
        logger.info("command.rejected", { command, code: err.code, actor: context.actor.key });
        return { reply: err.toReply() };
      }
      // A fault: log its cause (not the user's text) and apologise; nothing half-written is acknowledged.
      logger.error("command.failed", { command, actor: context.actor.key, error: describe(err) });
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
      if (/^[\s\p{Cc}\p{Cf}]*$/u.test(trimmed)) return dispatch(BLANK_LINE, "", context);
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

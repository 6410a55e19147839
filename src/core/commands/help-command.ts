import { buildMessageReply } from "./build-message-reply.js";
import type { CommandHandler } from "./command-handler.js";
import type { CommandSpec } from "./command-spec.js";
import { UserError } from "./user-error.js";
import { welcomeReply } from "./welcome-reply.js";

/** `/help` lists every command; `/help <command>` shows its usage, options and examples. Both come from commands/*.json. */
export function createHelpCommand(specs: CommandSpec[]): CommandHandler {
  const byName = new Map(specs.map((s) => [s.name, s]));
  return {
    name: "help",
    run(args) {
      if (!args) return { reply: welcomeReply(specs) };
      const name = args.trim().replace(/^\//, "").toLowerCase();
      const spec = byName.get(name);
      if (!spec) {
        const known = specs.map((s) => s.name).join(", ");
        throw new UserError("help.unknown-command", `There is no /${name}. Ask /help with one of: ${known}, e.g. /help log-hours.`);
      }
      return {
        reply: buildMessageReply({
          title: `/${spec.name}: ${spec.description}`,
          sections: [
            { title: "Usage", lines: [spec.usage] },
            ...(spec.options.length ? [{ title: "Options", lines: spec.options.map((o) => `${o.name}${o.required ? "" : " (optional)"}: ${o.description}`) }] : []),
            { title: "Examples", lines: spec.examples },
          ],
        }),
      };
    },
  };
}

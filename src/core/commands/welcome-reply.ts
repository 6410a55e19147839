import type { MessageReply } from "../reply.js";
import { buildMessageReply } from "./build-message-reply.js";
import type { CommandSpec } from "./command-spec.js";

/** One example from each of these commands: a question, an hour logged, progress. */
const EXAMPLE_COMMANDS = ["ask", "log-hours", "hours"];

/** The short introduction for a greeting, "what can you do", "who are you", or a partner seen for the first time. */
export function welcomeReply(specs: CommandSpec[]): MessageReply {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const examples = EXAMPLE_COMMANDS.flatMap((name) => byName.get(name)?.examples.find((e) => e !== `/${name}`) ?? []);
  return buildMessageReply({
    title: "Hi, I'm Porchlight, a companion for family peer supporters.",
    sections: [
      {
        title: "What I do",
        lines: [
          "Answer scope-of-practice and ethics questions with a verdict, what to do instead and the source.",
          "Log your work, supervision, CEU and training hours and show progress toward your credential.",
          "Post network meeting and CEU reminders. Anything about a risk of harm gets crisis guidance first.",
        ],
      },
      { title: "Try", lines: examples },
      { title: "Commands", lines: [specs.map((s) => `/${s.name}`).join("  "), "/help <command> shows how to use one."] },
      {
        title: "First, set your state and credential track",
        lines: ["/profile state MT track mt-candidate   (/profile tracks lists the states and tracks there are)"],
      },
    ],
  });
}
